/** Field paths and history actions read as words in both languages, never as codes. */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROGRESS_STAGES } from '../../src/domain/stages.js';
import { en } from '../../web/src/i18n/en/index.js';
import { zhCN } from '../../web/src/i18n/zh-CN/index.js';
import { fieldLabel, historyActionLabel } from '../../web/src/lib/fieldLabels.js';

function translator(messages: object) {
  return (key: string, params: Record<string, string> = {}) => {
    const text = key
      .split('.')
      .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], messages);
    if (typeof text !== 'string') throw new Error(`no message ${key}`);
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? '');
  };
}

const zh = translator(zhCN);
const english = translator(en);

describe('field labels', () => {
  it('names stage dates by stage and kind', () => {
    expect(fieldLabel(zh, 'stageDates.tendering.actual')).toBe('招标实际日期');
    expect(fieldLabel(english, 'stageDates.started.planned')).toBe('Started date (planned)');
    expect(fieldLabel(zh, 'stageDates.nonsense.actual')).toBe('其他字段');
  });

  it('names every field a data-quality rule reports, in Chinese, never as its path', () => {
    const paths = new Set<string>(['donors', 'locations', 'committedFen', 'disbursedFen']);
    for (const stage of PROGRESS_STAGES) {
      for (const kind of ['planned', 'actual']) paths.add(`stageDates.${stage}.${kind}`);
    }
    // Every literal field path the rules name (the source is the list: some sit in tables).
    const source = readFileSync(
      new URL('../../src/domain/data-quality.ts', import.meta.url),
      'utf8',
    );
    for (const m of source.matchAll(/field: '([\w.]+)'/g)) paths.add(m[1] ?? '');
    expect(paths.size).toBeGreaterThan(10);
    for (const path of paths) {
      const label = fieldLabel(zh, path);
      expect(label, path).not.toBe('其他字段');
      expect(label, path).toMatch(/[\u4e00-\u9fff]/);
      expect(label, path).not.toMatch(/[A-Za-z]/);
    }
  });

  it('reads an unknown field or action as "other", never the code', () => {
    expect(fieldLabel(zh, 'secretColumn')).toBe('其他字段');
    expect(fieldLabel(zh, 'other')).toBe('其他字段');
    expect(historyActionLabel(zh, 'project', 'frobnicate')).toBe('其他变更');
    expect(historyActionLabel(english, 'planet', 'create')).toBe('Other change');
  });

  it('translates the history actions', () => {
    expect(historyActionLabel(zh, 'project', 'create')).toBe('创建项目');
    expect(historyActionLabel(zh, 'fund-transaction', 'reverse')).toBe('冲销资金记录');
    expect(historyActionLabel(english, 'project', 'transition')).toBe('Stage changed');
  });
});
