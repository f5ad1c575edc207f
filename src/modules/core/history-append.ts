/**
 * Appending to the change history: each entry chained to the one before by its hash. The head
 * row follows the last entry by trigger (migration 0007); on PostgreSQL reading it `for update`
 * orders concurrent writers, and SQLite has one writer at a time anyway.
 */
import type { Transaction } from 'kysely';
import { engineOf } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import { type Actor, actorLabel } from '../../domain/access.js';
import { type ChainedEntry, canonicalJson, hashEntry } from '../../domain/history-chain.js';

/** One change as a use case describes it. */
export interface HistoryInput {
  actor: Actor;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

const BATCH = 200;

/**
 * Appends the entries, in order, inside the transaction of the writes they record (both land or
 * neither does): one read of the head, then the inserts. Returns the entries' ids.
 */
export async function appendHistory(
  trx: Transaction<DB>,
  inputs: readonly HistoryInput[],
): Promise<number[]> {
  if (inputs.length === 0) return [];
  let headQuery = trx.selectFrom('historyHead').select(['lastId', 'lastHash']).where('id', '=', 1);
  if (engineOf(trx) === 'postgres') headQuery = headQuery.forUpdate();
  const head = await headQuery.executeTakeFirstOrThrow();
  const at = new Date().toISOString();
  let prev = { id: head.lastId, hash: head.lastHash };
  const rows = inputs.map((input) => {
    const entry: ChainedEntry = {
      id: prev.id + 1,
      at,
      actor: actorLabel(input.actor),
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      before: input.before === undefined ? null : canonicalJson(input.before),
      after: input.after === undefined ? null : canonicalJson(input.after),
      requestId: input.requestId ?? null,
      prevHash: prev.hash,
    };
    const hash = hashEntry(entry);
    prev = { id: entry.id, hash };
    return { ...entry, hash };
  });
  for (let i = 0; i < rows.length; i += BATCH) {
    await trx
      .insertInto('history')
      .values(rows.slice(i, i + BATCH))
      .execute();
  }
  return rows.map((r) => r.id);
}
