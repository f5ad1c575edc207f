/**
 * A record's name in the interface language: English in English and Uyghur in Uyghur when it has
 * one, else Chinese (decision 0060: a Uyghur screen shows the Chinese name when there is no Uyghur
 * one, and LocalName marks it as such).
 */
export function localName(
  zh: string,
  en: string | null | undefined,
  language: string,
  ug?: string | null,
): string {
  if (language === 'en' && en) return en;
  if (language === 'ug') return ug || isolate(zh);
  return zh;
}

/**
 * Text wrapped as a first-strong isolate (U+2068 … U+2069): a Chinese name such as
 * 就业技能培训中心（2025-1） keeps its own left-to-right order, brackets included, inside
 * right-to-left Uyghur text and headings (decision 0060).
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** True when a Uyghur screen shows this record's Chinese name for want of a Uyghur one. */
export function fallsBackToChinese(language: string, ug: string | null | undefined): boolean {
  return language === 'ug' && !ug;
}

/** The same for a project JSON's `name` object (`{ zh, en, ug }`). */
export function projectName(
  name: { zh: string; en: string | null; ug?: string | null },
  language: string,
): string {
  return localName(name.zh, name.en, language, name.ug);
}
