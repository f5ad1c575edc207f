import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely } from 'kysely';
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
