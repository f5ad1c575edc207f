/** Every job the runner knows, and the daily schedule. A new job adds one line to `JOBS`. */
import { z } from 'zod';
import type { Executor } from '../../db/database.js';
import { todayUtc } from '../../domain/dates.js';
import { isoDate } from '../core/schemas.js';
import { computeWarnings } from '../warnings/compute.js';
import { defineJob, type JobDefinition } from './definition.js';
import { enqueue } from './queue.js';

/** Computes the early warnings as of a day. */
export const warningsComputeJob = defineJob({
  name: 'warnings.compute',
  version: 1,
  payload: z.object({ today: isoDate }),
  run: (ctx, payload) => computeWarnings(ctx, payload.today),
});

export const JOBS: readonly JobDefinition[] = [warningsComputeJob];

/** Enqueues the day's scheduled jobs, once each however often it is called (unique keys). */
export async function scheduleDaily(db: Executor, now = new Date()): Promise<number> {
  const today = todayUtc(now);
  const id = await enqueue(
    db,
    warningsComputeJob,
    { today },
    {
      uniqueKey: `warnings.compute:${today}`,
      runAt: now,
    },
  );
  return id === null ? 0 : 1;
}
