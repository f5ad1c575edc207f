/**
 * The job queue as operators see it: list the jobs (what ran, what failed and why) and put a
 * failed job back in the queue, its attempts counted afresh.
 */
import { ConflictError, NotFoundError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { write } from '../write.js';
import type { JobRow } from './queue.js';
import type { JobListQuery, JobView } from './schema.js';

function present(row: JobRow): JobView {
  let payload: unknown = row.payload;
  try {
    payload = JSON.parse(row.payload);
  } catch {
    // kept as stored text
  }
  const iso = (v: string | Date) => (v instanceof Date ? v.toISOString() : v);
  return {
    id: Number(row.id),
    name: row.name,
    version: row.version,
    payload,
    status: row.status,
    runAt: iso(row.runAt),
    attempts: row.attempts,
    maxAttempts: row.maxAttempts,
    lastError: row.lastError,
    uniqueKey: row.uniqueKey,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

/** The jobs, newest first, filtered by status and name. */
export async function listJobs(ctx: ServiceContext, q: JobListQuery) {
  authorize(ctx.actor, 'jobs.read');
  let query = ctx.db.selectFrom('jobs');
  if (q.status) query = query.where('status', '=', q.status);
  if (q.name) query = query.where('name', '=', q.name);
  const [count, rows] = await Promise.all([
    query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    query.selectAll().orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute(),
  ]);
  return { items: rows.map(present), total: Number(count.n) };
}

/**
 * Puts a failed job back in the queue, due now, with its attempts counted from zero; its last
 * error stays until it runs again. Only a failed job (409 otherwise).
 */
export async function retryJob(ctx: ServiceContext, id: number): Promise<JobView> {
  authorize(ctx.actor, 'jobs.write');
  return write(ctx, async (uow) => {
    const trx = uow.trx;
    const row = await trx.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new NotFoundError(problem('job.notFound', { id }));
    if (row.status !== 'failed') {
      throw ConflictError.field('status', problem('job.notFailed', { id, status: row.status }));
    }
    const now = new Date().toISOString();
    await trx
      .updateTable('jobs')
      .set({
        status: 'queued',
        attempts: 0,
        runAt: now,
        lockedBy: null,
        lockedUntil: null,
        updatedAt: now,
      })
      .where('id', '=', id)
      .where('status', '=', 'failed')
      .execute();
    const after = await trx
      .selectFrom('jobs')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    uow.record({
      action: 'retry',
      entityType: 'job',
      entityId: String(id),
      before: { status: row.status, attempts: row.attempts, lastError: row.lastError },
      after: { status: after.status, attempts: after.attempts },
    });
    return present(after);
  });
}
