/**
 * The in-process job runner `serve` starts: every interval it enqueues the day's scheduled jobs
 * (once a day, by unique key) and runs the due ones. The timer is unref'd, so it never keeps the
 * process alive, and `stop()` waits for a tick in progress.
 */
import { hostname } from 'node:os';
import type { Executor } from '../../db/database.js';
import type { JobDefinition } from './definition.js';
import { runDueJobs } from './queue.js';
import { JOBS, scheduleDaily } from './registry.js';

export interface JobRunner {
  /** Runs one tick now (schedule, then due jobs); ticks never overlap. */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

export interface JobRunnerOptions {
  intervalMs?: number;
  worker?: string;
  definitions?: readonly JobDefinition[];
  onError?: (err: unknown) => void;
}

export function startJobRunner(db: Executor, options: JobRunnerOptions = {}): JobRunner {
  const worker = options.worker ?? `${hostname()}:${process.pid}`;
  const definitions = options.definitions ?? JOBS;
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    running ??= (async () => {
      try {
        await scheduleDaily(db);
        await runDueJobs(db, definitions, { worker });
      } catch (err) {
        options.onError?.(err);
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const timer = setInterval(() => void tick(), options.intervalMs ?? 60_000);
  timer.unref();
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
