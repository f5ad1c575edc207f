import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../web/src/i18n/en/index.js';
import { zhCN } from '../../web/src/i18n/zh-CN/index.js';

const I18N = new URL('../../web/src/i18n/', import.meta.url);

/** The namespace files of a language (index.ts merges them). */
function namespaceFiles(language: 'zh-CN' | 'en'): string[] {
  return readdirSync(new URL(`${language}/`, I18N))
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .sort();
}

async function namespace(language: 'zh-CN' | 'en', file: string): Promise<object> {
  const module = (await import(new URL(`${language}/${file}`, I18N).href)) as { messages: object };
  return module.messages;
}

/** Every leaf key of a nested message object, as dotted paths. */
function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value !== null && typeof value === 'object'
      ? keys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

/** The keys each side has and the other lacks: both empty when the two agree. */
function keyDifference(zh: object, english: object) {
  const a = new Set(keys(zh));
  const b = new Set(keys(english));
  return {
    missingInEnglish: [...a].filter((k) => !b.has(k)),
    missingInChinese: [...b].filter((k) => !a.has(k)),
  };
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

function leaf(messages: object, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages);
}

const NO_DIFFERENCE = { missingInEnglish: [], missingInChinese: [] };

/**
 * Messages whose parameter is English server text or field paths: the English shows it, the
 * Chinese leaves it out (a Chinese screen shows no English), so its placeholders are fewer.
 */
const ENGLISH_PARAMS_ONLY = new Set([
  'problems.invalidInput',
  'problems.notFound',
  'problems.conflict',
  'problems.validation.unknownKeys',
]);

describe('web i18n resources', () => {
  it('Chinese and English have the same namespace files', () => {
    expect(namespaceFiles('zh-CN').length).toBeGreaterThan(5);
    expect(namespaceFiles('en')).toEqual(namespaceFiles('zh-CN'));
  });

  it.each(namespaceFiles('zh-CN'))('%s has the same keys in both languages', async (file) => {
    const difference = keyDifference(await namespace('zh-CN', file), await namespace('en', file));
    expect(difference).toEqual(NO_DIFFERENCE);
  });

  it('the merged resources hold every namespace file, each top-level key in one file only', async () => {
    for (const [language, merged] of [
      ['zh-CN', zhCN],
      ['en', en],
    ] as const) {
      const tops: string[] = [];
      for (const file of namespaceFiles(language)) {
        tops.push(...Object.keys(await namespace(language, file)));
      }
      expect(new Set(tops).size, `${language}: a top-level key in two files`).toBe(tops.length);
      expect(Object.keys(merged).sort(), language).toEqual(tops.sort());
    }
  });

  it('Chinese and English have the same keys', () => {
    expect(keyDifference(zhCN, en)).toEqual(NO_DIFFERENCE);
  });

  it('notices a key missing in one language', () => {
    const lacking = structuredClone(en) as { plans: { save?: string } };
    delete lacking.plans.save;
    expect(keyDifference(zhCN, lacking).missingInEnglish).toEqual(['plans.save']);
    expect(keyDifference(lacking, zhCN).missingInChinese).toEqual(['plans.save']);
  });

  it('every message is a non-empty string with the same {{placeholders}} in both languages', () => {
    for (const path of keys(zhCN)) {
      const zh = leaf(zhCN, path);
      const english = leaf(en, path);
      expect(typeof zh, path).toBe('string');
      expect(typeof english, path).toBe('string');
      expect((zh as string).trim(), path).not.toBe('');
      expect((english as string).trim(), path).not.toBe('');
      if (ENGLISH_PARAMS_ONLY.has(path)) {
        const inEnglish = placeholders(english as string);
        for (const p of placeholders(zh as string)) expect(inEnglish, path).toContain(p);
      } else {
        expect(placeholders(english as string), path).toEqual(placeholders(zh as string));
      }
    }
  });
});
