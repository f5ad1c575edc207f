/**
 * The change history of issue-9 records in words: the server's describer types every field of a
 * snapshot (never JSON, never an id), and the screen has words for every enumeration the server
 * marks, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { CASE_CATEGORIES, CASE_STATUSES } from '../../src/domain/company-cases.js';
import { PRODUCT_CATEGORIES, SALE_CHANNELS } from '../../src/domain/consumption.js';
import { POSTING_MODES } from '../../src/domain/postings.js';
import { EXCHANGE_KINDS, TRAINING_PLACES } from '../../src/domain/training.js';
import {
  changedRecordFields,
  describeRecordChange,
  RECORD_ENUMS,
} from '../../src/modules/history/record-changes.js';
import { ORGANISATION_KINDS } from '../../src/modules/organisations/schema.js';
import { INSTITUTION_KINDS } from '../../src/modules/pairings/institution-schema.js';
import { TEAM_KINDS } from '../../src/modules/teams/schema.js';
import { en } from '../../web/src/i18n/en/index.js';
import { zhCN } from '../../web/src/i18n/zh-CN/index.js';
import {
  RECORD_ENUM_KEYS,
  recordChangeText,
  recordEntryLabel,
  recordFieldLabel,
} from '../../web/src/lib/recordHistoryValues.js';

const names = {
  org: (code: string) => ({ zh: code === '310000' ? '上海市' : code, en: 'Shanghai' }),
  area: (code: string) => ({ zh: code === '653100' ? '喀什地区' : code, en: 'Kashgar' }),
  programme: () => ({ zh: '对口援疆', en: 'Xinjiang' }),
  personnelKind: (code: string) => ({ zh: code === 'cadre' ? '干部' : code, en: 'Cadre' }),
};

const before = {
  id: 5,
  version: 1,
  updatedAt: '2026-01-01T00:00:00Z',
  areaCode: '653100',
  donorCode: '310000',
  kindCode: 'teacher',
  mode: 'long-term',
  crossPair: 0,
  termStart: '2024-07-01',
  role: '副局长',
  batchId: 3,
  members: [{ personId: 1 }],
  amountFen: 100,
  participants: 3,
};
const after = {
  ...before,
  version: 2,
  updatedAt: '2026-02-01T00:00:00Z',
  kindCode: 'cadre',
  mode: 'flexible',
  crossPair: 1,
  termStart: '2024-08-01',
  batchId: 4,
  members: [{ personId: 1 }, { personId: 2 }],
  amountFen: 250_000_000,
  participants: 4,
};

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

describe('record changes', () => {
  const fields = changedRecordFields(before, after);
  const change = (field: string) => describeRecordChange(names, 'posting', field, before, after);

  it('lists the fields changed, without bookkeeping, and none for a creation', () => {
    expect(fields.sort()).toEqual(
      [
        'amountFen',
        'batchId',
        'crossPair',
        'kindCode',
        'members',
        'mode',
        'participants',
        'termStart',
      ].sort(),
    );
    expect(changedRecordFields(null, after)).toEqual([]);
  });

  it('types each field: money, dates, flags, names, enumerations, lists, references', () => {
    expect(change('amountFen')).toEqual({
      field: 'amountFen',
      kind: 'money',
      before: 100,
      after: 250_000_000,
    });
    expect(change('termStart')).toMatchObject({ kind: 'date', after: '2024-08-01' });
    expect(change('crossPair')).toMatchObject({ kind: 'flag', before: false, after: true });
    expect(change('kindCode')).toMatchObject({ kind: 'name', after: { zh: '干部', en: 'Cadre' } });
    expect(change('mode')).toMatchObject({ kind: 'enum', before: 'long-term', after: 'flexible' });
    expect(change('members')).toMatchObject({ kind: 'items', before: 1, after: 2 });
    expect(change('batchId')).toEqual({
      field: 'batchId',
      kind: 'reference',
      before: null,
      after: null,
    });
    expect(change('participants')).toMatchObject({ kind: 'number', before: 3, after: 4 });
    expect(
      describeRecordChange(names, 'posting', 'areaCode', before, { ...after, areaCode: null }),
    ).toMatchObject({
      kind: 'name',
      before: { zh: '喀什地区' },
      after: null,
    });
  });

  it('shows the values in words in both languages, never a code or an id', () => {
    const text = (t: typeof zh, language: string, field: string, side: 'before' | 'after') =>
      recordChangeText(t, language, 'posting', change(field), side);
    expect(text(zh, 'zh-CN', 'amountFen', 'after')).toBe('250.00 万元');
    expect(text(zh, 'zh-CN', 'mode', 'after')).toBe('柔性');
    expect(text(english, 'en', 'mode', 'after')).toBe('Flexible');
    expect(text(zh, 'zh-CN', 'crossPair', 'after')).toBe('是');
    expect(text(english, 'en', 'kindCode', 'after')).toBe('Cadre');
    expect(text(zh, 'zh-CN', 'members', 'after')).toBe('2 项');
    expect(recordFieldLabel(zh, 'termStart')).toBe('任期开始');
    expect(recordFieldLabel(zh, 'somethingNew')).toBe('其他字段');
    expect(recordEntryLabel(zh, 'posting', 'create')).toBe('派驻：新增');
    expect(recordEntryLabel(english, 'company-case', 'respond')).toBe('Request: answered');
    expect(recordEntryLabel(zh, 'nonsense', 'nonsense')).toBe('记录：其他变更');
  });

  it('has words for every enumeration the server marks, in both languages', () => {
    const codes: Record<string, Record<string, readonly string[]>> = {
      person: { sex: ['male', 'female'] },
      posting: { mode: POSTING_MODES },
      team: { kind: TEAM_KINDS },
      pairing: { kind: INSTITUTION_KINDS },
      organisation: { kind: ORGANISATION_KINDS },
      'exchange-activity': { kind: EXCHANGE_KINDS },
      'training-session': { place: TRAINING_PLACES },
      'consumption-sale': { channel: SALE_CHANNELS, productCategory: PRODUCT_CATEGORIES },
      'company-case': { status: CASE_STATUSES, category: CASE_CATEGORIES },
    };
    expect(Object.keys(RECORD_ENUM_KEYS).sort()).toEqual(Object.keys(RECORD_ENUMS).sort());
    for (const [type, fieldsOf] of Object.entries(RECORD_ENUMS)) {
      expect(Object.keys(RECORD_ENUM_KEYS[type] ?? {}).sort(), type).toEqual([...fieldsOf].sort());
      for (const field of fieldsOf) {
        for (const code of codes[type]?.[field] ?? ['(no list)']) {
          const key = `${RECORD_ENUM_KEYS[type]?.[field]}.${code}`;
          expect(() => zh(key), key).not.toThrow();
          expect(() => english(key), key).not.toThrow();
        }
      }
    }
  });
});
