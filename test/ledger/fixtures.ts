/** What the ledger and plan tests check around a refused write: row counts and the history head. */
import type { Executor } from '../../src/db/database.js';

/** How many rows the table holds: refused writes must leave it unchanged. */
export async function rowCount(db: Executor, table: 'fundTransactions' | 'plans' | 'planItems') {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The history head: unchanged when nothing was written. */
export function historyHead(db: Executor) {
  return db.selectFrom('historyHead').select(['lastId', 'lastHash']).executeTakeFirstOrThrow();
}
