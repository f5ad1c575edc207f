/** A project's name in the interface language: English when it has one, else Chinese. */
export function localName(zh: string, en: string | null | undefined, language: string): string {
  return language === 'en' && en ? en : zh;
}

/** The same for a project JSON's `name` object (`{ zh, en }`). */
export function projectName(name: { zh: string; en: string | null }, language: string): string {
  return localName(name.zh, name.en, language);
}
