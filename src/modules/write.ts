/**
 * `write(ctx, uow => …)`: how every use case that changes data runs. It opens a transaction (or
 * joins the caller's unit of work), runs the use case, then commits the unit of work — the
 * registered projections over everything touched and the history entries — in the same
 * transaction. See core/unit-of-work.ts.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { ServiceContext } from './core/context.js';
import { UnitOfWork } from './core/unit-of-work.js';
import { PROJECTIONS } from './projections.js';

const open = new WeakMap<Transaction<DB>, UnitOfWork>();

async function run<T>(
  trx: Transaction<DB>,
  ctx: ServiceContext,
  fn: (uow: UnitOfWork) => Promise<T>,
): Promise<T> {
  const outer = open.get(trx);
  if (outer) return fn(outer.joinedBy(ctx));
  const uow = UnitOfWork.begin(trx, ctx, PROJECTIONS);
  open.set(trx, uow);
  try {
    const result = await fn(uow);
    await uow.commit();
    return result;
  } finally {
    open.delete(trx);
  }
}

/**
 * Runs a use case's writes as one unit of work: in a new transaction, or in the caller's (a use
 * case called from another, a test wrapping several calls, a bulk import's batch).
 */
export function write<T>(ctx: ServiceContext, fn: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return run(ctx.db as Transaction<DB>, ctx, fn);
  return ctx.db.transaction().execute((trx) => run(trx, ctx, fn));
}
