import { hostname } from 'node:os';
import { systemActor } from '../domain/access.js';
import { isIsoDate, todayUtc } from '../domain/dates.js';
import { runDueJobs } from '../modules/jobs/queue.js';
import { JOBS, scheduleDaily } from '../modules/jobs/registry.js';
import { computeWarnings } from '../modules/warnings/compute.js';
import { withDatabase } from './open.js';

/** `shanhai jobs run-due`: enqueues today's scheduled jobs (once a day) and runs every due job once. */
export async function jobsRunDueCommand(): Promise<void> {
  await withDatabase(async (database) => {
    const scheduled = await scheduleDaily(database.db);
    const result = await runDueJobs(database.db, JOBS, {
      worker: `cli:${hostname()}:${process.pid}`,
    });
    console.log(
      `jobs: ${scheduled} scheduled, ${result.done} done, ${result.retried} to retry, ${result.failed} failed`,
    );
    if (result.failed > 0) process.exitCode = 1;
  });
}

/** `shanhai warnings compute [--today YYYY-MM-DD]`: computes the early warnings now. */
export async function warningsComputeCommand(opts: { today?: string }): Promise<void> {
  const today = opts.today ?? todayUtc();
  if (!isIsoDate(today)) throw new Error(`--today must be a date written YYYY-MM-DD, not ${today}`);
  await withDatabase(async (database) => {
    const r = await computeWarnings({ actor: systemActor('cli'), db: database.db }, today);
    console.log(
      `warnings as of ${r.today}: ${r.candidates} conditions, ${r.created} new, ${r.autoResolved} resolved automatically, ${r.stillClosed} already closed`,
    );
  });
}
