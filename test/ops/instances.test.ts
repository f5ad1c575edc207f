/**
 * Several instances on one PostgreSQL (issue 12 proofs, decision 0045): three apps, each with
 * its own connection pool and in-process caches, as three servers behind a load balancer would
 * be, share sessions, jobs, rate limits and what they hold in memory. Whatever one instance
 * changes, the others act on at once.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { type Database, openDatabase } from '../../src/db/database.js';
import { buildApp } from '../../src/http/app.js';
import type { App } from '../../src/http/types.js';
import { SESSION_COOKIE } from '../../src/modules/accounts/authenticate.js';
import { defineJob } from '../../src/modules/jobs/definition.js';
import { enqueue, runDueJobs } from '../../src/modules/jobs/queue.js';
import { scheduleDaily } from '../../src/modules/jobs/registry.js';
import { createTestUser } from '../support/accounts.js';
import { createScratchDatabase, selectedEngines } from '../support/db.js';

const BUDGET = 60;

describe.skipIf(!selectedEngines().includes('postgres') || !inject('pgAdminUrl'))(
  'several instances on one PostgreSQL',
  () => {
    let drop: () => Promise<void>;
    const databases: Database[] = [];
    const apps: App[] = [];
    let a: App;
    let b: App;
    let c: App;

    beforeAll(async () => {
      const scratch = await createScratchDatabase('postgres', 'reference');
      drop = scratch.drop;
      for (let i = 0; i < 3; i++) {
        const database = openDatabase(scratch.url);
        databases.push(database);
        const app = await buildApp({
          database,
          cookieSecure: false,
          sessionHours: 12,
          webRoot: null,
          logLevel: 'silent',
          anonymousPerMinute: BUDGET,
        });
        await app.ready();
        apps.push(app);
      }
      [a, b, c] = apps as [App, App, App];
    });
    afterAll(async () => {
      for (const app of apps) await app.close();
      for (const database of databases) await database.close();
      await drop?.();
    });

    const db = (i: number) => (databases[i] as Database).db;
    const signIn = (app: App, username: string, password: string, remoteAddress = '127.0.0.1') =>
      app.inject({
        method: 'POST',
        url: '/api/session',
        remoteAddress,
        payload: { username, password },
      });
    const cookieOf = (res: Awaited<ReturnType<typeof signIn>>) => {
      const cookie = res.cookies.find((k) => k.name === SESSION_COOKIE);
      if (res.statusCode !== 200 || !cookie) throw new Error(`sign-in failed: ${res.body}`);
      return `${SESSION_COOKIE}=${cookie.value}`;
    };
    const whoAmI = (app: App, cookie: string) =>
      app.inject({ url: '/api/session', headers: { cookie } });
    const coordinator = async () => {
      const { username, password } = await createTestUser(databases[0] as Database, {
        role: 'coordinator',
      });
      return cookieOf(await signIn(a, username, password));
    };

    describe('sessions', () => {
      it('a session opened on one instance is valid on the others; signing out on one ends it on all', async () => {
        const { username, password } = await createTestUser(databases[0] as Database, {
          role: 'viewer',
        });
        const cookie = cookieOf(await signIn(a, username, password));
        for (const app of [a, b, c]) {
          const res = await whoAmI(app, cookie);
          expect(res.statusCode).toBe(200);
          expect(res.json().user.username).toBe(username);
        }
        const out = await b.inject({ method: 'DELETE', url: '/api/session', headers: { cookie } });
        expect(out.statusCode).toBe(204);
        for (const app of [a, b, c]) expect((await whoAmI(app, cookie)).statusCode).toBe(401);
      });

      it("a password set or grants changed on one instance take effect on the others' next request", async () => {
        const office = await coordinator();
        const { user, username, password } = await createTestUser(databases[0] as Database, {
          role: 'viewer',
        });
        const cookie = cookieOf(await signIn(c, username, password));
        expect((await a.inject({ url: '/api/jobs', headers: { cookie } })).statusCode).toBe(403);
        const granted = await b.inject({
          method: 'PATCH',
          url: `/api/users/${username}`,
          headers: { cookie: office },
          payload: { grants: [{ role: 'coordinator' }], version: user.version },
        });
        expect(granted.statusCode, granted.body).toBe(200);
        expect((await a.inject({ url: '/api/jobs', headers: { cookie } })).statusCode).toBe(200);
        const reset = await b.inject({
          method: 'PUT',
          url: `/api/users/${username}/password`,
          headers: { cookie: office },
          payload: { password: 'a new long password' },
        });
        expect(reset.statusCode, reset.body).toBeLessThan(300);
        for (const app of [a, b, c]) expect((await whoAmI(app, cookie)).statusCode).toBe(401);
      });
    });

    describe('jobs', () => {
      it('each due job is claimed and run once, by whichever instance claims it first', async () => {
        const runs = new Map<number, string[]>();
        const jobOf = (instance: string) =>
          defineJob({
            name: 'test.instances',
            version: 1,
            payload: z.object({ n: z.number() }),
            run: async (ctx) => {
              runs.set(ctx.job.id, [...(runs.get(ctx.job.id) ?? []), instance]);
              await new Promise((resolve) => setTimeout(resolve, 5));
            },
          });
        const ids: number[] = [];
        for (let n = 0; n < 40; n++) ids.push(Number(await enqueue(db(0), jobOf('a'), { n })));
        const results = await Promise.all(
          ['a', 'b', 'c'].map((name, i) =>
            runDueJobs(db(i), [jobOf(name)], { worker: `instance-${name}` }),
          ),
        );
        expect(results.reduce((sum, r) => sum + r.done, 0)).toBe(40);
        expect([...runs.keys()].sort((x, y) => x - y)).toEqual(ids);
        for (const [id, by] of runs) expect(by, `job ${id}`).toHaveLength(1);
        // The work was shared, not done by one instance while the others waited.
        expect(new Set([...runs.values()].flat()).size).toBeGreaterThan(1);
        const rows = await db(1)
          .selectFrom('jobs')
          .select(['status', 'attempts'])
          .where('name', '=', 'test.instances')
          .execute();
        expect(rows.every((r) => r.status === 'done' && r.attempts === 1)).toBe(true);
      });

      it("the day's scheduled jobs are enqueued once, however many instances schedule them", async () => {
        await Promise.all([0, 1, 2, 0, 1, 2].map((i) => scheduleDaily(db(i))));
        const today = new Date().toISOString().slice(0, 10);
        const daily = await db(2)
          .selectFrom('jobs')
          .select('id')
          .where('uniqueKey', '=', `warnings.compute:${today}`)
          .execute();
        expect(daily).toHaveLength(1);
      });
    });

    describe('rate limits', () => {
      it('the sign-in throttle counts failures from every instance: the sixth try from that address waits, on any instance', async () => {
        const { username, password } = await createTestUser(databases[0] as Database, {
          role: 'viewer',
        });
        const guesser = '198.51.100.60';
        for (const [i, app] of [a, b, c, a, b].entries()) {
          const res = await signIn(app, username, `wrong ${i}`, guesser);
          expect(res.statusCode, res.body).toBe(401);
        }
        for (const app of [a, b, c]) {
          const res = await signIn(app, username, password, guesser);
          expect(res.statusCode).toBe(429);
          expect(res.json().code).toBe('auth.tooManyAttempts');
        }
        // The owner, from another address, is not locked out.
        expect((await signIn(b, username, password, '198.51.100.61')).statusCode).toBe(200);
      });

      it('a burst of guesses spread over the instances at once gets no more than the free tries', async () => {
        const { username } = await createTestUser(databases[0] as Database, { role: 'viewer' });
        const guesser = '198.51.100.62';
        const answers = await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            signIn(apps[i % 3] as App, username, `wrong ${i}`, guesser),
          ),
        );
        const statuses = answers.map((r) => r.statusCode).sort();
        expect(statuses.filter((s) => s === 401)).toHaveLength(5);
        expect(statuses.filter((s) => s === 429)).toHaveLength(5);
      });

      it('the anonymous budget per address is one budget across the instances', async () => {
        // Spending is per minute: start at the top of one so every request falls in it.
        const intoMinute = Date.now() % 60_000;
        if (intoMinute > 45_000) await new Promise((r) => setTimeout(r, 60_500 - intoMinute));
        const address = '198.51.100.63';
        // GET /api/quality costs 10 units: six fit in the budget of 60, spread over three instances.
        for (const app of [a, b, c, a, b, c]) {
          expect(
            (await app.inject({ url: '/api/quality', remoteAddress: address })).statusCode,
          ).toBe(200);
        }
        for (const app of [a, b, c]) {
          const res = await app.inject({ url: '/api/quality', remoteAddress: address });
          expect(res.statusCode).toBe(429);
          expect(res.json().code).toBe('request.rateLimited');
        }
      });
    });

    describe('caches', () => {
      it('reference data changed through one instance is served changed by the others at once', async () => {
        const office = await coordinator();
        const get = async (app: App, url: string) => (await app.inject({ url })).json();
        // Every instance reads (and keeps) the reference data first.
        for (const app of [a, b, c]) {
          expect((await get(app, '/api/areas/653130')).name).toBe('巴楚县');
          expect((await get(app, '/api/organisations/310000')).name).not.toBe('上海（改）');
        }
        const write = (app: App, method: 'PATCH' | 'PUT', url: string, payload: object) =>
          app.inject({ method, url, headers: { cookie: office }, payload });
        expect(
          (await write(b, 'PATCH', '/api/areas/653130', { name: '巴楚（改）' })).statusCode,
        ).toBe(200);
        expect(
          (await write(c, 'PATCH', '/api/organisations/310000', { name: '上海（改）' })).statusCode,
        ).toBe(200);
        const threshold = await write(a, 'PUT', '/api/programmes/xinjiang/thresholds/2031', {
          countyAndBelowBp: 8100,
          livelihoodBp: 8200,
        });
        expect(threshold.statusCode, threshold.body).toBeLessThan(300);
        for (const app of [a, b, c]) {
          expect((await get(app, '/api/areas/653130')).name).toBe('巴楚（改）');
          expect((await get(app, '/api/organisations/310000')).name).toBe('上海（改）');
          const programme = await get(app, '/api/programmes/xinjiang');
          expect(JSON.stringify(programme)).toContain('8200');
        }
      });

      it('reference data changed outside shanhai (SQL by hand) is served changed too', async () => {
        for (const app of [a, b, c]) await app.inject({ url: '/api/project-types' });
        await db(2)
          .updateTable('projectTypes')
          .set({ name: '民生（改）' })
          .where('code', '=', 'livelihood')
          .execute();
        for (const app of [a, b, c]) {
          const list: { code: string; name: string }[] = (
            await app.inject({ url: '/api/project-types' })
          ).json().items;
          expect(list.find((t) => t.code === 'livelihood')?.name).toBe('民生（改）');
        }
      });
    });
  },
);
