/**
 * The text of an API problem in the interface's language: the web's own translation of the
 * problem's code (`problems.<code>` in web/src/i18n, decision 0017), else the server's detail
 * (which the server already words by the Accept-Language the client sends).
 */
import i18next from 'i18next';

export type ProblemParams = Readonly<Record<string, string | number>>;

/** `problems.<code>` with `params`, or `fallback` when the code is missing or unknown here. */
export function problemText(
  code: string | undefined,
  params: ProblemParams | undefined,
  fallback: string,
): string {
  if (!code || !i18next.isInitialized) return fallback;
  const key = `problems.${code}`;
  if (!i18next.exists(key)) return fallback;
  return i18next.t(key, { ...params, interpolation: { escapeValue: false } });
}

/** The Accept-Language the client sends: the interface's language. */
export function acceptLanguage(): string {
  return i18next.language === 'en' ? 'en' : 'zh-CN, zh;q=0.9';
}
