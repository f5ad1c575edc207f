import { describe, expect, it } from 'vitest';
import { en } from '../../web/src/i18n/en.js';
import { zhCN } from '../../web/src/i18n/zh-CN.js';

/** Every leaf key of a nested message object, as dotted paths. */
function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value !== null && typeof value === 'object'
      ? keys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

function leaf(messages: object, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages);
}

describe('web i18n resources', () => {
  it('Chinese and English have the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it('every message is a non-empty string with the same {{placeholders}} in both languages', () => {
    for (const path of keys(zhCN)) {
      const zh = leaf(zhCN, path);
      const english = leaf(en, path);
      expect(typeof zh, path).toBe('string');
      expect(typeof english, path).toBe('string');
      expect((zh as string).trim(), path).not.toBe('');
      expect((english as string).trim(), path).not.toBe('');
      expect(placeholders(english as string), path).toEqual(placeholders(zh as string));
    }
  });
});
