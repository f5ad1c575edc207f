import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formatYuan } from '../lib/money.js';
import { zhCN } from './zh-CN/index.js';

export type Language = 'zh-CN' | 'en' | 'ug';
export const LANGUAGES: readonly Language[] = ['zh-CN', 'en', 'ug'];

/** Right-to-left interface languages (Arabic-script Uyghur; decision 0060). */
export function isRtl(language: string): boolean {
  return language === 'ug';
}
const STORAGE_KEY = 'shanhai.language';

/** The language kept in localStorage, Chinese by default. */
export function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    if (value === 'en' || value === 'zh-CN' || value === 'ug') return value;
  } catch {
    // storage unavailable (private mode): use the default
  }
  return 'zh-CN';
}

export function currentLanguage(): Language {
  const lng = i18next.language;
  return lng === 'en' || lng === 'ug' ? lng : 'zh-CN';
}

/**
 * The messages of a language, loaded on first use: Chinese (also the fallback) is in the app's
 * own code; English and Uyghur are chunks of their own, fetched only by a reader who chooses one.
 */
async function loadLanguage(language: Language): Promise<void> {
  if (language === 'zh-CN' || i18next.hasResourceBundle(language, 'translation')) return;
  const messages =
    language === 'en' ? (await import('./en/index.js')).en : (await import('./ug/index.js')).ug;
  i18next.addResourceBundle(language, 'translation', messages, true, true);
}

/** Switches the interface language and remembers it; the route does not change. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // not remembered, but still switched
  }
  await loadLanguage(language);
  await i18next.changeLanguage(language);
}

i18next.on('languageChanged', (lng) => {
  document.documentElement.lang = lng === 'en' || lng === 'ug' ? lng : 'zh-CN';
  document.documentElement.dir = isRtl(lng) ? 'rtl' : 'ltr';
});

const startLanguage = storedLanguage();

export const i18nReady = i18next
  .use(initReactI18next)
  .init({
    resources: { 'zh-CN': { translation: zhCN } },
    // Started in Chinese and switched once the chosen language is there, so no key shows raw.
    lng: 'zh-CN',
    fallbackLng: 'zh-CN',
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  .then(async () => {
    if (startLanguage !== 'zh-CN') {
      await loadLanguage(startLanguage);
      await i18next.changeLanguage(startLanguage);
    }
  });

/** Between stage names, "one of them": 「甲」或「乙」, a or b, ‹a› ياكى ‹b›. */
const STAGE_OR: Record<string, string> = { en: ' or ', ug: '» ياكى «' };
/** The yuan after an amount. */
const YUAN: Record<string, string> = { en: 'yuan', ug: 'يۈەن' };

/**
 * Formats of message placeholders (`{{to, stage}}`, `{{next, stages}}`, `{{sum, money}}`,
 * `{{to, caseStatus}}`), used by the `problems` namespace: stage and case-status codes shown as
 * their names, integer fen as yuan.
 */
void i18nReady.then(() => {
  i18next.services.formatter?.add('stage', (value: unknown) =>
    i18next.t(`stages.${String(value)}`, { defaultValue: String(value) }),
  );
  i18next.services.formatter?.add('caseStatus', (value: unknown) =>
    i18next.t(`cases.status.${String(value)}`, { defaultValue: String(value) }),
  );
  i18next.services.formatter?.add('stages', (value: unknown) =>
    String(value)
      .split(',')
      .map((s) => i18next.t(`stages.${s}`, { defaultValue: s }))
      .join(STAGE_OR[i18next.language] ?? '」或「'),
  );
  i18next.services.formatter?.add('money', (value: unknown) =>
    typeof value === 'number'
      ? `${formatYuan(value)} ${YUAN[i18next.language] ?? '元'}`
      : String(value),
  );
});

export default i18next;
