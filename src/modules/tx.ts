/** Helpers every write uses: one transaction, optimistic versions, case-insensitive search. */
import { type Expression, type RawBuilder, sql, type Transaction } from 'kysely';
import type { Executor } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { Actor } from '../domain/access.js';
import { ConflictError } from '../domain/errors.js';
import type { ServiceContext } from '../http/types.js';

/**
 * Runs `fn` in a transaction: a new one, or the caller's when `db` already is one (a use case
 * called from another use case, or a test wrapping several calls).
 */
export function inTransaction<T>(db: Executor, fn: (trx: Transaction<DB>) => Promise<T>) {
  if (db.isTransaction) return fn(db as Transaction<DB>);
  return db.transaction().execute(fn);
}

/** Throws 409 when the caller's expected version (from `If-Match`) is not the stored one. */
export function assertVersion(expected: number | undefined, actual: number, what: string): void {
  if (expected !== undefined && expected !== actual) {
    throw new ConflictError(
      `${what} has changed: you have version ${expected}, the current version is ${actual}; reload and try again`,
      [{ field: 'version', message: `stale version ${expected}; current is ${actual}` }],
    );
  }
}

/** Throws 409 when a conditional update (`… where version = v`) touched no row. */
export function assertUpdated(result: { numUpdatedRows: bigint }, what: string): void {
  if (result.numUpdatedRows === 0n) {
    throw new ConflictError(`${what} was changed by someone else meanwhile; reload and try again`, [
      { field: 'version', message: 'changed concurrently' },
    ]);
  }
}

/** Escapes `%`, `_` and `\` for a LIKE pattern with `escape '\'`. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `lower(expr) like '%text%'`, the same on SQLite and PostgreSQL. */
export function containsCi(expr: Expression<string>, text: string): RawBuilder<boolean> {
  return sql<boolean>`lower(${expr}) like ${`%${escapeLike(text.toLowerCase())}%`} escape '\\'`;
}

/** `expr like '%text%'` for text stored lower-cased: the term is lower-cased, not the column. */
export function containsLowered(expr: Expression<string>, text: string): RawBuilder<boolean> {
  return sql<boolean>`${expr} like ${`%${escapeLike(text.toLowerCase())}%`} escape '\\'`;
}

/** `lower(expr) like 'text%'`. */
export function startsWithCi(expr: Expression<string>, text: string): RawBuilder<boolean> {
  return sql<boolean>`lower(${expr}) like ${`${escapeLike(text.toLowerCase())}%`} escape '\\'`;
}

/** The service context of an HTTP request: its actor, the app's database, its request id. */
export function requestContext(
  app: { deps: { database: { db: Executor } } },
  request: { actor: Actor; id: unknown },
): ServiceContext {
  return { actor: request.actor, db: app.deps.database.db, requestId: String(request.id) };
}
