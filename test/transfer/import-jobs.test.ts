/**
 * Import jobs (issue 11 point 2, decision 0081) on both engines: a job's lifecycle (202, queued,
 * running with its progress moving, done with the synchronous route's report), a commit as a
 * job, an IATI file as a job (progress in bytes), a file that cannot be read (failed with its
 * problem), only the owner and the office read a job, and a job a stopped server left running
 * is failed as interrupted (by the start-up sweep, or when read).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../src/http/types.js';
import {
  failInterruptedImportJobs,
  importJobsSettled,
  importJobWatchers,
  STALE_MS,
} from '../../src/modules/transfer/import-jobs.js';
import { createTestUser, sessionCookieFor, TEST_PASSWORD } from '../support/accounts.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';

const HEADER = '项目编号,项目名称,牵头援助方,项目类型,预算（元）,项目地点';
/** A projects CSV of `n` rows; `type` 'nope' makes every row an error (checked, never applied). */
const csv = (prefix: string, n: number, type = 'livelihood') => {
  const lines = [HEADER];
  for (let i = 1; i <= n; i++) {
    lines.push(`${prefix}-${String(i).padStart(5, '0')},任务导入${i},110000,${type},500000,653201`);
  }
  return Buffer.from(`${lines.join('\n')}\n`);
};
const IATI = readFileSync(
  join(__dirname, '../../../shared/iati/activity-standard-example-annotated.xml'),
);

describeEachDatabase('import jobs', (ctx) => {
  let app: App;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
    for (const [who, grant] of [
      ['coordinator', { role: 'coordinator' as const }],
      ['beijing', { role: 'donor-editor' as const, orgCode: '110000' }],
      ['beijing2', { role: 'donor-editor' as const, orgCode: '110000' }],
      ['viewer', { role: 'viewer' as const }],
    ] as const) {
      const { username } = await createTestUser(ctx.database, grant);
      cookies[who] = await sessionCookieFor(app, username, TEST_PASSWORD);
    }
  });
  afterAll(async () => {
    await importJobsSettled();
    await app.close();
  });

  const post = (who: string, url: string, payload: object) =>
    app.inject({
      method: 'POST',
      url,
      headers: { cookie: cookies[who] ?? '', 'accept-language': 'zh-CN' },
      payload,
    });
  const get = (who: string | null, id: number, lang = 'zh-CN') =>
    app.inject({
      method: 'GET',
      url: `/api/imports/jobs/${id}`,
      headers: { ...(who ? { cookie: cookies[who] ?? '' } : {}), 'accept-language': lang },
    });

  it('runs a dry run as a job: 202, progress moving, then the synchronous route’s report', async () => {
    const file = csv('JOBA', 3000, 'nope');
    const events: Array<{ id: number; phase: string | null; done: number; total: number | null }> =
      [];
    let midway: Promise<Awaited<ReturnType<typeof get>>> | null = null;
    let jobId = 0;
    const watch = (
      id: number,
      live: { phase: string | null; done: number; total: number | null },
    ) => {
      events.push({ id, ...live });
      // Asked while the rows are being checked: the job is seen running, part-way.
      if (!midway && live.phase === 'checking' && live.done >= 1000) midway = get('beijing', id);
    };
    importJobWatchers.add(watch);
    try {
      const started = await post('beijing', '/api/imports/projects/jobs', {
        contentBase64: file.toString('base64'),
        filename: 'big.csv',
        programme: 'xinjiang',
      });
      expect(started.statusCode, started.body).toBe(202);
      const job = started.json();
      jobId = job.id;
      expect(job).toMatchObject({
        kind: 'projects',
        dryRun: true,
        filename: 'big.csv',
        size: file.length,
        state: 'queued',
        progress: { unit: 'rows', done: 0, total: null },
        report: null,
        error: null,
      });
      await importJobsSettled();
    } finally {
      importJobWatchers.delete(watch);
    }
    const seen = events.filter((e) => e.id === jobId);
    // The progress moved forward through reading, checking (to the last row) and applying.
    expect(seen.map((s) => s.phase).filter((p, i, a) => p !== a[i - 1])).toEqual([
      'reading',
      'checking',
      'applying',
    ]);
    const checking = seen.filter((s) => s.phase === 'checking');
    expect(checking.length).toBeGreaterThanOrEqual(10);
    expect(
      checking.every(
        (s, i) => s.total === 3000 && (i === 0 || s.done > (checking[i - 1]?.done ?? 0)),
      ),
    ).toBe(true);
    expect(midway).not.toBeNull();
    const mid = (await (midway as unknown as Promise<Awaited<ReturnType<typeof get>>>)).json();
    expect(mid).toMatchObject({ state: 'running', progress: { unit: 'rows', total: 3000 } });
    expect(mid.progress.done).toBeGreaterThanOrEqual(1000);
    expect(mid.report).toBeNull();

    const done = await get('beijing', jobId);
    expect(done.statusCode).toBe(200);
    const view = done.json();
    expect(view).toMatchObject({
      state: 'done',
      phase: null,
      progress: { unit: 'rows', done: 3000, total: 3000 },
      error: null,
    });
    expect(view.finishedAt).not.toBeNull();
    const sync = await post('beijing', '/api/imports/projects', {
      contentBase64: file.toString('base64'),
      filename: 'big.csv',
      programme: 'xinjiang',
    });
    expect(sync.statusCode).toBe(200);
    expect(view.report).toEqual(sync.json());
    expect(view.report).toMatchObject({ rows: 3000, accepted: 0, skipped: 3000 });
  });

  it('commits as a job: the rows stored in one transaction, the report as the route’s', async () => {
    const file = csv('JOBC', 5);
    const started = await post('beijing', '/api/imports/projects/jobs', {
      contentBase64: file.toString('base64'),
      programme: 'xinjiang',
      dryRun: false,
    });
    expect(started.statusCode).toBe(202);
    await importJobsSettled();
    const view = (await get('beijing', started.json().id)).json();
    expect(view, JSON.stringify(view.report?.problems)).toMatchObject({
      dryRun: false,
      state: 'done',
      report: { dryRun: false, rows: 5, accepted: 5, counts: { created: 5 } },
    });
    const stored = await ctx.database.db
      .selectFrom('projects')
      .select('code')
      .where('code', 'like', 'JOBC-%')
      .execute();
    expect(stored).toHaveLength(5);
  });

  it('runs an IATI file as a job, its progress in bytes, its report the IATI route’s', async () => {
    const body = {
      contentBase64: IATI.toString('base64'),
      programme: 'xinjiang',
      donor: '110000',
      type: 'livelihood',
      area: '653201',
    };
    const started = await post('coordinator', '/api/imports/iati/jobs', body);
    expect(started.statusCode, started.body).toBe(202);
    expect(started.json()).toMatchObject({
      kind: 'iati',
      progress: { unit: 'bytes', done: 0, total: IATI.length },
    });
    await importJobsSettled();
    const view = (await get('coordinator', started.json().id)).json();
    expect(view).toMatchObject({
      state: 'done',
      progress: { unit: 'bytes', done: IATI.length, total: IATI.length },
      report: { kind: 'iati', dryRun: true, rows: 1, counts: { activities: 1 } },
    });
    const sync = await post('coordinator', '/api/imports/iati', body);
    expect(view.report).toEqual(sync.json());
  });

  it('fails a job whose file cannot be read, with the problem in the language asked', async () => {
    const started = await post('beijing', '/api/imports/projects/jobs', {
      contentBase64: Buffer.from([0, 1, 2, 3, 255, 254, 0, 0]).toString('base64'),
    });
    expect(started.statusCode).toBe(202);
    await importJobsSettled();
    const zh = (await get('beijing', started.json().id)).json();
    expect(zh).toMatchObject({
      state: 'failed',
      report: null,
      error: { code: 'import.unreadable' },
    });
    expect(zh.error.message).toContain('无法读取该文件');
    const en = (await get('beijing', started.json().id, 'en')).json();
    expect(en.error.message).toMatch(/^the file cannot be read/);
  });

  it('lets only the owner and the programme office read a job (403 others, 401 anonymous, 404 none)', async () => {
    const started = await post('beijing', '/api/imports/projects/jobs', {
      contentBase64: csv('JOBO', 1).toString('base64'),
    });
    const id = started.json().id as number;
    await importJobsSettled();
    expect((await get('beijing', id)).statusCode).toBe(200);
    expect((await get('coordinator', id)).statusCode).toBe(200);
    expect((await get('beijing2', id)).statusCode).toBe(403);
    expect((await get('viewer', id)).statusCode).toBe(403);
    expect((await get(null, id)).statusCode).toBe(401);
    const none = await get('coordinator', id + 1000);
    expect(none.statusCode).toBe(404);
    expect(none.json().code).toBe('importJob.notFound');
    // Starting one is behind the kind's import policy.
    const viewer = await post('viewer', '/api/imports/projects/jobs', {
      contentBase64: csv('JOBV', 1).toString('base64'),
    });
    expect(viewer.statusCode).toBe(403);
  });

  it('fails a job a stopped server left running: at start-up, or when read after going stale', async () => {
    const owner = await ctx.database.db
      .selectFrom('users')
      .select('id')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const insert = async (updatedAt: Date) => {
      const at = updatedAt.toISOString();
      const row = await ctx.database.db
        .insertInto('importJobs')
        .values({
          ownerId: Number(owner.id),
          kind: 'projects',
          dryRun: 0,
          filename: 'lost.xlsx',
          size: 10,
          options: '{}',
          state: 'running',
          phase: 'applying',
          unit: 'rows',
          done: 5,
          total: 10,
          worker: 'another-host:1',
          startedAt: at,
          createdAt: at,
          updatedAt: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    };
    const state = async (id: number) =>
      (
        await ctx.database.db
          .selectFrom('importJobs')
          .select(['state', 'error'])
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).state;

    // Read after its process stopped writing for STALE_MS: failed, interrupted.
    const stale = await insert(new Date(Date.now() - STALE_MS - 60_000));
    const read = (await get('coordinator', stale)).json();
    expect(read).toMatchObject({ state: 'failed', error: { code: 'importJob.interrupted' } });
    expect(read.error.message).toBe('服务器重启，导入任务中断，未保存任何内容：请重新上传文件');

    // Fresh, another process's: still running when read.
    const fresh = await insert(new Date());
    expect((await get('coordinator', fresh)).json()).toMatchObject({
      state: 'running',
      progress: { done: 5, total: 10 },
    });
    // The start-up sweep: on SQLite (one process per file) every unfinished job; on PostgreSQL
    // (processes may share the database) only those gone stale.
    const swept = await failInterruptedImportJobs(ctx.database.db);
    if (ctx.engine === 'sqlite') {
      expect(swept).toBe(1);
      expect(await state(fresh)).toBe('failed');
    } else {
      expect(swept).toBe(0);
      expect(await state(fresh)).toBe('running');
      expect(
        await failInterruptedImportJobs(ctx.database.db, new Date(Date.now() + STALE_MS + 1000)),
      ).toBe(1);
      expect(await state(fresh)).toBe('failed');
    }
  });
});
