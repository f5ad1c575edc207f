/**
 * A subquery's rows as one JSON array column, on both engines: how a record and its children
 * load in one round trip (`json_group_array(json_object(…))` on SQLite, `json_agg(
 * json_build_object(…))` on PostgreSQL). Keys are written as given (camelCase); the caller parses
 * with {@link parseJsonRows}.
 */
import { type RawBuilder, sql } from 'kysely';
import type { Engine } from '../../db/database.js';

/**
 * `(select json array of {key: expr, …} from (<from>) as r)`: `fields` maps each key to a SQL
 * expression over the subquery's alias `r`.
 */
export function jsonRows(
  engine: Engine,
  fields: Record<string, string>,
  from: RawBuilder<unknown>,
): RawBuilder<unknown> {
  const pairs = Object.entries(fields).map(([key, expr]) => `'${key}', ${expr}`);
  const object =
    engine === 'postgres'
      ? `json_build_object(${pairs.join(', ')})`
      : `json_object(${pairs.join(', ')})`;
  const aggregate =
    engine === 'postgres'
      ? `coalesce(json_agg(${object}), '[]'::json)`
      : `coalesce(json_group_array(${object}), '[]')`;
  return sql`(select ${sql.raw(aggregate)} from (${from}) as r)`;
}

/** The rows of a {@link jsonRows} column: parsed text on SQLite, already parsed on PostgreSQL. */
export function parseJsonRows<T>(value: unknown): T[] {
  if (typeof value === 'string') return JSON.parse(value) as T[];
  return (value ?? []) as T[];
}
