/**
 * The job queue in the database (no Redis). Enqueue with an optional unique key; claim due jobs
 * with a lease (PostgreSQL: `FOR UPDATE SKIP LOCKED`, so concurrent runners never take the same
 * job; SQLite, one process: a conditional UPDATE); run them; retry failures with exponential
 * backoff; mark a job failed after its last attempt. A running job whose lease expired (its
 * runner died) is claimed again; the outcome of a claim that was taken over is then discarded,
 * so it cannot overwrite the new claim's (decision 0045). A runner renews its claim's lease while
 * the job runs (every third of the lease), so a long job is not taken over while its runner
 * lives; only a runner stalled for a whole lease (or dead) loses it, and then the job may run
 * twice: jobs are written to be idempotent.
 */
import type { Selectable, UpdateQueryBuilder, UpdateResult } from 'kysely';
import { type Executor, engineOf } from '../../db/database.js';
import type { DB, JobsTable } from '../../db/schema.js';
import { systemActor } from '../../domain/access.js';
import { inTransaction } from '../core/transaction.js';
import type { JobDefinition } from './definition.js';

export type JobRow = Selectable<JobsTable>;

export const DEFAULT_MAX_ATTEMPTS = 5;
/** First retry after 30 s, then 60 s, 120 s … capped at one hour. */
export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_MAX_MS = 3_600_000;
/** How long a claim holds a job before another runner may take it over. */
export const LEASE_MS = 10 * 60_000;

/** The delay before retrying after the `attempts`-th failed attempt (1-based). */
export function backoffMs(attempts: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1), BACKOFF_MAX_MS);
}

export interface EnqueueOptions {
  runAt?: Date;
  /** A job with the same key is not enqueued twice (e.g. `warnings.compute:2026-11-28`). */
  uniqueKey?: string;
  maxAttempts?: number;
}

/**
 * Adds a job after checking its payload against the definition. Returns its id, or null when a
 * job with the same unique key exists already.
 */
export async function enqueue<D extends JobDefinition>(
  db: Executor,
  def: D,
  payload: unknown,
  options: EnqueueOptions = {},
): Promise<number | null> {
  const checked: unknown = def.payload.parse(payload);
  const now = new Date().toISOString();
  const row = await db
    .insertInto('jobs')
    .values({
      name: def.name,
      version: def.version,
      payload: JSON.stringify(checked),
      status: 'queued',
      runAt: (options.runAt ?? new Date()).toISOString(),
      maxAttempts: options.maxAttempts ?? def.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      uniqueKey: options.uniqueKey ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .onConflict((oc) => oc.column('uniqueKey').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

/**
 * Claims the next due job for `worker`: queued with `run_at` ≤ now, or running with an expired
 * lease. Marks it running, counts the attempt and sets the lease. Null when none is due.
 */
export async function claimNext(
  db: Executor,
  worker: string,
  now = new Date(),
): Promise<JobRow | null> {
  const at = now.toISOString();
  const lease = new Date(now.getTime() + LEASE_MS).toISOString();
  const candidates = (ex: Executor) =>
    ex
      .selectFrom('jobs')
      .select(['id', 'status'])
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'queued'), eb('runAt', '<=', at)]),
          eb.and([eb('status', '=', 'running'), eb('lockedUntil', '<', at)]),
        ]),
      )
      .orderBy('runAt')
      .orderBy('id')
      .limit(1);
  const take = (ex: Executor, id: number, status: JobRow['status']) =>
    ex
      .updateTable('jobs')
      .set((eb) => ({
        status: 'running',
        attempts: eb('attempts', '+', 1),
        lockedBy: worker,
        lockedUntil: lease,
        updatedAt: at,
      }))
      .where('id', '=', id)
      .where('status', '=', status)
      .where((eb) => (status === 'queued' ? eb('runAt', '<=', at) : eb('lockedUntil', '<', at)))
      .returningAll()
      .executeTakeFirst();

  if (engineOf(db) === 'postgres') {
    return inTransaction(db, async (trx) => {
      const next = await candidates(trx).forUpdate().skipLocked().executeTakeFirst();
      return next ? ((await take(trx, next.id, next.status)) ?? null) : null;
    });
  }
  // SQLite: one writer at a time; the conditional UPDATE fails if someone took the job between.
  for (let tries = 0; tries < 5; tries += 1) {
    const next = await candidates(db).executeTakeFirst();
    if (!next) return null;
    const taken = await take(db, next.id, next.status);
    if (taken) return taken;
  }
  return null;
}

/** `superseded`: the claim's lease expired and another runner took the job over meanwhile. */
export type JobOutcome = 'done' | 'retry' | 'failed' | 'superseded';

/**
 * Records the outcome of a claimed job — done, retried after backoff, or failed for good — if
 * the claim still holds it (same runner and lease); otherwise changes nothing: `superseded`.
 */
async function finish(db: Executor, job: JobRow, error: unknown, now: Date): Promise<JobOutcome> {
  const at = new Date().toISOString();
  const ours = <Q extends UpdateQueryBuilder<DB, 'jobs', 'jobs', UpdateResult>>(q: Q) =>
    q
      .where('id', '=', job.id)
      .where('status', '=', 'running')
      .where('lockedBy', '=', job.lockedBy ?? '')
      .where('lockedUntil', '=', job.lockedUntil ?? '');
  if (error === undefined) {
    const done = await ours(
      db
        .updateTable('jobs')
        .set({ status: 'done', lastError: null, lockedBy: null, lockedUntil: null, updatedAt: at }),
    ).executeTakeFirst();
    return Number(done.numUpdatedRows) === 1 ? 'done' : 'superseded';
  }
  const message = error instanceof Error ? error.message : String(error);
  const last = job.attempts >= job.maxAttempts;
  const recorded = await ours(
    db.updateTable('jobs').set({
      status: last ? 'failed' : 'queued',
      lastError: message.slice(0, 4000),
      lockedBy: null,
      lockedUntil: null,
      ...(last ? {} : { runAt: new Date(now.getTime() + backoffMs(job.attempts)).toISOString() }),
      updatedAt: at,
    }),
  ).executeTakeFirst();
  if (Number(recorded.numUpdatedRows) !== 1) return 'superseded';
  return last ? 'failed' : 'retry';
}

/** How a running claim keeps its job: renewed every `everyMs` for `leaseMs` from `clock()`. */
export interface Heartbeat {
  everyMs: number;
  leaseMs: number;
  clock: () => Date;
}

export const DEFAULT_HEARTBEAT: Heartbeat = {
  everyMs: LEASE_MS / 3,
  leaseMs: LEASE_MS,
  clock: () => new Date(),
};

/**
 * Renews the claim's lease every `hb.everyMs` while `work` runs, each renewal conditional on the
 * claim still holding the job (same runner, the lease it last set). Returns the work's result and
 * the lease held at the end (what `finish` must match). A renewal that finds the job taken over
 * stops renewing; the outcome is then `superseded`.
 */
async function withHeartbeat<T>(
  db: Executor,
  job: JobRow,
  hb: Heartbeat,
  work: () => Promise<T>,
): Promise<{ result: T; lockedUntil: string | null }> {
  let held = job.lockedUntil;
  let lost = false;
  let renewing: Promise<void> = Promise.resolve();
  const renew = async () => {
    if (lost || held === null) return;
    const next = new Date(
      Math.max(hb.clock().getTime() + hb.leaseMs, Date.parse(held) + 1),
    ).toISOString();
    const r = await db
      .updateTable('jobs')
      .set({ lockedUntil: next })
      .where('id', '=', job.id)
      .where('status', '=', 'running')
      .where('lockedBy', '=', job.lockedBy ?? '')
      .where('lockedUntil', '=', held)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 1) held = next;
    else lost = true;
  };
  const timer = setInterval(() => {
    renewing = renewing.then(renew).catch(() => {
      // a failed renewal is retried at the next beat; the lease may lapse meanwhile
    });
  }, hb.everyMs);
  try {
    const result = await work();
    return { result, lockedUntil: held };
  } finally {
    clearInterval(timer);
    await renewing;
  }
}

/** Runs one claimed job with its definition; an unknown name or version fails it at once. */
export async function runClaimed(
  db: Executor,
  definitions: readonly JobDefinition[],
  job: JobRow,
  now = new Date(),
  heartbeat: Heartbeat = DEFAULT_HEARTBEAT,
): Promise<JobOutcome> {
  const def = definitions.find((d) => d.name === job.name);
  if (!def || def.version !== job.version) {
    const known = def ? `version ${def.version}` : 'no such job';
    return finish(
      db,
      { ...job, attempts: job.maxAttempts },
      new Error(`cannot run ${job.name} v${job.version}: ${known}`),
      now,
    );
  }
  const { result: error, lockedUntil } = await withHeartbeat(db, job, heartbeat, async () => {
    try {
      const payload: unknown = def.payload.parse(JSON.parse(job.payload));
      await def.run(
        {
          db,
          actor: systemActor(`job:${job.name}`),
          job: { id: job.id, attempts: job.attempts, version: job.version },
          now,
        },
        payload,
      );
      return undefined;
    } catch (err) {
      return err ?? new Error('failed');
    }
  });
  return finish(db, { ...job, lockedUntil }, error, now);
}

export interface RunDueResult {
  done: number;
  retried: number;
  failed: number;
}

/** Claims and runs due jobs one after another until none is due (or `limit` is reached). */
export async function runDueJobs(
  db: Executor,
  definitions: readonly JobDefinition[],
  options: { worker: string; now?: () => Date; limit?: number },
): Promise<RunDueResult> {
  const result: RunDueResult = { done: 0, retried: 0, failed: 0 };
  const now = options.now ?? (() => new Date());
  for (let i = 0; i < (options.limit ?? 100); i += 1) {
    const job = await claimNext(db, options.worker, now());
    if (!job) break;
    const outcome = await runClaimed(db, definitions, job, now());
    if (outcome === 'done') result.done += 1;
    else if (outcome === 'retry') result.retried += 1;
    else if (outcome === 'failed') result.failed += 1;
    // superseded: the claim that took the job over counts it.
  }
  return result;
}
