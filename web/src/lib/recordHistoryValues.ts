/**
 * A record history entry's field values in words (GET …/history of people's, training, company
 * and sales records, `changes`): money in 万元 (decision 0019), dates, names in the interface's
 * language, enumerations translated, lists by their number of items. Never a code or an id.
 */
import type { ApiResponse } from '../api/schema.js';
import { messages as zh } from '../i18n/zh-CN/recordHistory.js';
import { formatCount, formatDate, formatDateTime } from './format.js';
import { formatWan } from './money.js';

type Translate = (key: string, params?: Record<string, string>) => string;
export type RecordHistoryEntry = ApiResponse<
  '/api/people/persons/{id}/history',
  'get'
>['items'][number];
export type RecordChange = RecordHistoryEntry['changes'][number];
type Name = { zh: string; en: string | null };

/**
 * Where each enumeration's words are, by entity type and field (the server's RECORD_ENUMS in
 * src/modules/history/record-changes.ts; test/unit/web-record-history.test.ts keeps them equal).
 */
export const RECORD_ENUM_KEYS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  person: { sex: 'people.sex' },
  posting: { mode: 'people.modes' },
  team: { kind: 'people.teams.kinds' },
  pairing: { kind: 'people.institutions.kinds' },
  organisation: { kind: 'organisations.kinds' },
  'exchange-activity': { kind: 'exchanges.kinds' },
  'training-session': { place: 'training.places' },
  'consumption-sale': {
    channel: 'consumption.channels',
    productCategory: 'consumption.categories',
  },
  'company-case': { status: 'cases.status', category: 'cases.category' },
};

const nameIn = (name: Name, language: string) =>
  language === 'en' ? (name.en ?? name.zh) : name.zh;

/** A date, or a date and time when the value is an instant. */
const when = (v: string) => (v.length > 10 ? formatDateTime(v) : formatDate(v));

/** One side (`before` or `after`) of a change, as the screen shows it; "—" for none. */
export function recordChangeText(
  t: Translate,
  language: string,
  entityType: string,
  change: RecordChange,
  side: 'before' | 'after',
): string {
  const none = t('common.none');
  switch (change.kind) {
    case 'text': {
      const v = change[side];
      return v === null || v === '' ? none : v;
    }
    case 'money': {
      const v = change[side];
      return v === null ? none : `${formatWan(v)} ${t('money.wan')}`;
    }
    case 'date': {
      const v = change[side];
      return v === null ? none : when(v);
    }
    case 'published': {
      const v = change[side];
      return v === null
        ? t('recordHistory.unpublished')
        : t('recordHistory.publishedOn', { at: formatDateTime(v) });
    }
    case 'flag': {
      const v = change[side];
      return v === null ? none : v ? t('recordHistory.yes') : t('recordHistory.no');
    }
    case 'number': {
      const v = change[side];
      return v === null ? none : formatCount(v);
    }
    case 'name': {
      const v = change[side];
      return v === null ? none : nameIn(v, language);
    }
    case 'names': {
      const v = change[side];
      if (v === null || v.length === 0) return none;
      return v.map((n) => nameIn(n, language)).join(t('recordHistory.listSeparator'));
    }
    case 'enum': {
      const v = change[side];
      const key = RECORD_ENUM_KEYS[entityType]?.[change.field];
      return v === null ? none : key ? t(`${key}.${v}`) : t('recordHistory.changed');
    }
    case 'items': {
      const v = change[side];
      return v === null ? none : t('recordHistory.items', { count: String(v) });
    }
    case 'reference':
      return side === 'after' ? t('recordHistory.changed') : '';
  }
}

const FIELDS = new Set(Object.keys(zh.recordHistory.fields));
const RECORDS = new Set(Object.keys(zh.recordHistory.records));
const ACTIONS = new Set(Object.keys(zh.recordHistory.actions));

/** The name of a record's field; an unknown one reads "other field", never the field's code. */
export function recordFieldLabel(t: Translate, field: string): string {
  return t(`recordHistory.fields.${FIELDS.has(field) ? field : 'other'}`);
}

/** What an entry did to which record: "派驻：新增", "Posting: created". */
export function recordEntryLabel(t: Translate, entityType: string, action: string): string {
  return t('recordHistory.entry', {
    record: t(`recordHistory.records.${RECORDS.has(entityType) ? entityType : 'other'}`),
    action: t(`recordHistory.actions.${ACTIONS.has(action) ? action : 'other'}`),
  });
}
