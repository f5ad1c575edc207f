import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ug } from '../../web/src/i18n/ug/index.js';

/**
 * Uyghur (decision 0060): every key of the Chinese resources exists in English and in Uyghur,
 * with the same placeholders, and no Uyghur text is left equal to the Chinese or the English one
 * (but for text with no word of its own, and the few in SAME_ALLOWED: symbols and codes that
 * read the same in every language).
 */
const I18N = new URL('../../web/src/i18n/', import.meta.url);
type Lang = 'zh-CN' | 'en' | 'ug';

function files(language: Lang): string[] {
  return readdirSync(new URL(`${language}/`, I18N))
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .sort();
}

async function load(language: Lang, file: string): Promise<object> {
  return ((await import(new URL(`${language}/${file}`, I18N).href)) as { messages: object })
    .messages;
}

function leaves(messages: object, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value !== null && typeof value === 'object'
      ? leaves(value as object, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(value)] as [string, string]],
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)]
    .map((m) => (m[1] ?? '').replace(/\s/g, ''))
    .sort();
}

/**
 * Namespace files whose Uyghur translation is still owed: they fall back to Chinese on screen.
 * Must list exactly the files absent from ug/ (so a new zh-CN file fails this test until it is
 * translated or listed here, and a translated one must leave the list).
 */
const OWED: readonly string[] = [];

/** Keys whose Uyghur text may equal the Chinese or English one: dashes, symbols, codes. */
const SAME_ALLOWED = new Set(['nav.complianceRules']);

/** Text with no word of its own: placeholders, digits and punctuation only (`{{a}} · {{b}}`). */
function wordless(text: string): boolean {
  return !/\p{L}/u.test(text.replace(/\{\{[^}]*\}\}/g, ''));
}

describe('Uyghur resources', () => {
  it('every Chinese namespace file is translated into Uyghur or listed as owed', () => {
    const missing = files('zh-CN').filter((f) => !files('ug').includes(f));
    expect(missing).toEqual([...OWED]);
    expect(files('ug').filter((f) => !files('zh-CN').includes(f))).toEqual([]);
  });

  const translated = files('zh-CN').filter((f) => !OWED.includes(f));

  it.each(translated)('%s: the same keys and placeholders as Chinese and English', async (file) => {
    const zh = new Map(leaves(await load('zh-CN', file)));
    const en = new Map(leaves(await load('en', file)));
    const uy = new Map(leaves(await load('ug', file)));
    expect([...uy.keys()].sort()).toEqual([...zh.keys()].sort());
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    for (const [key, text] of uy) {
      expect(placeholders(text), `${file} ${key}`).toEqual(placeholders(zh.get(key) ?? ''));
    }
  });

  it.each(translated)('%s: no Uyghur text left in Chinese or English', async (file) => {
    const zh = new Map(leaves(await load('zh-CN', file)));
    const en = new Map(leaves(await load('en', file)));
    const untranslated = leaves(await load('ug', file))
      .filter(([key, text]) => !SAME_ALLOWED.has(key) && !wordless(text))
      .filter(
        ([key, text]) =>
          text === zh.get(key) || text === en.get(key) || /[\u4e00-\u9fff]/.test(text),
      )
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
    // and some Arabic-script text in every file (not Latin left in by mistake)
    expect(leaves(await load('ug', file)).some(([, t]) => /[\u0600-\u06ff]/.test(t))).toBe(true);
  });

  it('the merged Uyghur resources hold every translated file', async () => {
    for (const file of translated) {
      for (const top of Object.keys(await load('ug', file))) {
        expect(Object.keys(ug), `${file}: ${top}`).toContain(top);
      }
    }
  });
});
