/** The job queue through the API: the programme office lists jobs and retries a failed one. */
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineJob } from '../../src/modules/jobs/definition.js';
import { enqueue, runDueJobs } from '../../src/modules/jobs/queue.js';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';

describeEachDatabase('jobs API', (ctx) => {
  const t = useApp(ctx);

  it('lists jobs with their last error, retries a failed one, and refuses the rest', async () => {
    let failing = true;
    const job = defineJob({
      name: 'test.api',
      version: 1,
      maxAttempts: 1,
      payload: z.object({}),
      run: async () => {
        if (failing) throw new Error('the disk is full');
      },
    });
    const id = (await enqueue(ctx.database.db, job, {})) ?? 0;
    await runDueJobs(ctx.database.db, [job], { worker: 'w1' });

    const coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    const get = (url: string, cookie = coordinator) => t.app.inject({ url, headers: { cookie } });
    const retry = (jobId: number, cookie = coordinator) =>
      t.app.inject({ method: 'POST', url: `/api/jobs/${jobId}/retry`, headers: { cookie } });

    const failed = (await get('/api/jobs?status=failed')).json();
    expect(failed.items).toEqual([
      expect.objectContaining({
        id,
        name: 'test.api',
        status: 'failed',
        attempts: 1,
        lastError: 'the disk is full',
      }),
    ]);

    const res = await retry(id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id, status: 'queued', attempts: 0 });
    failing = false;
    expect(await runDueJobs(ctx.database.db, [job], { worker: 'w1' })).toEqual({
      done: 1,
      retried: 0,
      failed: 0,
    });
    expect((await get(`/api/jobs?name=test.api`)).json().items[0]).toMatchObject({
      status: 'done',
    });

    // Only a failed job is retried; an unknown one does not exist; the queue is the office's.
    const again = await retry(id);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'job.notFailed', params: { status: 'done' } });
    expect(again.json().errors).toEqual([
      {
        field: 'status',
        code: 'job.notFailed',
        params: { id, status: 'done' },
        message: `job ${id} is done: only a failed job is retried`,
      },
    ]);
    expect((await retry(999_999)).statusCode).toBe(404);
    const auditor = await loginAs(t.app, ctx.database, { role: 'auditor' });
    expect((await get('/api/jobs', auditor)).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/jobs' })).statusCode).toBe(401);
  });
});
