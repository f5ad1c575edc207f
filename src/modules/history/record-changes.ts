/**
 * What a change of an issue-9 record (a person, a posting, a team, a training session, a
 * company, a sale …) did, field by field, as a screen shows it. The records' snapshots follow
 * one naming convention (money in `…Fen`, dates in `…Date`/`…On`/`…End`/`termStart`, codes of
 * organisations in `…OrgCode`/`donorCode`, areas in `areaCode`), so one describer serves them
 * all: money, dates, names for codes, flags, counts, enumerations (as codes the screen
 * translates), lists (by their number of items), references to other records (changed or not).
 * Never the snapshot's JSON and never an internal id.
 */
import { z } from 'zod';
import { canonicalJson } from '../../domain/history-chain.js';
import type { Name } from './project-changes.js';

type Snapshot = Record<string, unknown> | null;
type Names = {
  org: (code: string) => Name;
  area: (code: string) => Name;
  programme: (code: string) => Name;
  /** A personnel kind (cadre, teacher …: configurable, so named from its table). */
  personnelKind: (code: string) => Name;
};

const name = z.object({ zh: z.string(), en: z.string().nullable() });
const side = <T extends z.ZodType>(t: T) => ({ before: t.nullable(), after: t.nullable() });

/** One field's change, typed by kind (OpenAPI: the `kind` tells the screen how to show it). */
export const recordChange = z.discriminatedUnion('kind', [
  z.object({ field: z.string(), kind: z.literal('text'), ...side(z.string()) }),
  z.object({ field: z.string(), kind: z.literal('money'), ...side(z.number()) }),
  z.object({ field: z.string(), kind: z.literal('date'), ...side(z.string()) }),
  z.object({ field: z.string(), kind: z.literal('published'), ...side(z.string()) }),
  z.object({ field: z.string(), kind: z.literal('flag'), ...side(z.boolean()) }),
  z.object({ field: z.string(), kind: z.literal('number'), ...side(z.number()) }),
  z.object({ field: z.string(), kind: z.literal('name'), ...side(name) }),
  z.object({ field: z.string(), kind: z.literal('names'), ...side(z.array(name)) }),
  z
    .object({ field: z.string(), kind: z.literal('enum'), ...side(z.string()) })
    .meta({ description: 'A code of a closed list (a kind, a status, a channel): translate it' }),
  z
    .object({ field: z.string(), kind: z.literal('items'), ...side(z.number().int()) })
    .meta({ description: 'A list (members, assessments, participants): its number of items' }),
  z
    .object({ field: z.string(), kind: z.literal('reference'), before: z.null(), after: z.null() })
    .meta({ description: 'A link to another record changed (which one is on the record itself)' }),
]);
export type RecordChange = z.infer<typeof recordChange>;

/** Fields no one changes by hand, and personal data's masked twins. */
const BOOKKEEPING = new Set(['id', 'version', 'updatedAt', 'createdAt']);

/**
 * The enumerations of the issue-9 records, by entity type: their codes, which the screen
 * translates (web/src/lib/recordHistoryValues.ts has the same list; a unit test keeps the two
 * together).
 */
export const RECORD_ENUMS: Readonly<Record<string, readonly string[]>> = {
  person: ['sex'],
  posting: ['mode'],
  team: ['kind'],
  pairing: ['kind'],
  organisation: ['kind'],
  'exchange-activity': ['kind'],
  'training-session': ['place'],
  'consumption-sale': ['channel', 'productCategory'],
  'company-case': ['status', 'category'],
};

/** Yes/no fields, stored as 0/1 on SQLite. */
const FLAGS = new Set(['crossPair', 'fixedAsset', 'continuing']);
const AREA_LISTS = new Set(['areas']);
const ORG_LISTS = new Set(['organisers']);

/** The fields that differ between two snapshots (none for a creation or a deletion). */
export function changedRecordFields(before: Snapshot, after: Snapshot): string[] {
  if (!before || !after) return [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.filter(
    (key) =>
      !BOOKKEEPING.has(key) &&
      canonicalJson(before[key] ?? null) !== canonicalJson(after[key] ?? null),
  );
}

const str = (v: unknown): string | null =>
  v === null || v === undefined || typeof v === 'object' ? null : String(v);
const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const num = (v: unknown): number | null =>
  v === null || v === undefined || v === '' ? null : Number(v);
const isDateField = (f: string) =>
  /(Date|On|End)$/.test(f) || f === 'termStart' || f === 'month' || /At$/.test(f);
const isOrgField = (f: string) =>
  /OrgCode$/.test(f) || f === 'donorCode' || f === 'organiserCode' || f === 'parentCode';

/** One field's change, typed by kind, codes named. */
export function describeRecordChange(
  names: Names,
  entityType: string,
  field: string,
  before: Snapshot,
  after: Snapshot,
): RecordChange {
  const b = before?.[field] ?? null;
  const a = after?.[field] ?? null;
  const each = <T>(f: (v: unknown) => T | null) => ({ before: f(b), after: f(a) });
  const named = (nameOf: (code: string) => Name) => (v: unknown) =>
    v === null ? null : nameOf(String(v));
  if (field === 'publishedAt') return { field, kind: 'published', ...each(str) };
  if (/Fen$/.test(field)) return { field, kind: 'money', ...each(num) };
  if (/Id$/.test(field)) return { field, kind: 'reference', before: null, after: null };
  if (field === 'areaCode' || field === 'recipientAreaCode') {
    return { field, kind: 'name', ...each(named(names.area)) };
  }
  if (isOrgField(field)) return { field, kind: 'name', ...each(named(names.org)) };
  if (field === 'programmeCode') return { field, kind: 'name', ...each(named(names.programme)) };
  if (field === 'kindCode') return { field, kind: 'name', ...each(named(names.personnelKind)) };
  if (RECORD_ENUMS[entityType]?.includes(field)) return { field, kind: 'enum', ...each(str) };
  if (AREA_LISTS.has(field) || ORG_LISTS.has(field)) {
    const nameOf = AREA_LISTS.has(field) ? names.area : names.org;
    const list = (v: unknown) =>
      Array.isArray(v) ? v.map((c) => nameOf(String((c as { code?: unknown })?.code ?? c))) : null;
    return { field, kind: 'names', ...each(list) };
  }
  if (Array.isArray(b) || Array.isArray(a)) {
    return { field, kind: 'items', ...each((v) => (Array.isArray(v) ? v.length : null)) };
  }
  if (isRecord(b) || isRecord(a)) {
    // One item added with the change (a response, an officer): by its text or its name.
    const said = (v: unknown) => (isRecord(v) ? str(v.text ?? v.name) : null);
    return { field, kind: 'text', ...each(said) };
  }
  if (FLAGS.has(field) || typeof b === 'boolean' || typeof a === 'boolean') {
    return { field, kind: 'flag', ...each((v) => (v === null ? null : v === true || v === 1)) };
  }
  if (isDateField(field)) return { field, kind: 'date', ...each(str) };
  if (typeof b === 'number' || typeof a === 'number') {
    return { field, kind: 'number', ...each(num) };
  }
  return { field, kind: 'text', ...each(str) };
}
