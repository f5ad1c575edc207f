/**
 * Sums of a projection's rows kept by database triggers in the same statement (migration 0014's
 * `area_fund_totals`, `area_project_totals`): their check against the grouped stored rows and
 * their recompute after a rebuild, as a projection's `derived` (see projection.ts).
 */
import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { Difference, Projection } from './projection.js';

export interface TotalsSpec {
  /** The projection's name in the differences reported. */
  name: string;
  /** The totals table and the projection's table it sums (SQL names). */
  table: string;
  from: string;
  /** The grouping columns (SQL names), the totals' key. */
  key: readonly string[];
  /** Each summed column (SQL name) and its aggregate over the projection's rows. */
  sums: Readonly<Record<string, string>>;
}

type Raw = Record<string, unknown>;

export function derivedTotals(spec: TotalsSpec): NonNullable<Projection['derived']> {
  const key = sql.join(spec.key.map((c) => sql.ref(c)));
  const sums = Object.entries(spec.sums);
  // Sums read as text: exact at any size (decision 0031), on both engines.
  const summed = sql.join(
    sums.map(([c, agg]) => sql`cast(${sql.raw(agg)} as text) as ${sql.ref(c)}`),
  );
  const storedSums = sql.join(sums.map(([c]) => sql`cast(${sql.ref(c)} as text) as ${sql.ref(c)}`));
  const sumColumns = sql.join(sums.map(([c]) => sql.ref(c)));
  // Raw rows come back camelCased by the plugin; compare them by value, not by name.
  const keyOf = (r: Raw) => Object.values(r).slice(0, spec.key.length).map(String).join('|');
  const valuesOf = (r: Raw) => Object.values(r).slice(spec.key.length).map(String).join('|');
  return {
    async check(db: Executor): Promise<Difference[]> {
      const expected = await sql<Raw>`select ${key}, ${summed} from ${sql.table(spec.from)}
        group by ${key}`.execute(db);
      const stored =
        await sql<Raw>`select ${key}, ${storedSums} from ${sql.table(spec.table)}`.execute(db);
      const want = new Map(expected.rows.map((r) => [keyOf(r), r]));
      const out: Difference[] = [];
      const seen = new Set<string>();
      for (const s of stored.rows) {
        const k = keyOf(s);
        seen.add(k);
        const e = want.get(k);
        if (!e || valuesOf(e) !== valuesOf(s)) {
          out.push({ projection: spec.name, entityId: 0, key: k, stored: s, expected: e ?? null });
        }
      }
      for (const [k, e] of want) {
        if (!seen.has(k)) {
          out.push({ projection: spec.name, entityId: 0, key: k, stored: null, expected: e });
        }
      }
      return out;
    },
    async recompute(db: Executor): Promise<void> {
      await sql`delete from ${sql.table(spec.table)}`.execute(db);
      await sql`insert into ${sql.table(spec.table)} (${key}, ${sumColumns})
        select ${key}, ${sql.join(sums.map(([, agg]) => sql.raw(agg)))}
        from ${sql.table(spec.from)} group by ${key}`.execute(db);
      await sql`analyze ${sql.table(spec.table)}`.execute(db);
    },
  };
}
