/**
 * Sums the database keeps of a records table (not of a projection), by triggers in the same
 * statement as the write (decision 0065): checked against the grouped records and recomputed from
 * them on demand. A migration that creates one marks it owed (`markRebuild` with its name);
 * `upgradeDatabase` recomputes it then, as it rebuilds an owed projection.
 */
import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
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

/** `consumption_sales_totals` (migration 0037): the sales per programme, donor, area, month and publication. */
export const salesTotals: RecordTotals = {
  name: 'sales-totals',
  version: 1,
  async check(db) {
    const text = (r: Raw) => [
      [r.programmeCode, r.donorCode, r.areaCode, r.month, r.published].map(String).join('|'),
      `${String(r.amountFen)}|${String(r.rowCount)}`,
    ];
    // Sums read as text: exact at any size (decision 0031), on both engines.
    const expected = await sql<Raw>`select programme_code, donor_code, area_code, month, published,
        cast(amount_fen as text) as amount_fen, cast(row_count as text) as row_count
      from (${SALES_GROUPED}) g`.execute(db);
    const stored = await sql<Raw>`select programme_code, donor_code, area_code, month, published,
        cast(amount_fen as text) as amount_fen, cast(row_count as text) as row_count
      from consumption_sales_totals`.execute(db);
    const want = new Map(expected.rows.map((r) => [text(r)[0] as string, r]));
    const out: Difference[] = [];
    const seen = new Set<string>();
    for (const s of stored.rows) {
      const [k, v] = text(s) as [string, string];
      seen.add(k);
      const e = want.get(k);
      if (!e || text(e)[1] !== v) {
        out.push({
          projection: 'sales-totals',
          entityId: 0,
          key: k,
          stored: s,
          expected: e ?? null,
        });
      }
    }
    for (const [k, e] of want) {
      if (!seen.has(k)) {
        out.push({ projection: 'sales-totals', entityId: 0, key: k, stored: null, expected: e });
      }
    }
    return out;
  },
  async recompute(db) {
    await sql`delete from consumption_sales_totals`.execute(db);
    await sql`insert into consumption_sales_totals
        (programme_code, donor_code, area_code, month, published, amount_fen, row_count)
      ${SALES_GROUPED}`.execute(db);
    await sql`analyze consumption_sales_totals`.execute(db);
  },
};

export const RECORD_TOTALS: readonly RecordTotals[] = [salesTotals];

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
