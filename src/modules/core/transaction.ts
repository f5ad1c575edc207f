/** Plain transactions, for infrastructure writes outside any unit of work (the job queue's claims). */
import type { Transaction } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { DB } from '../../db/schema.js';

/**
 * Runs `fn` in a transaction: a new one, or the caller's when `db` already is one. Use cases
 * that change records use `write` (src/modules/write.ts) instead: it keeps the projections and
 * the history.
 */
export function inTransaction<T>(db: Executor, fn: (trx: Transaction<DB>) => Promise<T>) {
  if (db.isTransaction) return fn(db as Transaction<DB>);
  return db.transaction().execute(fn);
}
