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
import { detectWarnings, type WarningCandidate } from '../../domain/warnings.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { loadProjectFacts } from '../quality/facts.js';
import { write } from '../write.js';
import type { ComputeResult } from './schema.js';
import { readWarningSettings } from './settings.js';

export const AUTO_RESOLVED_NOTE = 'resolved automatically';
const CHUNK = 200;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/**
 * Detects the warnings that hold on `today`, inserts the new ones, auto-resolves the open ones
 * that no longer hold, and records one history entry with the counts. One transaction.
 */
export async function computeWarnings(ctx: ServiceContext, today: string): Promise<ComputeResult> {
  authorize(ctx.actor, 'warnings.compute');
  return write(ctx, async (uow) => {
    const trx = uow.trx;
    const settings = await readWarningSettings(trx);
    const active = await trx
      .selectFrom('projects')
      .select('id')
      .where('stage', 'not in', ['suspended', 'cancelled', 'evaluated'])
      .execute();
    const facts = await loadProjectFacts(
      trx,
      active.map((p) => p.id),
    );
    const candidates: Array<WarningCandidate & { projectId: number }> = facts.flatMap((f) =>
      detectWarnings(f, today, settings).map((c) => ({ ...c, projectId: f.id })),
    );
    const existing = await trx
      .selectFrom('warnings')
      .select(['id', 'dedupeKey', 'status', 'version'])
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
    for (const part of chunks(gone)) {
      await trx
        .updateTable('warnings')
        .set((eb) => ({
          status: 'resolved',
          resolutionNote: AUTO_RESOLVED_NOTE,
          resolvedAt: at,
          updatedAt: at,
          version: eb('version', '+', 1),
        }))
        .where(
          'id',
          'in',
          part.map((w) => w.id),
        )
        .where('status', 'in', ['open', 'acknowledged'])
        .execute();
    }

    const stillClosed = candidates.filter((c) => {
      const status = byKey.get(c.dedupeKey)?.status;
      return status === 'resolved' || status === 'dismissed';
    }).length;
    const result: ComputeResult = {
      today,
      candidates: candidates.length,
      created: fresh.length,
      autoResolved: gone.length,
      stillClosed,
    };
    uow.record({
      action: 'compute',
      entityType: 'warnings',
      entityId: today,
      after: result,
    });
    return result;
  });
}
