import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formatYuan } from '../lib/money.js';
import { en } from './en/index.js';
import { zhCN } from './zh-CN/index.js';

export type Language = 'zh-CN' | 'en';
export const LANGUAGES: readonly Language[] = ['zh-CN', 'en'];
const STORAGE_KEY = 'shanhai.language';

/** The language kept in localStorage, Chinese by default. */
export function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    if (value === 'en' || value === 'zh-CN') return value;
  } catch {
    // storage unavailable (private mode): use the default
  }
  return 'zh-CN';
}

export function currentLanguage(): Language {
  return i18next.language === 'en' ? 'en' : 'zh-CN';
}

/** Switches the interface language and remembers it; the route does not change. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // not remembered, but still switched
  }
  await i18next.changeLanguage(language);
}

i18next.on('languageChanged', (lng) => {
  document.documentElement.lang = lng === 'en' ? 'en' : 'zh-CN';
});

export const i18nReady = i18next.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});

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
      .join(i18next.language === 'en' ? ' or ' : '」或「'),
  );
  i18next.services.formatter?.add('money', (value: unknown) =>
    typeof value === 'number'
      ? `${formatYuan(value)} ${i18next.language === 'en' ? 'yuan' : '元'}`
      : String(value),
  );
});

export default i18next;
