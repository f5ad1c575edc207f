import type { z } from 'zod';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../domain/access.js';

/** What a running job receives: the database, a system actor named after it, and its attempt. */
export interface JobContext {
  db: Executor;
  actor: Actor;
  job: { id: number; attempts: number; version: number };
  now: Date;
}

/**
 * A job: a name, a version (bumped when the payload changes incompatibly; a stored job of a
 * version the code does not know fails rather than running with the wrong payload), a Zod
 * payload schema checked when enqueued and again when run, and what it does.
 */
export interface JobDefinition<P extends z.ZodType = z.ZodType> {
  name: string;
  version: number;
  payload: P;
  /** Attempts before the job is marked failed (default 5). */
  maxAttempts?: number;
  run(ctx: JobContext, payload: z.output<P>): Promise<unknown>;
}

/** Declares a job with its payload type kept. */
export function defineJob<P extends z.ZodType>(job: JobDefinition<P>): JobDefinition<P> {
  return job;
}
