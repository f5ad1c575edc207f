/**
 * Sums the database keeps of a records table (not of a projection), by triggers in the same
 * statement as the write (decision 0065): checked against the grouped records and recomputed from
 * them on demand. A migration that creates one marks it owed (`markRebuild` with its name);
 * `upgradeDatabase` recomputes it then, as it rebuilds an owed projection.
 */
import { type RawBuilder, sql } from 'kysely';
import { type Executor, engineOf } from '../db/database.js';
import type { Difference } from './core/projection.js';

export interface RecordTotals {
  /** Its name in `projection_state` (the rebuild's bookkeeping) and in differences. */
  readonly name: string;
  /** Bump when the sums change meaning: they are then recomputed after migrating. */
  readonly version: number;
  check(db: Executor): Promise<Difference[]>;
  recompute(db: Executor): Promise<void>;
}

type Raw = Record<string, unknown>;

/** The sums as the sales give them, key first (`published`: 1 when the sale has a publication time). */
const SALES_GROUPED = sql`select programme_code, donor_code, area_code, month,
    case when published_at is null then 0 else 1 end as published,
    sum(amount_fen) as amount_fen, count(*) as row_count
  from consumption_sales
  group by programme_code, donor_code, area_code, month,
    case when published_at is null then 0 else 1 end`;

/**
 * The stored sums against the grouped records, as differences named `name`: both queries give the
 * key columns, then the values cast to text (exact at any size, decision 0031, on both engines).
 */
async function compareSums(
  db: Executor,
  name: string,
  keys: readonly string[],
  values: readonly string[],
  expectedQuery: RawBuilder<Raw>,
  storedQuery: RawBuilder<Raw>,
): Promise<Difference[]> {
  const text = (r: Raw) => [
    keys.map((k) => String(r[k])).join('|'),
    values.map((v) => String(r[v])).join('|'),
  ];
  const [expected, stored] = [await expectedQuery.execute(db), await storedQuery.execute(db)];
  const want = new Map(expected.rows.map((r) => [text(r)[0] as string, r]));
  const out: Difference[] = [];
  const seen = new Set<string>();
  for (const s of stored.rows) {
    const [k, v] = text(s) as [string, string];
    seen.add(k);
    const e = want.get(k);
    if (!e || text(e)[1] !== v) {
      out.push({ projection: name, entityId: 0, key: k, stored: s, expected: e ?? null });
    }
  }
  for (const [k, e] of want) {
    if (!seen.has(k))
      out.push({ projection: name, entityId: 0, key: k, stored: null, expected: e });
  }
  return out;
}

/** `consumption_sales_totals` (migration 0037): the sales per programme, donor, area, month and publication. */
export const salesTotals: RecordTotals = {
  name: 'sales-totals',
  version: 1,
  async check(db) {
    return compareSums(
      db,
      'sales-totals',
      ['programmeCode', 'donorCode', 'areaCode', 'month', 'published'],
      ['amountFen', 'rowCount'],
      sql<Raw>`select programme_code, donor_code, area_code, month, published,
        cast(amount_fen as text) as amount_fen, cast(row_count as text) as row_count
      from (${SALES_GROUPED}) g`,
      sql<Raw>`select programme_code, donor_code, area_code, month, published,
        cast(amount_fen as text) as amount_fen, cast(row_count as text) as row_count
      from consumption_sales_totals`,
    );
  },
  async recompute(db) {
    await sql`delete from consumption_sales_totals`.execute(db);
    await sql`insert into consumption_sales_totals
        (programme_code, donor_code, area_code, month, published, amount_fen, row_count)
      ${SALES_GROUPED}`.execute(db);
    await sql`analyze consumption_sales_totals`.execute(db);
  },
};

/** The cases summed per officer (0: none) and company, key first, as migration 0039's triggers keep them. */
const CASES_GROUPED = sql`select coalesce(officer_id, 0) as officer_key, company_id,
    count(*) as cases,
    sum(case when first_response_at is null then 0 else 1 end) as responded,
    sum(coalesce(response_working_days, 0)) as response_days,
    sum(case when resolved_at is null then 0 else 1 end) as resolved,
    sum(coalesce(resolution_working_days, 0)) as resolution_days
  from company_cases
  group by coalesce(officer_id, 0), company_id`;

const CASE_TIMES_TEXT = sql.raw(`cast(officer_key as text) as officer_key,
    cast(company_id as text) as company_id, cast(cases as text) as cases,
    cast(responded as text) as responded, cast(response_days as text) as response_days,
    cast(resolved as text) as resolved, cast(resolution_days as text) as resolution_days`);

/** `company_case_times` (migration 0039, decision 0069): the cases per officer and company. */
export const caseTimesTotals: RecordTotals = {
  name: 'case-times',
  version: 1,
  async check(db) {
    return compareSums(
      db,
      'case-times',
      ['officerKey', 'companyId'],
      ['cases', 'responded', 'responseDays', 'resolved', 'resolutionDays'],
      sql<Raw>`select ${CASE_TIMES_TEXT} from (${CASES_GROUPED}) g`,
      sql<Raw>`select ${CASE_TIMES_TEXT} from company_case_times`,
    );
  },
  async recompute(db) {
    await sql`delete from company_case_times`.execute(db);
    await sql`insert into company_case_times
        (officer_key, company_id, cases, responded, response_days, resolved, resolution_days)
      ${CASES_GROUPED}`.execute(db);
    await sql`analyze company_case_times`.execute(db);
  },
};

/** A generic kept sums' check and recompute: `grouped` gives the key columns then the values. */
function keptTotals(spec: {
  name: string;
  table: string;
  keys: readonly string[];
  values: readonly string[];
  grouped: (db: Executor) => RawBuilder<Raw>;
}): RecordTotals {
  const camel = (c: string) => c.replace(/_([a-z])/g, (_, x: string) => x.toUpperCase());
  const columns = [...spec.keys, ...spec.values];
  const asText = sql.raw(columns.map((c) => `cast(${c} as text) as ${c}`).join(', '));
  const list = sql.raw(columns.join(', '));
  const table = sql.table(spec.table);
  return {
    name: spec.name,
    version: 1,
    async check(db) {
      return compareSums(
        db,
        spec.name,
        spec.keys.map(camel),
        spec.values.map(camel),
        sql<Raw>`select ${asText} from (${spec.grouped(db)}) g`,
        sql<Raw>`select ${asText} from ${table}`,
      );
    },
    async recompute(db) {
      await sql`delete from ${table}`.execute(db);
      await sql`insert into ${table} (${list}) ${spec.grouped(db)}`.execute(db);
      await sql`analyze ${table}`.execute(db);
    },
  };
}

/** `training_session_totals` (migration 0041, decision 0080): the sessions per programme, organiser, area, start month and publication. */
export const trainingTotals = keptTotals({
  name: 'training-totals',
  table: 'training_session_totals',
  keys: ['programme_code', 'organiser_code', 'area_code', 'month', 'published'],
  values: ['sessions', 'participants', 'person_times', 'jobs_found'],
  grouped: (db) => {
    const month =
      engineOf(db) === 'postgres'
        ? sql`to_char(start_date, 'YYYY-MM')`
        : sql`substr(start_date, 1, 7)`;
    const published = sql`case when published_at is null then 0 else 1 end`;
    return sql<Raw>`select programme_code, organiser_code, area_code, ${month} as month,
        ${published} as published, count(*) as sessions, sum(participants) as participants,
        sum(person_times) as person_times, sum(jobs_found) as jobs_found
      from training_sessions
      group by programme_code, organiser_code, area_code, ${month}, ${published}`;
  },
});

/** The sales per programme, donor, area, month, publication and `by` (migration 0041). */
const salesBy = (name: string, table: string, by: 'channel' | 'product_category') =>
  keptTotals({
    name,
    table,
    keys: ['programme_code', 'donor_code', 'area_code', 'month', 'published', by],
    values: ['amount_fen', 'row_count'],
    grouped: () => {
      const published = sql`case when published_at is null then 0 else 1 end`;
      const key = sql.ref(by);
      return sql<Raw>`select programme_code, donor_code, area_code, month, ${published} as published,
          ${key}, sum(amount_fen) as amount_fen, count(*) as row_count
        from consumption_sales
        group by programme_code, donor_code, area_code, month, ${published}, ${key}`;
    },
  });

/** `consumption_sales_channels` (migration 0041, decision 0080). */
export const salesChannels = salesBy('sales-channels', 'consumption_sales_channels', 'channel');
/** `consumption_sales_categories` (migration 0041, decision 0080). */
export const salesCategories = salesBy(
  'sales-categories',
  'consumption_sales_categories',
  'product_category',
);

export const RECORD_TOTALS: readonly RecordTotals[] = [
  salesTotals,
  caseTimesTotals,
  trainingTotals,
  salesChannels,
  salesCategories,
];

/** The record totals whose state is missing, marked owed, or of another version. */
export async function recordTotalsOwed(db: Executor): Promise<RecordTotals[]> {
  const states = await db
    .selectFrom('projectionState')
    .select(['name', 'version', 'needsRebuild'])
    .execute();
  const byName = new Map(states.map((s) => [s.name, s]));
  return RECORD_TOTALS.filter((t) => {
    const s = byName.get(t.name);
    return !s || Number(s.needsRebuild) === 1 || Number(s.version) !== t.version;
  });
}

/** Recomputes the totals and records them as up to date (in the caller's transaction, if any). */
export async function recomputeRecordTotals(
  db: Executor,
  totals: readonly RecordTotals[],
): Promise<void> {
  const run = async (trx: Executor) => {
    for (const t of totals) {
      await t.recompute(trx);
      await sql`insert into projection_state (name, version, needs_rebuild)
        values (${t.name}, ${t.version}, 0)
        on conflict (name) do update set version = excluded.version, needs_rebuild = 0`.execute(
        trx,
      );
    }
  };
  if (db.isTransaction) return run(db);
  await db.transaction().execute(run);
}
