/**
 * What a change of a project did, field by field, as a screen shows it: the value before and
 * after, typed by kind (money in fen, dates, shares in basis points, stage codes) and with names
 * in place of codes (organisations, areas, programmes, project types). The screen labels the
 * field from its path and formats the values in its language; it never sees a raw code it would
 * have to look up.
 */
import type { Reference } from '../reference/reference.js';

/** A name in both languages (the English one when there is one). */
export interface Name {
  zh: string;
  en: string | null;
}

export type ProjectChange =
  | { field: string; kind: 'text'; before: string | null; after: string | null }
  | { field: string; kind: 'money'; before: number | null; after: number | null }
  | { field: string; kind: 'date'; before: string | null; after: string | null }
  | { field: string; kind: 'published'; before: string | null; after: string | null }
  | { field: string; kind: 'share'; before: number | null; after: number | null }
  | { field: string; kind: 'flag'; before: boolean | null; after: boolean | null }
  | { field: string; kind: 'year'; before: number | null; after: number | null }
  | { field: string; kind: 'stage'; before: string | null; after: string | null }
  | { field: string; kind: 'deliveryMode'; before: string | null; after: string | null }
  | { field: string; kind: 'name'; before: Name | null; after: Name | null }
  | { field: string; kind: 'shares'; before: NamedShare[] | null; after: NamedShare[] | null }
  | { field: string; kind: 'results'; before: ResultFigure[] | null; after: ResultFigure[] | null }
  | { field: string; kind: 'documents'; before: string[] | null; after: string[] | null };

export interface NamedShare {
  name: Name;
  shareBp: number;
}

export interface ResultFigure {
  metric: string;
  planned: boolean;
  value: number;
}

type Snapshot = Record<string, unknown> | null;

const TEXT = new Set(['nameZh', 'nameEn', 'nameUg', 'livelihoodReason', 'stageReason', 'code']);
const STAGE = new Set(['stage', 'stageBeforeSuspension']);
const FLAG = new Set(['fixedAsset', 'continuing']);
const STAGE_DATE = /^stageDates\.([a-z]+)\.(planned|actual)$/;

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number | null =>
  v === null || v === undefined || v === '' ? null : Number(v);
const flag = (v: unknown): boolean | null =>
  v === null || v === undefined ? null : v === true || v === 1 || v === '1';

function list(v: unknown): Record<string, unknown>[] | null {
  return Array.isArray(v) ? (v as Record<string, unknown>[]) : null;
}

/** The value of a field path in a snapshot (`stageDates.tendering.actual` walks down). */
function valueAt(snapshot: Snapshot, path: string): unknown {
  if (!snapshot) return null;
  const date = STAGE_DATE.exec(path);
  if (date?.[1] && date[2]) {
    const dates = (snapshot.stageDates ?? {}) as Record<
      string,
      Record<string, unknown> | undefined
    >;
    return dates[date[1]]?.[date[2]] ?? null;
  }
  return snapshot[path] ?? null;
}

/** Names of the codes a project refers to, from the reference data (the code itself if gone). */
export function namer(ref: Reference) {
  const org = (code: string): Name => {
    const o = ref.orgs.get(code);
    return { zh: o?.name ?? code, en: o?.nameEn || null };
  };
  const area = (code: string): Name => {
    // The parent tells namesakes apart.
    const chain = ref.areas.chainOf(code);
    const own = chain[0];
    if (!own) return { zh: code, en: null };
    const parent = chain[1];
    const withParent = parent && own.level !== 'province';
    const zh = withParent ? `${own.name}（${parent.name}）` : own.name;
    const en = withParent ? `${own.nameEn} (${parent.nameEn})` : own.nameEn;
    return { zh, en: en || null };
  };
  const programme = (code: string): Name => {
    const p = ref.programmes.get(code);
    return { zh: p?.name ?? code, en: p?.nameEn || null };
  };
  const type = (code: string): Name => {
    const t = ref.projectTypes.get(code);
    return { zh: t?.name ?? code, en: t?.nameEn || null };
  };
  return { org, area, programme, type };
}

type Namer = ReturnType<typeof namer>;

/** One field's change, typed by kind, codes named. */
export function describeChange(
  names: Namer,
  field: string,
  before: Snapshot,
  after: Snapshot,
): ProjectChange {
  const b = valueAt(before, field);
  const a = valueAt(after, field);
  if (STAGE_DATE.test(field) || field === 'approvalDate') {
    return { field, kind: 'date', before: str(b), after: str(a) };
  }
  if (TEXT.has(field)) return { field, kind: 'text', before: str(b), after: str(a) };
  if (STAGE.has(field)) return { field, kind: 'stage', before: str(b), after: str(a) };
  if (FLAG.has(field)) return { field, kind: 'flag', before: flag(b), after: flag(a) };
  switch (field) {
    case 'budgetFen':
      return { field, kind: 'money', before: num(b), after: num(a) };
    case 'livelihoodShareBp':
      return { field, kind: 'share', before: num(b), after: num(a) };
    case 'year':
      return { field, kind: 'year', before: num(b), after: num(a) };
    case 'publishedAt':
      return { field, kind: 'published', before: str(b), after: str(a) };
    case 'deliveryMode':
      return { field, kind: 'deliveryMode', before: str(b), after: str(a) };
    case 'implementingOrgCode':
    case 'leadDonorCode': {
      const name = (v: unknown) => (v === null ? null : names.org(String(v)));
      return { field, kind: 'name', before: name(b), after: name(a) };
    }
    case 'programmeCode': {
      const name = (v: unknown) => (v === null ? null : names.programme(String(v)));
      return { field, kind: 'name', before: name(b), after: name(a) };
    }
    case 'typeCode': {
      const name = (v: unknown) => (v === null ? null : names.type(String(v)));
      return { field, kind: 'name', before: name(b), after: name(a) };
    }
    case 'donors':
    case 'locations': {
      const key = field === 'donors' ? 'org' : 'area';
      const nameOf = field === 'donors' ? names.org : names.area;
      const shares = (v: unknown) =>
        list(v)?.map((s) => ({ name: nameOf(String(s[key])), shareBp: Number(s.shareBp) })) ?? null;
      return { field, kind: 'shares', before: shares(b), after: shares(a) };
    }
    case 'results': {
      const figures = (v: unknown) =>
        list(v)?.map((r) => ({
          metric: String(r.metric),
          planned: flag(r.planned) === true,
          value: Number(r.value),
        })) ?? null;
      return { field, kind: 'results', before: figures(b), after: figures(a) };
    }
    case 'documents': {
      const files = (v: unknown) => list(v)?.map((d) => String(d.filename)) ?? null;
      return { field, kind: 'documents', before: files(b), after: files(a) };
    }
    default:
      // A field this list does not know yet: its value as text, never JSON.
      return {
        field,
        kind: 'text',
        before: typeof b === 'object' ? null : str(b),
        after: typeof a === 'object' ? null : str(a),
      };
  }
}
