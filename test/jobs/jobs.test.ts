import { beforeEach, expect, it } from 'vitest';
import { z } from 'zod';
import { defineJob, type JobDefinition } from '../../src/modules/jobs/definition.js';
import {
  BACKOFF_BASE_MS,
  backoffMs,
  claimNext,
  enqueue,
  LEASE_MS,
  runClaimed,
  runDueJobs,
} from '../../src/modules/jobs/queue.js';
import { JOBS, scheduleDaily } from '../../src/modules/jobs/registry.js';
import { startJobRunner } from '../../src/modules/jobs/runner.js';
import { describeEachDatabase } from '../support/db.js';

const T0 = new Date('2026-11-28T08:00:00.000Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

/** A job that fails its first `failures` runs, then succeeds. */
function flaky(failures: number, maxAttempts = 5) {
  let runs = 0;
  const job = defineJob({
    name: 'test.flaky',
    version: 1,
    maxAttempts,
    payload: z.object({ n: z.number() }),
    run: async (_ctx, payload) => {
      runs += 1;
      if (runs <= failures) throw new Error(`failure ${runs} of ${payload.n}`);
    },
  });
  return { job, runs: () => runs };
}

describeEachDatabase('jobs', (ctx) => {
  const db = () => ctx.database.db;
  const jobRow = (id: number) =>
    db().selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  beforeEach(async () => {
    await db().deleteFrom('jobs').execute();
  });

  it('backs off exponentially: 30 s, 60 s, 120 s … capped at an hour', () => {
    expect([1, 2, 3].map(backoffMs)).toEqual([30_000, 60_000, 120_000]);
    expect(backoffMs(20)).toBe(3_600_000);
  });

  it('retries a job that fails twice, with backoff, and then marks it done', async () => {
    const { job, runs } = flaky(2);
    const defs: JobDefinition[] = [job];
    const id = await enqueue(db(), job, { n: 7 }, { runAt: T0 });
    if (id === null) throw new Error('not enqueued');
    const run = (at: Date) => runDueJobs(db(), defs, { worker: 'w1', now: () => at });

    expect(await run(T0)).toEqual({ done: 0, retried: 1, failed: 0 });
    let row = await jobRow(id);
    expect(row).toMatchObject({
      status: 'queued',
      attempts: 1,
      lastError: 'failure 1 of 7',
      lockedBy: null,
    });
    expect(row.runAt).toBe(later(BACKOFF_BASE_MS).toISOString());

    expect(await run(later(BACKOFF_BASE_MS - 1))).toEqual({ done: 0, retried: 0, failed: 0 });
    expect(await run(later(BACKOFF_BASE_MS))).toEqual({ done: 0, retried: 1, failed: 0 });
    row = await jobRow(id);
    expect(row).toMatchObject({ status: 'queued', attempts: 2, lastError: 'failure 2 of 7' });
    expect(row.runAt).toBe(later(BACKOFF_BASE_MS * 3).toISOString());

    expect(await run(later(BACKOFF_BASE_MS * 3))).toEqual({ done: 1, retried: 0, failed: 0 });
    expect(await jobRow(id)).toMatchObject({ status: 'done', attempts: 3, lockedBy: null });
    expect(runs()).toBe(3);
  });

  it('marks a job failed after its last attempt', async () => {
    const { job } = flaky(10, 2);
    const id = (await enqueue(db(), job, { n: 1 }, { runAt: T0 })) ?? 0;
    await runDueJobs(db(), [job], { worker: 'w1', now: () => T0 });
    expect(
      await runDueJobs(db(), [job], { worker: 'w1', now: () => later(BACKOFF_BASE_MS) }),
    ).toEqual({ done: 0, retried: 0, failed: 1 });
    expect(await jobRow(id)).toMatchObject({
      status: 'failed',
      attempts: 2,
      lastError: 'failure 2 of 1',
    });
  });

  it('checks the payload when enqueued, and fails a stored job of an unknown version', async () => {
    const { job } = flaky(0);
    await expect(enqueue(db(), job, { n: 'seven' })).rejects.toThrow();
    const id = (await enqueue(db(), job, { n: 1 }, { runAt: T0 })) ?? 0;
    const newer = { ...job, version: 2 };
    expect(await runDueJobs(db(), [newer], { worker: 'w1', now: () => T0 })).toMatchObject({
      failed: 1,
    });
    expect((await jobRow(id)).lastError).toMatch(/test.flaky v1: version 2/);
  });

  it('enqueues the daily warnings run once a day, by its unique key', async () => {
    expect(await scheduleDaily(db(), T0)).toBe(1);
    expect(await scheduleDaily(db(), later(3_600_000))).toBe(0);
    expect(await scheduleDaily(db(), later(86_400_000))).toBe(1);
    const rows = await db()
      .selectFrom('jobs')
      .select(['uniqueKey', 'name'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { uniqueKey: 'warnings.compute:2026-11-28', name: 'warnings.compute' },
      { uniqueKey: 'warnings.compute:2026-11-29', name: 'warnings.compute' },
    ]);
  });

  it('runs the daily warnings job, which computes and records the run', async () => {
    await scheduleDaily(db(), T0);
    expect(await runDueJobs(db(), JOBS, { worker: 'w1', now: () => T0 })).toEqual({
      done: 1,
      retried: 0,
      failed: 0,
    });
    const entry = await db()
      .selectFrom('history')
      .select(['actor', 'action', 'entityId'])
      .where('entityType', '=', 'warnings')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry).toEqual({
      actor: 'system:job:warnings.compute',
      action: 'compute',
      entityId: '2026-11-28',
    });
  });

  it('never lets two concurrent claims take the same job', async () => {
    const { job } = flaky(0);
    const one = await enqueue(db(), job, { n: 1 }, { runAt: T0 });
    const claims = await Promise.all([claimNext(db(), 'a', T0), claimNext(db(), 'b', T0)]);
    expect(claims.filter((c) => c !== null).map((c) => c?.id)).toEqual([one]);
    const two = await enqueue(db(), job, { n: 2 }, { runAt: T0 });
    const three = await enqueue(db(), job, { n: 3 }, { runAt: T0 });
    const pair = await Promise.all([claimNext(db(), 'a', T0), claimNext(db(), 'b', T0)]);
    expect(pair.map((c) => c?.id).sort()).toEqual([two, three].sort());
    expect(new Set(pair.map((c) => c?.lockedBy))).toEqual(new Set(['a', 'b']));
  });

  it('takes over a running job whose lease has expired', async () => {
    const { job } = flaky(0);
    const id = await enqueue(db(), job, { n: 1 }, { runAt: T0 });
    expect((await claimNext(db(), 'dead', T0))?.id).toBe(id);
    expect(await claimNext(db(), 'alive', later(LEASE_MS - 1))).toBeNull();
    const taken = await claimNext(db(), 'alive', later(LEASE_MS + 1));
    expect(taken).toMatchObject({ id, lockedBy: 'alive', attempts: 2, status: 'running' });
  });

  it('discards the outcome of a claim that was taken over (it cannot overwrite the new one)', async () => {
    const { job } = flaky(0);
    const id = Number(await enqueue(db(), job, { n: 1 }, { runAt: T0 }));
    const slow = await claimNext(db(), 'slow', T0);
    const taker = await claimNext(db(), 'taker', later(LEASE_MS + 1));
    expect(taker).toMatchObject({ id, lockedBy: 'taker', attempts: 2 });
    // The overrunning runner finishes after the takeover: its outcome is not recorded.
    expect(
      await runClaimed(db(), [job], slow as NonNullable<typeof slow>, later(LEASE_MS + 2)),
    ).toBe('superseded');
    expect(await jobRow(id)).toMatchObject({ status: 'running', lockedBy: 'taker', attempts: 2 });
    const failing = { ...job, run: async () => Promise.reject(new Error('late failure')) };
    expect(await runClaimed(db(), [failing], slow as NonNullable<typeof slow>)).toBe('superseded');
    expect(await jobRow(id)).toMatchObject({
      status: 'running',
      lockedBy: 'taker',
      lastError: null,
    });
    expect(await runClaimed(db(), [job], taker as NonNullable<typeof taker>)).toBe('done');
    expect(await jobRow(id)).toMatchObject({ status: 'done', lockedBy: null, attempts: 2 });
  });

  it('renews the lease while a long job runs: no takeover while its runner lives', async () => {
    let takeover: unknown = 'not tried';
    let id = 0;
    const long = defineJob({
      name: 'test.long',
      version: 1,
      payload: z.object({}),
      run: async () => {
        // Once a beat has renewed the lease (however slow the machine), a runner looking past
        // the claim's first lease finds the job still held.
        const first = later(LEASE_MS).toISOString();
        await expect
          .poll(async () => new Date(String((await jobRow(id)).lockedUntil)).toISOString(), {
            timeout: 20_000,
          })
          .not.toBe(first);
        takeover = await claimNext(db(), 'taker', later(LEASE_MS + 1));
      },
    });
    id = Number(await enqueue(db(), long, {}, { runAt: T0 }));
    const claim = await claimNext(db(), 'long', T0);
    if (!claim) throw new Error('not claimed');
    const outcome = await runClaimed(db(), [long], claim, T0, {
      everyMs: 20,
      leaseMs: LEASE_MS,
      clock: () => later(LEASE_MS - 1_000),
    });
    expect(takeover).toBeNull();
    expect(outcome).toBe('done');
    expect(await jobRow(id)).toMatchObject({ status: 'done', lockedBy: null, attempts: 1 });
  });

  it('runs ticks from the runner and stops cleanly', async () => {
    const { job, runs } = flaky(0);
    await enqueue(db(), job, { n: 1 });
    const runner = startJobRunner(db(), { intervalMs: 3_600_000, definitions: [job, ...JOBS] });
    await runner.tick();
    await runner.stop();
    expect(runs()).toBe(1);
    const today = new Date().toISOString().slice(0, 10);
    const daily = await db()
      .selectFrom('jobs')
      .select('status')
      .where('uniqueKey', '=', `warnings.compute:${today}`)
      .executeTakeFirstOrThrow();
    expect(daily.status).toBe('done');
  });
});
