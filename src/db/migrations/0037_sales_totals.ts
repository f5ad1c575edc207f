import { type Kysely, sql } from 'kysely';
import type { Engine } from '../database.js';
import { markRebuild, notNull, type ShanhaiMigration, types } from './kit.js';

/**
 * Consumption-aid sales summed per programme, donor, area, month and publication, kept at every
 * commit by triggers on `consumption_sales` (decision 0065, issue 9's speed): the sales list's
 * total and sum and the summary by month read ~29,000 sums instead of 2,000,000 sales at national
 * scale. `published` is 1 when the sale has a publication time (the visibility rule reads only
 * whether it has one). Channel and product category are not keys (with them there are about as
 * many sums as sales): filters on them, and the summaries by them, still read the sales.
 *
 * The sums are backfilled by the rebuild that follows the migrations (markRebuild of
 * `sales-totals`, src/modules/record-totals.ts), never here.
 */
const KEY = ['programme_code', 'donor_code', 'area_code', 'month', 'published'] as const;

const published = (row: 'new' | 'old') =>
  sql.raw(`case when ${row}.published_at is null then 0 else 1 end`);

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
async function salesTriggers(db: Kysely<any>, engine: Engine) {
  // No table aliases: SQLite re-parses triggers when a later migration alters a table.
  const oldKey = (c: (typeof KEY)[number]) =>
    c === 'published' ? published('old') : sql.raw(`old.${c}`);
  const newKey = (c: (typeof KEY)[number]) =>
    c === 'published' ? published('new') : sql.raw(`new.${c}`);
  const match = sql.join(
    KEY.map((c) => sql`${sql.ref(c)} = ${oldKey(c)}`),
    sql` and `,
  );
  const columns = sql.join([...KEY, 'amount_fen', 'row_count'].map((c) => sql.ref(c)));
  const addNew = (self: string) => sql`insert into consumption_sales_totals (${columns})
    values (${sql.join([...KEY.map(newKey), sql.raw('new.amount_fen'), sql.lit(1)])})
    on conflict (${sql.join(KEY.map((c) => sql.ref(c)))}) do update set
      amount_fen = ${sql.raw(`${self}amount_fen`)} + excluded.amount_fen,
      row_count = ${sql.raw(`${self}row_count`)} + excluded.row_count`;
  const removeOld = sql`update consumption_sales_totals
    set amount_fen = amount_fen - old.amount_fen, row_count = row_count - 1 where ${match}`;
  const dropEmpty = sql`delete from consumption_sales_totals where ${match} and row_count = 0`;
  if (engine === 'postgres') {
    await sql`create function shanhai_sales_totals() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then
          ${removeOld};
          ${dropEmpty};
        end if;
        if tg_op in ('UPDATE', 'INSERT') then
          ${addNew('consumption_sales_totals.')};
        end if;
        return null;
      end $$`.execute(db);
    await sql`create trigger consumption_sales_totals after insert or update or delete
      on consumption_sales for each row execute function shanhai_sales_totals()`.execute(db);
  } else {
    await sql`create trigger consumption_sales_totals_insert after insert on consumption_sales
      begin ${addNew('')}; end`.execute(db);
    await sql`create trigger consumption_sales_totals_delete after delete on consumption_sales
      begin ${removeOld}; ${dropEmpty}; end`.execute(db);
    await sql`create trigger consumption_sales_totals_update after update on consumption_sales
      begin ${removeOld}; ${dropEmpty}; ${addNew('')}; end`.execute(db);
  }
}

export const salesTotals: ShanhaiMigration = {
  async up(db, engine) {
    const t = types(engine);
    await db.schema
      .createTable('consumption_sales_totals')
      .addColumn('programme_code', 'text', notNull)
      .addColumn('donor_code', 'text', notNull)
      .addColumn('area_code', 'text', notNull)
      .addColumn('month', 'text', notNull)
      .addColumn('published', 'integer', notNull)
      .addColumn('amount_fen', t.bigint, notNull)
      .addColumn('row_count', t.bigint, notNull)
      .addPrimaryKeyConstraint('consumption_sales_totals_pk', [...KEY] as never)
      .$call((b) => (engine === 'sqlite' ? b.modifyEnd(sql`without rowid`) : b))
      .execute();
    await salesTriggers(db, engine);
    await markRebuild(db, 'sales-totals');
  },
};
