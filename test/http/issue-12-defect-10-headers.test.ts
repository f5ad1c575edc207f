/**
 * Regression tests for defect 10 of issue 12 (anonymous work without bounds) and the security
 * headers of its proofs (decision 0040), on both engines. Defects 6, 8, 9:
 * issue-12-defects-6-9.test.ts.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { pruneRequestCounts, ROUTE_COSTS } from '../../src/http/rate-limit.js';
import { CONTENT_SECURITY_POLICY } from '../../src/http/security-headers.js';
import type { App } from '../../src/http/types.js';
import { SESSION_COOKIE } from '../../src/modules/accounts/authenticate.js';
import { useApp } from '../modules/support.js';
import { createTestUser, loginAs } from '../support/accounts.js';
import { type DbTestContext, describeEachDatabase } from '../support/db.js';

const build = (ctx: DbTestContext, options: Partial<Parameters<typeof buildApp>[0]> = {}) =>
  buildApp({
    database: ctx.database,
    cookieSecure: false,
    sessionHours: 12,
    webRoot: null,
    logLevel: 'silent',
    ...options,
  });

describeEachDatabase('issue 12 defect 10: anonymous work without bounds', (ctx) => {
  // Two instances of the server on one database, with a small budget: 25 units a minute.
  let one: App;
  let two: App;
  beforeAll(async () => {
    one = await build(ctx, { anonymousPerMinute: 25 });
    two = await build(ctx, { anonymousPerMinute: 25 });
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
  });
  const quality = (app: App, remoteAddress: string, headers: Record<string, string> = {}) =>
    app.inject({ url: '/api/quality', remoteAddress, headers });

  it('GET /api/quality anonymously: the third from one address in a minute is 429, across instances (was unbounded)', async () => {
    // Spending is per minute: start at the top of a minute so the three fall in one.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 50_000) await new Promise((r) => setTimeout(r, 60_500 - intoMinute));
    expect((await quality(one, '198.51.100.20')).statusCode).toBe(200);
    expect((await quality(two, '198.51.100.20')).statusCode).toBe(200);
    const refused = await quality(one, '198.51.100.20');
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.json()).toMatchObject({ code: 'request.rateLimited' });
    const wait = Number(refused.headers['retry-after']);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    // Another address has its own budget; a signed-in caller is not counted.
    expect((await quality(two, '198.51.100.21')).statusCode).toBe(200);
    const cookie = await loginAs(one, ctx.database, { role: 'viewer' });
    expect((await quality(one, '198.51.100.20', { cookie })).statusCode).toBe(200);
  });

  it('counts cheap routes at 1 and the expensive ones more, in the database', async () => {
    expect(
      (await one.inject({ url: '/api/areas?limit=1', remoteAddress: '198.51.100.30' })).statusCode,
    ).toBe(200);
    expect(
      (await one.inject({ url: '/api/projects', remoteAddress: '198.51.100.30' })).statusCode,
    ).toBe(200);
    const rows = await ctx.database.db
      .selectFrom('requestCounts')
      .select('spent')
      .where('address', '=', '198.51.100.30')
      .execute();
    expect(rows.reduce((sum, r) => sum + Number(r.spent), 0)).toBe(
      1 + (ROUTE_COSTS['GET /api/projects'] ?? 0),
    );
    expect(
      await pruneRequestCounts(ctx.database.db, new Date(Date.now() + 2 * 3600_000)),
    ).toBeGreaterThan(0);
  });

  it('prices only routes that exist, and every public route is listed as bounded', () => {
    const routes = new Set(one.routeCatalog.map((r) => `${r.method} ${r.url}`));
    for (const key of Object.keys(ROUTE_COSTS)) expect(routes.has(key), key).toBe(true);
    const publicApi = one.routeCatalog
      .filter((r) => r.access === 'public' && r.url.startsWith('/api/'))
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    // Each answers from stored rows by index, a projection or reference data held in memory
    // (decision 0040 lists how); a new public route must be added there and here.
    expect(publicApi).toEqual([
      'DELETE /api/session',
      'GET /api/areas',
      'GET /api/areas/:code',
      'GET /api/areas/:code/funds',
      'GET /api/openapi.json',
      'GET /api/organisations',
      'GET /api/organisations/:code',
      'GET /api/pairings',
      'GET /api/pairings/:id',
      'GET /api/pairings/classify',
      'GET /api/programmes',
      'GET /api/programmes/:code',
      'GET /api/project-types',
      'GET /api/projects',
      'GET /api/projects/:code',
      'GET /api/projects/:code/quality',
      'GET /api/projects/:code/transactions',
      // The public pages (decision 0055): analytics over the maintained totals, rate-limited.
      'GET /api/public/areas/:code',
      'GET /api/public/areas/:code/csv',
      'GET /api/public/donors/:code',
      'GET /api/public/donors/:code/csv',
      'GET /api/public/iati',
      'GET /api/public/iati-organisations',
      'GET /api/public/map',
      'GET /api/public/map/csv',
      'GET /api/public/overview',
      'GET /api/public/overview/csv',
      'GET /api/public/rules',
      'GET /api/public/rules/csv',
      'GET /api/quality',
      'GET /api/quality/rules',
      'POST /api/session',
    ]);
  });
});

describeEachDatabase('issue 12: security headers', (ctx) => {
  const t = useApp(ctx);

  it('every answer carries the CSP, frame denial, no-sniff and referrer policy, errors too', async () => {
    for (const url of ['/api/areas?limit=1', '/api/nothing-here', '/healthz']) {
      const res = await t.app.inject({ url });
      expect(res.headers['content-security-policy'], url).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('same-origin');
      expect(res.headers['strict-transport-security'], url).toBeUndefined();
    }
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
  });

  it('the session cookie is Secure when served over TLS (a trusted proxy says https), not over http', async () => {
    const { username, password } = await createTestUser(ctx.database, { role: 'viewer' });
    const app = await build(ctx, { trustProxy: true });
    try {
      const signIn = (proto: string) =>
        app.inject({
          method: 'POST',
          url: '/api/session',
          headers: { 'x-forwarded-proto': proto },
          payload: { username, password },
        });
      const tls = await signIn('https');
      const cookie = String(tls.headers['set-cookie']);
      expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
      expect(cookie).toMatch(/; Secure/);
      expect(tls.headers['strict-transport-security']).toBe('max-age=31536000');
      const plain = await signIn('http');
      expect(String(plain.headers['set-cookie'])).not.toMatch(/Secure/);
    } finally {
      await app.close();
    }
  });
});
