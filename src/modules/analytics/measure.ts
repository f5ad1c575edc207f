/**
 * The measure contract (decision 0024): how a module declares a named figure that
 * `POST /api/analytics/query` computes, filters, groups and limits to what the caller may see.
 *
 * A measure is SQL, not a number: its `query` returns ONE Kysely query that yields a `value`
 * column (a sum or a count) and, for each dimension the request asks for, a column named after
 * the dimension holding the record's raw key (an organisation code, an area code, a year),
 * grouped by those keys. The database does the adding up, at national scale, on both engines;
 * the endpoint only merges the measures' rows by their keys and rolls raw keys up (a donor to
 * its top organisation, an area to the requested level) from the reference trees in memory.
 *
 * To add a measure to a module: write `src/modules/<module>/measures.ts` exporting
 * `defineMeasures('<module>', [...])`, and add one line to `src/modules/measures.ts`. For a table with one
 * donor, one area and `published_at` per record, `recordFilter` applies every filter and the
 * visibility rule in one call; `measureQuery` adds the value and the dimension columns.
 */
import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import { type Executor, engineOf } from '../../db/database.js';
import type { Actor } from '../../domain/access.js';
import type { AreaLevel } from '../../domain/areas.js';
import { visibleTo } from '../access/donor-records.js';
import type { Reference } from '../reference/reference.js';

/** What a value counts: things, money in integer fen, or person-times (人次). */
export const MEASURE_UNITS = ['count', 'fen', 'person-times'] as const;
export type MeasureUnit = (typeof MEASURE_UNITS)[number];

/**
 * The keys a result may be grouped by (decisions 0024, 0047). A measure yields the RAW key (the
 * record's organisation code, area code, period key, project type…); the endpoint rolls donors
 * and areas up (a donor to its top organisation, an area to the level asked for).
 *
 * - `programme`: the programme code (`xinjiang`…).
 * - `donor`, `area`: organisation and area codes, rolled up by the endpoint.
 * - `period`: the record's date as a key at the request's `granularity`: `2024` (year),
 *   `2024-Q1` (quarter), `2024-03` (month) — text, see {@link periodKey}.
 * - `year`: the calendar year as a number; the same as `period` at year granularity (the endpoint
 *   asks a measure that lists `period` for it and turns the key into a number).
 * - `projectType`: the project type code; `stage`: the project stage (`STAGES`).
 * - `pairing`: `in-pair` or `cross-pair` (打破对结, decision 0004), see {@link PAIRINGS}.
 *
 * A measure lists those it can honestly group by; the same names are the filters it accepts
 * beyond the common ones (see {@link COMMON_FILTERS}).
 */
export const DIMENSIONS = [
  'programme',
  'donor',
  'area',
  'period',
  'year',
  'projectType',
  'stage',
  'pairing',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** How finely `period` is keyed: `2024`, `2024-Q1`, `2024-03`. */
export const GRANULARITIES = ['year', 'quarter', 'month'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** The classes of the `pairing` dimension and filter. */
export const PAIRINGS = ['in-pair', 'cross-pair'] as const;
export type Pairing = (typeof PAIRINGS)[number];

/**
 * Filters every measure accepts (the programme, the donor's and the area's subtrees, the period):
 * a measure whose records have no such column keeps them all (say so in its description). The
 * other filters (`projectType`, `stage`, `pairing`) need the measure to list the dimension of
 * the same name; otherwise the request is refused (`analytics.filterUnsupported`).
 */
export const COMMON_FILTERS = ['programme', 'donor', 'area', 'period'] as const;

/** The filters of a query, checked against the reference data before any measure runs. */
export interface MeasureFilters {
  /** A programme code (e.g. `xinjiang`). */
  programme?: string | undefined;
  /** An organisation code: the organisation and its sub-organisations. */
  donor?: string | undefined;
  /** An area code: the area and its whole subtree. */
  area?: string | undefined;
  /** ISO dates, both inclusive, `from <= to`. */
  period?: { from: string; to: string } | undefined;
  /** A project type code (reference `projectTypes`). */
  projectType?: string | undefined;
  /** A project stage (`STAGES` of domain/stages.ts). */
  stage?: string | undefined;
  /** In-pair or cross-pair work. */
  pairing?: Pairing | undefined;
}

/** What a measure's query is built from. */
export interface MeasureInput {
  db: Executor;
  actor: Actor;
  ref: Reference;
  filters: MeasureFilters;
  /** The donor filter's organisation codes (the organisation and everything below), or null. */
  donors: readonly string[] | null;
  /** The area filter's area codes (the area and its subtree), or null. */
  areas: readonly string[] | null;
  /** The dimensions asked for (only ones the measure lists in `dimensions`), in order. */
  dimensions: readonly Dimension[];
  /**
   * The level the `area` dimension is rolled up to, when it is asked for (null otherwise): a
   * measure whose records lie in several areas at once (projects) groups by it in SQL.
   */
  areaLevel: AreaLevel | null;
  /**
   * The granularity of the `period` dimension's keys (the request's `granularity`, `year` when
   * it gives none, and always `year` when the request asked for the `year` dimension).
   */
  granularity: Granularity;
  /**
   * False: never the sums kept at every commit, always the query over the records (the tests
   * compare the two; decision 0051). Omitted: the kept sums where they give the same answer.
   */
  summed?: boolean;
}

/**
 * One row of a measure's query: the value, and the raw key of each requested dimension. A row
 * with a `distinct` key (a person's id) counts 1 for each (rolled-up) group it falls in, however
 * many rows name it there: how a measure counts distinct people across records.
 */
export type MeasureRow = { value: number | string | bigint | null } & {
  [D in Dimension]?: string | number | null;
} & {
  distinct?: string | number | null;
  /** Why a final measure's value is null (indicators, decision 0048): reported in the answer. */
  note?: { reason: string; inputs: string[] };
};

/** A text in both languages of the interface. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** A measure's name: Chinese and English, and Uyghur (decision 0060) for every built-in one. */
export interface MeasureLabel extends Bilingual {
  /** none for a configured data element or indicator: a Uyghur screen shows its Chinese name */
  ug?: string;
}

export interface Measure {
  /** snake_case, unique across modules (the request names it), e.g. `committed_fen`. */
  name: string;
  unit: MeasureUnit;
  label: MeasureLabel;
  /** What is counted, which records, which date the period filters on. */
  description: Bilingual;
  /**
   * The dimensions its query can group by (and so the filters `projectType`, `stage`, `pairing`
   * it accepts). Listing `period` lets it answer `year` too.
   */
  dimensions: readonly Dimension[];
  /**
   * The granularities its `period` key supports (all of them when omitted): a record dated to
   * the day supports every one; a record kept per year (a plan year) only `year`.
   */
  granularities?: readonly Granularity[];
  /**
   * Rows already final per rolled-up key (configured data elements and indicators, decision
   * 0048): the endpoint keeps each row's value as it is (a number, possibly fractional, or null
   * with a `note`), never adds rows up; a key without a row is null, not 0.
   */
  final?: boolean;
  /**
   * The query: `value` and one column per `input.dimensions`, grouped by them, counting only
   * records that pass `input.filters` and that `input.actor` may see.
   */
  query(input: MeasureInput): MeasureQuery;
}

/**
 * One SQL query yielding {@link MeasureRow}s: what `measureQuery` returns, or a Kysely select
 * builder (`.$castTo<MeasureRow>()`), whose `execute()` has this shape.
 */
export interface MeasureQuery {
  execute(): Promise<MeasureRow[]>;
}

/** A module's measures, as the registry lists them. */
export interface MeasureSet {
  module: string;
  measures: readonly Measure[];
}

export function defineMeasures(module: string, measures: readonly Measure[]): MeasureSet {
  return { module, measures };
}

/** A list of codes for `in (…)`; one that matches nothing when empty (`in ()` is not SQL). */
export function inCodes(
  column: Expression<unknown>,
  codes: readonly string[],
): Expression<SqlBool> {
  const list = codes.length > 0 ? codes : [''];
  return sql<SqlBool>`${column} in (${sql.join(list)})`;
}

/** A column by its Kysely name (`'c.donorCode'`; the camel-case plugin maps it). */
export const col = (name: string): Expression<unknown> => sql.ref(name);

/** The calendar year of a date column, as an integer, on either engine. */
export function yearOf(db: Executor, date: Expression<unknown>): Expression<number> {
  return engineOf(db) === 'postgres'
    ? sql<number>`cast(extract(year from ${date}) as integer)`
    : sql<number>`cast(substr(${date}, 1, 4) as integer)`;
}

/**
 * A date column's `period` key at the granularity, as text on both engines: `2024`, `2024-Q1`,
 * `2024-03`. (SQLite keeps ISO text; PostgreSQL a `date`.)
 */
export function periodKey(
  db: Executor,
  date: Expression<unknown>,
  granularity: Granularity,
): Expression<string> {
  if (engineOf(db) === 'postgres') {
    if (granularity === 'year') return sql<string>`to_char(${date}, 'YYYY')`;
    if (granularity === 'quarter') return sql<string>`to_char(${date}, 'YYYY"-Q"Q')`;
    return sql<string>`to_char(${date}, 'YYYY-MM')`;
  }
  return monthKey(date, granularity);
}

/**
 * A timestamp column's (`timestamptz` on PostgreSQL, UTC ISO text on SQLite) `period` key at the
 * granularity, by its UTC date.
 */
export function instantKey(
  db: Executor,
  at: Expression<unknown>,
  granularity: Granularity,
): Expression<string> {
  return engineOf(db) === 'postgres'
    ? periodKey(db, sql`(${at} at time zone 'UTC')`, granularity)
    : monthKey(at, granularity);
}

/**
 * A `YYYY-MM` text column's (or a text date's) `period` key at the granularity: the same text
 * operations on both engines.
 */
export function monthKey(month: Expression<unknown>, granularity: Granularity): Expression<string> {
  if (granularity === 'year') return sql<string>`substr(${month}, 1, 4)`;
  if (granularity === 'quarter') {
    return sql<string>`substr(${month}, 1, 4) || '-Q' || cast((cast(substr(${month}, 6, 2) as integer) + 2) / 3 as text)`;
  }
  return sql<string>`substr(${month}, 1, 7)`;
}

/** An integer year column's `period` key (year granularity only: list `granularities: ['year']`). */
export function yearKey(year: Expression<unknown>): Expression<string> {
  return sql<string>`cast(${year} as text)`;
}

/** The `pairing` key of a 0/1 cross-pair column: `cross-pair` for 1, `in-pair` for 0. */
export function pairingKey(crossPair: Expression<unknown>): Expression<string> {
  return sql<string>`case when ${crossPair} = 1 then 'cross-pair' else 'in-pair' end`;
}

/** `date` within the period's inclusive bounds (true without a period). */
export function inPeriod(input: MeasureInput, date: Expression<unknown>): Expression<SqlBool> {
  const p = input.filters.period;
  return p ? sql<SqlBool>`${date} between ${p.from} and ${p.to}` : sql<SqlBool>`1 = 1`;
}

/** Where a record of a one-donor, one-area table keeps what the filters and visibility read. */
export interface RecordColumns {
  /** The organisation code of the record's donor. */
  donor: string;
  /** The area code of the record (omit when the table has none). */
  area?: string;
  /** The programme code (omit when the table has none: the programme filter then keeps all). */
  programme?: string;
  /** `published_at` (null: unpublished). */
  published: string;
  /** The date the period filters on (omit when the measure filters the period itself). */
  date?: string;
  /** The project type code (for the `projectType` filter). */
  projectType?: string;
  /** The project stage (for the `stage` filter). */
  stage?: string;
  /** A 0/1 cross-pair column (for the `pairing` filter). */
  crossPair?: string;
}

/**
 * Every filter and the shared visibility rule for records with one donor and one area, as one
 * condition: the programme, the donor's subtree, the area's subtree, the period (on `date`,
 * inclusive), the project type, stage and pairing class when the record names those columns (the
 * endpoint refuses those filters for a measure that does not list the dimension), and what the
 * actor may see — everything for the coordinator, auditors and
 * system; otherwise published records, plus those whose donor or area a grant covers (the
 * grants read exactly as for projects: `visibility` in domain/access.ts).
 */
export function recordFilter(input: MeasureInput, c: RecordColumns): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  const { filters } = input;
  if (filters.programme !== undefined && c.programme) {
    parts.push(sql<SqlBool>`${col(c.programme)} = ${filters.programme}`);
  }
  if (input.donors) parts.push(inCodes(col(c.donor), input.donors));
  if (input.areas && c.area) parts.push(inCodes(col(c.area), input.areas));
  if (filters.period && c.date) parts.push(inPeriod(input, col(c.date)));
  if (filters.projectType !== undefined && c.projectType) {
    parts.push(sql<SqlBool>`${col(c.projectType)} = ${filters.projectType}`);
  }
  if (filters.stage !== undefined && c.stage) {
    parts.push(sql<SqlBool>`${col(c.stage)} = ${filters.stage}`);
  }
  if (filters.pairing !== undefined && c.crossPair) {
    parts.push(pairingIs(input, col(c.crossPair)));
  }
  const v = visibleRecords(input, c);
  if (v) parts.push(v);
  return parts.length > 0 ? sql<SqlBool>`(${sql.join(parts, sql` and `)})` : sql<SqlBool>`1 = 1`;
}

/** A 0/1 cross-pair column matching the `pairing` filter (true without one). */
export function pairingIs(
  input: MeasureInput,
  crossPair: Expression<unknown>,
): Expression<SqlBool> {
  const p = input.filters.pairing;
  if (p === undefined) return sql<SqlBool>`1 = 1`;
  return sql<SqlBool>`${crossPair} = ${p === 'cross-pair' ? 1 : 0}`;
}

/** The visibility half of {@link recordFilter}; null when the actor sees every record. */
export function visibleRecords(
  input: Pick<MeasureInput, 'actor' | 'ref'>,
  c: Pick<RecordColumns, 'donor' | 'area' | 'published'>,
): Expression<SqlBool> | null {
  return visibleTo(
    input.actor,
    input.ref,
    {
      published: col(c.published),
      donor: col(c.donor),
      area: c.area ? col(c.area) : undefined,
    },
    { anonymous: 'published' },
  );
}

/** The raw key of each dimension a measure supports, as SQL over its query's tables. */
export type DimensionKeys = Partial<Record<Dimension, Expression<unknown>>>;

/**
 * The measure's final query: `select <value> as value, <key> as <dimension>… from … where …
 * group by <keys>`. `from` is the FROM clause (tables and joins), `where` the condition.
 *
 * @example
 *   measureQuery(input, {
 *     from: sql`companies c`,
 *     where: recordFilter(input, { donor: 'c.donorCode', area: 'c.areaCode', published: 'c.publishedAt' }),
 *     value: sql`count(*)`,
 *     keys: { donor: col('c.donorCode'), area: col('c.areaCode') },
 *   })
 */
export function measureQuery(
  input: MeasureInput,
  q: {
    from: RawBuilder<unknown>;
    where: Expression<SqlBool>;
    value: Expression<unknown>;
    keys: DimensionKeys;
    /** A key counted once per group (see {@link MeasureRow}); it is grouped by too. */
    distinct?: Expression<unknown>;
  },
): MeasureQuery {
  const keys = input.dimensions.map((d) => {
    const key = q.keys[d];
    if (!key) throw new Error(`measure cannot group by ${d}`);
    return { d, key };
  });
  const selected = [
    sql`${q.value} as value`,
    ...keys.map(({ d, key }) => sql`${key} as ${sql.id(d)}`),
    ...(q.distinct ? [sql`${q.distinct} as ${sql.id('distinct')}`] : []),
  ];
  const groups = [...keys.map(({ key }) => key), ...(q.distinct ? [q.distinct] : [])];
  const groupBy = groups.length > 0 ? sql` group by ${sql.join(groups)}` : sql``;
  const query = sql<MeasureRow>`select ${sql.join(selected)} from ${q.from} where ${q.where}${groupBy}`;
  return { execute: async () => (await query.execute(input.db)).rows };
}
