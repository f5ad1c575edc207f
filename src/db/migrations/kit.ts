import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely, RawBuilder } from 'kysely';
import { sql } from 'kysely';
import type { Engine } from '../database.js';

/** One forward-only migration; `engine` lets it choose types where SQLite and PostgreSQL differ. */
export interface ShanhaiMigration {
  // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
  up(db: Kysely<any>, engine: Engine): Promise<void>;
}

/** Column types that differ between the two engines. */
export function types(engine: Engine) {
  return {
    /** Points in time: timestamptz on PostgreSQL, ISO-8601 text on SQLite. */
    timestamp: engine === 'postgres' ? ('timestamptz' as const) : ('text' as const),
    /** Money in fen and other counts that can exceed 2^31. */
    bigint: 'bigint' as const,
    date: 'date' as const,
  };
}

/** An auto-numbered integer primary key named `id`. */
export function withId<T extends string>(
  // biome-ignore lint/suspicious/noExplicitAny: generic over any table builder
  table: CreateTableBuilder<T, any>,
  engine: Engine,
  // biome-ignore lint/suspicious/noExplicitAny: generic over any table builder
): CreateTableBuilder<T, any> {
  return engine === 'postgres'
    ? table.addColumn('id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/** `created_at`, `updated_at` columns. */
export function withTimestamps<T extends string>(
  // biome-ignore lint/suspicious/noExplicitAny: generic over any table builder
  table: CreateTableBuilder<T, any>,
  engine: Engine,
  // biome-ignore lint/suspicious/noExplicitAny: generic over any table builder
): CreateTableBuilder<T, any> {
  const t = types(engine).timestamp;
  return table
    .addColumn('created_at', t, (c) => c.notNull())
    .addColumn('updated_at', t, (c) => c.notNull());
}

export const notNull = (c: ColumnDefinitionBuilder) => c.notNull();

/** A CHECK that a text column holds one of a fixed list of values. */
export function oneOf(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}

/**
 * Marks a projection (derived rows kept by src/modules, e.g. `compliance-parts`) as owing a
 * rebuild. A migration never computes derived data itself: code that computes it changes, and
 * an old migration must not change meaning with it. The rebuild runs after migrating
 * (`upgradeDatabase` in src/modules/maintenance.ts). Creates `projection_state` when an older
 * migration marks before 0007 has made it.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
export async function markRebuild(db: Kysely<any>, projection: string): Promise<void> {
  await sql`create table if not exists projection_state (
    name text primary key,
    version integer not null,
    needs_rebuild integer not null
  )`.execute(db);
  await sql`insert into projection_state (name, version, needs_rebuild) values (${projection}, 0, 1)
    on conflict (name) do update set needs_rebuild = 1`.execute(db);
}

/** One column of sums kept by triggers: its name and its value for the row `new` or `old`. */
export interface KeptColumn {
  readonly column: string;
  readonly of: (row: 'new' | 'old') => RawBuilder<unknown>;
}

/**
 * Sums of a records table kept by row triggers in the same statement as the write (decision
 * 0065's pattern, first written out by 0037 for the sales): an insert adds the row to its key's
 * sums (creating them), a delete subtracts it and deletes the sums whose `count` falls to 0, an
 * update of one of `updateOf` does both. SQLite gets three triggers `<name>_insert`, `_delete`,
 * `_update`; PostgreSQL one PL/pgSQL function `shanhai_<name>` and one trigger `<name>`. The sums
 * table must exist with a unique key on the key columns. No table aliases in the statements:
 * SQLite re-parses triggers when a later migration alters a table. Backfilling is a rebuild's
 * work (markRebuild), never a migration's.
 */
export async function keptSumsTriggers(
  // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
  db: Kysely<any>,
  engine: Engine,
  spec: {
    /** The triggers' name (and, on PostgreSQL, the function's, prefixed `shanhai_`). */
    readonly name: string;
    readonly records: string;
    readonly sums: string;
    readonly key: readonly KeptColumn[];
    /** Added for every record; `count` is the one that counts them (1 a record). */
    readonly values: readonly KeptColumn[];
    readonly count: string;
    /** The records' columns a key or value reads: other updates leave the sums alone. */
    readonly updateOf: readonly string[];
  },
): Promise<void> {
  const all = [...spec.key, ...spec.values];
  const sums = sql.table(spec.sums);
  const match = sql.join(
    spec.key.map((k) => sql`${sql.ref(k.column)} = ${k.of('old')}`),
    sql` and `,
  );
  const addNew = (
    self: string,
  ) => sql`insert into ${sums} (${sql.join(all.map((c) => sql.ref(c.column)))})
    values (${sql.join(all.map((c) => c.of('new')))})
    on conflict (${sql.join(spec.key.map((k) => sql.ref(k.column)))}) do update set
      ${sql.join(
        spec.values.map(
          (v) =>
            sql`${sql.ref(v.column)} = ${sql.raw(`${self}${v.column}`)} + excluded.${sql.ref(v.column)}`,
        ),
        sql`, `,
      )}`;
  const removeOld = sql`update ${sums} set ${sql.join(
    spec.values.map((v) => sql`${sql.ref(v.column)} = ${sql.ref(v.column)} - ${v.of('old')}`),
    sql`, `,
  )} where ${match}`;
  const dropEmpty = sql`delete from ${sums} where ${match} and ${sql.ref(spec.count)} = 0`;
  const records = sql.table(spec.records);
  const updateOf = sql.join(spec.updateOf.map((c) => sql.ref(c)));
  if (engine === 'postgres') {
    const fn = sql.raw(`shanhai_${spec.name.replaceAll('-', '_')}`);
    await sql`create function ${fn}() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then
          ${removeOld};
          ${dropEmpty};
        end if;
        if tg_op in ('UPDATE', 'INSERT') then
          ${addNew(`${spec.sums}.`)};
        end if;
        return null;
      end $$`.execute(db);
    await sql`create trigger ${sql.raw(spec.name)} after insert or update of ${updateOf} or delete
      on ${records} for each row execute function ${fn}()`.execute(db);
  } else {
    await sql`create trigger ${sql.raw(`${spec.name}_insert`)} after insert on ${records}
      begin ${addNew('')}; end`.execute(db);
    await sql`create trigger ${sql.raw(`${spec.name}_delete`)} after delete on ${records}
      begin ${removeOld}; ${dropEmpty}; end`.execute(db);
    await sql`create trigger ${sql.raw(`${spec.name}_update`)} after update of ${updateOf}
      on ${records} begin ${removeOld}; ${dropEmpty}; ${addNew('')}; end`.execute(db);
  }
}
