import { type Kysely, sql } from 'kysely';
import type { Engine } from '../database.js';
import { markRebuild, notNull, type ShanhaiMigration, types } from './kit.js';

/**
 * Pre-summed analytics figures kept at every commit (decision 0051, issue 10's speed):
 *
 * - `analytics_facts`: per project and year, the project's keys (programme, lead donor, type,
 *   current stage, publication), its actual commitments, arrivals, disbursements and expenditure
 *   of that year (reversals netted) with whether it has any entry of each type that year, its
 *   largest achieved jobs figure dated in that year (year 0: figures without a date), and 1 on
 *   its plan year's row (the `projects` count). Every project has at least its plan year's row.
 * - `analytics_totals`: the sums of `analytics_facts` per programme, lead donor, year, project
 *   type, stage and publication, kept by triggers on `analytics_facts` in the same statement.
 *
 * The projection is backfilled by the rebuild that follows the migrations (markRebuild).
 */
const KEY = ['programme_code', 'donor_code', 'year', 'type_code', 'stage', 'published'] as const;
const SUMS = [
  'committed_fen',
  'arrived_fen',
  'disbursed_fen',
  'expended_fen',
  'committed_n',
  'arrived_n',
  'disbursed_n',
  'expended_n',
  'jobs',
  'jobs_n',
  'projects',
] as const;

/** `analytics_totals` follows `analytics_facts` (as 0014's `area_fund_totals` follows `area_parts`). */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
async function totalsTriggers(db: Kysely<any>, engine: Engine) {
  // No table aliases: SQLite re-parses triggers when a later migration alters a table.
  const match = sql.join(
    KEY.map((c) => sql`${sql.ref(c)} = ${sql.raw(`old.${c}`)}`),
    sql` and `,
  );
  const conflict = sql.join(KEY.map((c) => sql.ref(c)));
  const columns = sql.join([...KEY, ...SUMS, 'row_count'].map((c) => sql.ref(c)));
  const values = sql.join([...[...KEY, ...SUMS].map((c) => sql.raw(`new.${c}`)), sql.lit(1)]);
  const addNew = (self: string) => sql`insert into analytics_totals (${columns}) values (${values})
    on conflict (${conflict}) do update set ${sql.join(
      [...SUMS, 'row_count'].map(
        (c) => sql`${sql.ref(c)} = ${sql.raw(`${self}${c}`)} + excluded.${sql.ref(c)}`,
      ),
    )}`;
  const removeOld = sql`update analytics_totals set ${sql.join([
    ...SUMS.map((c) => sql`${sql.ref(c)} = ${sql.ref(c)} - ${sql.raw(`old.${c}`)}`),
    sql`row_count = row_count - 1`,
  ])} where ${match}`;
  const dropEmpty = sql`delete from analytics_totals where ${match} and row_count = 0`;
  if (engine === 'postgres') {
    await sql`create function shanhai_analytics_totals() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then
          ${removeOld};
          ${dropEmpty};
        end if;
        if tg_op in ('UPDATE', 'INSERT') then
          ${addNew('analytics_totals.')};
        end if;
        return null;
      end $$`.execute(db);
    await sql`create trigger analytics_facts_totals after insert or update or delete on analytics_facts
      for each row execute function shanhai_analytics_totals()`.execute(db);
  } else {
    await sql`create trigger analytics_facts_totals_insert after insert on analytics_facts
      begin ${addNew('')}; end`.execute(db);
    await sql`create trigger analytics_facts_totals_delete after delete on analytics_facts
      begin ${removeOld}; ${dropEmpty}; end`.execute(db);
    await sql`create trigger analytics_facts_totals_update after update on analytics_facts
      begin ${removeOld}; ${dropEmpty}; ${addNew('')}; end`.execute(db);
  }
}

export const analyticsTotals: ShanhaiMigration = {
  async up(db, engine) {
    const t = types(engine);
    const ref = engine === 'postgres' ? 'bigint' : 'integer';
    let facts = db.schema
      .createTable('analytics_facts')
      .addColumn('project_id', ref, (c) =>
        c.notNull().references('projects.id').onDelete('cascade'),
      )
      .addColumn('year', 'integer', notNull)
      .addColumn('programme_code', 'text', notNull)
      .addColumn('donor_code', 'text', notNull)
      .addColumn('type_code', 'text', notNull)
      .addColumn('stage', 'text', notNull)
      .addColumn('published', 'integer', notNull);
    for (const c of SUMS) facts = facts.addColumn(c, t.bigint, notNull);
    await facts
      .addPrimaryKeyConstraint('analytics_facts_pk', ['project_id', 'year'])
      .$call((b) => (engine === 'sqlite' ? b.modifyEnd(sql`without rowid`) : b))
      .execute();

    let totals = db.schema.createTable('analytics_totals');
    for (const c of KEY) {
      totals = totals.addColumn(c, c === 'year' || c === 'published' ? 'integer' : 'text', notNull);
    }
    for (const c of SUMS) totals = totals.addColumn(c, t.bigint, notNull);
    await totals
      .addColumn('row_count', 'integer', notNull)
      .addPrimaryKeyConstraint('analytics_totals_pk', [...KEY] as never)
      .$call((b) => (engine === 'sqlite' ? b.modifyEnd(sql`without rowid`) : b))
      .execute();

    await totalsTriggers(db, engine);
    await markRebuild(db, 'analytics-facts');
  },
};
