/** What the IATI files (activities, organisations) write with: escaping, narratives, backpressure. */
import type { Writable } from 'node:stream';

export const esc = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 cannot hold at all.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: they are what is removed
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

/** Narratives: Chinese first (the activity's default language, no xml:lang), then the others. */
export function narratives(
  texts: Array<[string, string | null | undefined]>,
  indent: string,
): string {
  return texts
    .filter(([, t]) => t)
    .map(([lang, t]) =>
      lang === 'zh'
        ? `${indent}<narrative>${esc(t as string)}</narrative>\n`
        : `${indent}<narrative xml:lang="${lang}">${esc(t as string)}</narrative>\n`,
    )
    .join('');
}

export function put(out: Writable, text: string): Promise<void> | undefined {
  if (out.write(text)) return undefined;
  return new Promise((resolve) => out.once('drain', () => resolve()));
}
