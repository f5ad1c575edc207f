import type { Executor } from '../../db/database.js';
import type { Actor } from '../../domain/access.js';
import { type ChainProblem, verifyChain } from '../../domain/history-chain.js';
import { maskSnapshot } from '../../domain/personal-data.js';
import { authorize, can } from '../access/authorize.js';
import { logUnmaskedReads } from '../people/access-log.js';
import { loadReference } from '../reference/reference.js';

export interface VerifyResult {
  ok: boolean;
  entries: number;
  problems: ChainProblem[];
}

/** Walks the whole history in pages and checks the hash chain. */
export async function verifyHistory(db: Executor, pageSize = 5000): Promise<VerifyResult> {
  const head = await db
    .selectFrom('historyHead')
    .select(['lastId', 'lastHash'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  const problems: ChainProblem[] = [];
  let count = 0;
  let after = 0;
  let prev: { id: number; hash: string } | undefined;
  for (;;) {
    const page = await db
      .selectFrom('history')
      .selectAll()
      .where('id', '>', after)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    if (page.length === 0) break;
    const last = page[page.length - 1] as (typeof page)[number];
    // Check each page against its predecessor; the head is compared once, at the end.
    const pageProblems = verifyChain(page, { lastId: last.id, lastHash: last.hash }, prev);
    problems.push(...pageProblems.filter((p) => p.kind !== 'head-mismatch'));
    count += page.length;
    prev = { id: last.id, hash: last.hash };
    after = last.id;
  }
  problems.push(...verifyChain([], head, prev).filter((p) => p.kind === 'head-mismatch'));
  return { ok: problems.length === 0, entries: count, problems };
}

export interface HistoryQuery {
  entityType?: string | undefined;
  entityId?: string | undefined;
  beforeId?: number | undefined;
  limit: number;
}

/** The change history, newest first; for auditors and coordinators. */
export async function listHistory(ctx: { actor: Actor; db: Executor }, q: HistoryQuery) {
  authorize(ctx.actor, 'history.read');
  let query = ctx.db.selectFrom('history').selectAll().orderBy('id', 'desc').limit(q.limit);
  if (q.entityType) query = query.where('entityType', '=', q.entityType);
  if (q.entityId) query = query.where('entityId', '=', q.entityId);
  if (q.beforeId) query = query.where('id', '<', q.beforeId);
  const rows = await query.execute();
  const entries = rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    before: r.before === null ? null : (JSON.parse(r.before) as unknown),
    after: r.after === null ? null : (JSON.parse(r.after) as unknown),
    requestId: r.requestId,
    hash: r.hash,
  }));
  return maskPersons(ctx, entries);
}

/**
 * A person's personal data in the history is shown as anywhere else (decision 0025): unmasked
 * only to the person's own donor and the programme office, each such read logged; masked for
 * auditors and everyone else.
 */
export async function maskPersons<
  E extends { entityType: string; entityId: string; before: unknown; after: unknown },
>(ctx: { actor: Actor; db: Executor }, entries: E[]): Promise<E[]> {
  if (!entries.some((e) => e.entityType === 'person')) return entries;
  const ref = await loadReference(ctx.db);
  const unmasked: number[] = [];
  const out = entries.map((e) => {
    if (e.entityType !== 'person') return e;
    const donor = ((e.after ?? e.before) as { donorCode?: unknown } | null)?.donorCode;
    const orgPath = typeof donor === 'string' ? ref.orgs.pathOf(donor) : [];
    if (orgPath.length > 0 && can(ctx.actor, 'people.personalData', { orgPath })) {
      unmasked.push(Number(e.entityId));
      return e;
    }
    return { ...e, before: maskSnapshot(e.before), after: maskSnapshot(e.after) };
  });
  await logUnmaskedReads(ctx, unmasked, 'history');
  return out;
}

/** Runs verification for an auditor or coordinator through the API. */
export async function verifyHistoryAs(ctx: { actor: Actor; db: Executor }) {
  authorize(ctx.actor, 'history.verify');
  return verifyHistory(ctx.db);
}
