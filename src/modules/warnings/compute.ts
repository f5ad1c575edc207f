/**
 * Computing the early warnings (daily job, CLI, or on demand by the programme office).
 *
 * Dedupe rule: a warning is one occurrence of a condition, named by its dedupe key
 * (`kind:project:stage:date`, see `domain/warnings.ts`). A key that exists is never inserted
 * again, whatever its status: an open or acknowledged warning stays as it is, and a resolved
 * or dismissed one is NOT reopened while the same occurrence persists. Only a new occurrence
 * (a different date: a rescheduled plan missed again, a new silence after a new disbursement, a
 * new completion date) has a new key and raises a new warning. An open or acknowledged warning
 * whose key no longer holds is resolved automatically ("resolved automatically").
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { detectWarnings, type WarningCandidate } from '../../domain/warnings.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { loadProjectFacts } from '../quality/facts.js';
import { write } from '../write.js';
import type { ComputeResult } from './schema.js';
import { readWarningSettings } from './settings.js';
import { subjectCandidates } from './subjects.js';

export const AUTO_RESOLVED_NOTE = 'resolved automatically';

/** Projects per unit of work: each batch is a short transaction, so requests interleave. */
const BATCH = 1000;
const WRITE_CHUNK = 200;

function chunks<T>(items: readonly T[], size = WRITE_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

type Counts = Omit<ComputeResult, 'today'>;
const INACTIVE = ['suspended', 'cancelled', 'evaluated'] as const;

/** Resolves warnings, by id, that are still open or acknowledged. */
async function autoResolve(trx: Transaction<DB>, ids: readonly number[], at: string) {
  for (const part of chunks(ids)) {
    await trx
      .updateTable('warnings')
      .set((eb) => ({
        status: 'resolved',
        resolutionNote: AUTO_RESOLVED_NOTE,
        resolvedAt: at,
        updatedAt: at,
        version: eb('version', '+', 1),
      }))
      .where('id', 'in', [...part])
      .where('status', 'in', ['open', 'acknowledged'])
      .execute();
  }
}

/** One batch of active projects: their new warnings in, their vanished ones resolved. */
async function computeBatch(
  trx: Transaction<DB>,
  projectIds: readonly number[],
  today: string,
  settings: Awaited<ReturnType<typeof readWarningSettings>>,
): Promise<Counts> {
  const facts = await loadProjectFacts(trx, projectIds);
  const candidates: Array<WarningCandidate & { projectId: number }> = facts.flatMap((f) =>
    detectWarnings(f, today, settings).map((c) => ({ ...c, projectId: f.id })),
  );
  const existing = await trx
    .selectFrom('warnings')
    .select(['id', 'dedupeKey', 'status'])
    .where('projectId', 'in', [...projectIds])
    .execute();
  const byKey = new Map(existing.map((w) => [w.dedupeKey, w]));
  const holding = new Set(candidates.map((c) => c.dedupeKey));
  const at = new Date().toISOString();
  const fresh = candidates.filter((c) => !byKey.has(c.dedupeKey));
  for (const part of chunks(fresh)) {
    await trx
      .insertInto('warnings')
      .values(
        part.map((c) => ({
          projectId: c.projectId,
          subjectKind: 'project' as const,
          subjectId: c.projectId,
          kind: c.kind,
          dedupeKey: c.dedupeKey,
          detail: JSON.stringify({ stage: c.stage, since: c.since, message: c.message }),
          detectedAt: at,
          status: 'open' as const,
          createdAt: at,
          updatedAt: at,
        })),
      )
      .onConflict((oc) => oc.column('dedupeKey').doNothing())
      .execute();
  }
  const gone = existing.filter(
    (w) => (w.status === 'open' || w.status === 'acknowledged') && !holding.has(w.dedupeKey),
  );
  await autoResolve(
    trx,
    gone.map((w) => w.id),
    at,
  );
  return {
    candidates: candidates.length,
    created: fresh.length,
    autoResolved: gone.length,
    stillClosed: candidates.filter((c) => {
      const status = byKey.get(c.dedupeKey)?.status;
      return status === 'resolved' || status === 'dismissed';
    }).length,
  };
}

/**
 * The warnings about postings, cases (decision 0029) and reports (decision 0054), by the same
 * dedupe rule: the new ones in, the open ones of those kinds that no longer hold resolved (a
 * report's only once its report is complete). One unit of work: only the
 * subjects whose condition holds are read.
 */
async function computeSubjects(
  trx: Transaction<DB>,
  today: string,
  settings: Awaited<ReturnType<typeof readWarningSettings>>,
): Promise<Counts> {
  const { candidates, settled } = await subjectCandidates(trx, today, settings);
  const keys = candidates.map((c) => c.dedupeKey);
  const known = new Map<string, { id: number; status: string }>();
  for (const part of chunks(keys)) {
    const rows = await trx
      .selectFrom('warnings')
      .select(['id', 'dedupeKey', 'status'])
      .where('dedupeKey', 'in', part)
      .execute();
    for (const r of rows) known.set(r.dedupeKey, { id: Number(r.id), status: r.status });
  }
  const stillOpen = await trx
    .selectFrom('warnings')
    .select(['id', 'dedupeKey', 'subjectKind'])
    .where('subjectKind', 'in', ['posting', 'company_case', 'report'])
    .where('status', 'in', ['open', 'acknowledged'])
    .execute();
  const holding = new Set(keys);
  const at = new Date().toISOString();
  const fresh = candidates.filter((c) => !known.has(c.dedupeKey));
  for (const part of chunks(fresh)) {
    await trx
      .insertInto('warnings')
      .values(
        part.map((c) => ({
          projectId: null,
          subjectKind: c.subjectKind,
          subjectId: c.subjectId,
          donorCode: c.donorCode,
          areaCode: c.areaCode,
          kind: c.kind,
          dedupeKey: c.dedupeKey,
          detail: JSON.stringify({ since: c.since, message: c.message, ...(c.report ?? {}) }),
          detectedAt: at,
          status: 'open' as const,
          createdAt: at,
          updatedAt: at,
        })),
      )
      .onConflict((oc) => oc.column('dedupeKey').doNothing())
      .execute();
  }
  // A report's warning ends only when its report is judged complete (decision 0054).
  const gone = stillOpen
    .filter((w) => !holding.has(w.dedupeKey))
    .filter((w) => w.subjectKind !== 'report' || settled.has(w.dedupeKey))
    .map((w) => Number(w.id));
  await autoResolve(trx, gone, at);
  return {
    candidates: candidates.length,
    created: fresh.length,
    autoResolved: gone.length,
    stillClosed: candidates.filter((c) => {
      const status = known.get(c.dedupeKey)?.status;
      return status === 'resolved' || status === 'dismissed';
    }).length,
  };
}

/**
 * Detects the warnings that hold on `today`, inserts the new ones and auto-resolves the open ones
 * that no longer hold (those of projects no longer active too), then those about postings and
 * cases ({@link computeSubjects}), then records one history entry
 * with the counts. Each batch of a thousand projects is a transaction of its own, so a long run
 * never holds the database for long; a run cut short is simply run again (it converges: the
 * dedupe keys make every step idempotent). Inside a caller's transaction, it all runs in that.
 */
export async function computeWarnings(ctx: ServiceContext, today: string): Promise<ComputeResult> {
  authorize(ctx.actor, 'warnings.compute');
  const [settings, active] = await Promise.all([
    readWarningSettings(ctx.db),
    ctx.db
      .selectFrom('projects')
      .select('id')
      .where('stage', 'not in', [...INACTIVE])
      .orderBy('id')
      .execute(),
  ]);
  const total: Counts = { candidates: 0, created: 0, autoResolved: 0, stillClosed: 0 };
  for (const batch of chunks(
    active.map((p) => p.id),
    BATCH,
  )) {
    const counts = await write(ctx, (uow) => computeBatch(uow.trx, batch, today, settings));
    for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += counts[key];
    // SQLite answers synchronously: without a turn of the event loop, requests waiting for the
    // database (a health check, a user) would wait for the whole run, not for one batch.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return write(ctx, async (uow) => {
    const stale = await uow.trx
      .selectFrom('warnings as w')
      .innerJoin('projects as p', 'p.id', 'w.projectId')
      .select('w.id')
      .where('w.status', 'in', ['open', 'acknowledged'])
      .where('p.stage', 'in', [...INACTIVE])
      .execute();
    await autoResolve(
      uow.trx,
      stale.map((w) => w.id),
      new Date().toISOString(),
    );
    const subjects = await computeSubjects(uow.trx, today, settings);
    const result: ComputeResult = {
      today,
      candidates: total.candidates + subjects.candidates,
      created: total.created + subjects.created,
      autoResolved: total.autoResolved + stale.length + subjects.autoResolved,
      stillClosed: total.stillClosed + subjects.stillClosed,
    };
    uow.record({ action: 'compute', entityType: 'warnings', entityId: today, after: result });
    return result;
  });
}
