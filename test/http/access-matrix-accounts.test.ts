/**
 * The accounts routes asked by every kind of caller: signing in and out, one's own session and
 * API tokens (a caller only ever sees its own), the user registry (the programme office and
 * auditors; everyone else only themselves). The account writes (users, passwords, revoking a
 * token) are in access-matrix.test.ts.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../src/http/types.js';
import { SESSION_COOKIE } from '../../src/modules/accounts/authenticate.js';
import {
  EVERY_CALLER,
  everyone,
  expectExercised,
  type MatrixCase,
  signInCallers,
  statusesOf,
  type Who,
} from '../support/access-matrix.js';
import { createTestUser, sessionCookieFor, TEST_PASSWORD } from '../support/accounts.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';
import { ACCOUNT_ROUTES } from './access-matrix-accounts.routes.js';

describeEachDatabase('access matrix: accounts', (ctx) => {
  let app: App;
  let cookies = new Map<Who, string | undefined>();
  let usernames = new Map<Who, string>();

  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
    ({ cookies, usernames } = await signInCallers(app, ctx.database));
  });
  afterAll(async () => app.close());

  const headersOf = (who: Who) => {
    const cookie = cookies.get(who);
    return cookie ? { cookie } : {};
  };

  const cases: MatrixCase[] = [
    { route: 'GET /api/session', url: () => '/api/session', expect: everyone(200) },
    { route: 'GET /api/tokens', url: () => '/api/tokens', expect: everyone(200) },
    {
      route: 'POST /api/tokens',
      method: 'POST',
      url: () => '/api/tokens',
      payload: () => ({ name: 'matrix' }),
      expect: everyone(201),
    },
    {
      route: 'GET /api/users',
      url: () => '/api/users',
      expect: { ...everyone(403), coordinator: 200, auditor: 200 },
    },
    {
      // Shanghai's editor: the office and auditors read anyone; others only themselves.
      route: 'GET /api/users/:username',
      url: () => `/api/users/${usernames.get('shanghai') ?? 'shanghai'}`,
      expect: { ...everyone(403), coordinator: 200, auditor: 200, shanghai: 200 },
    },
    {
      // A username that does not exist answers others as an existing one does: no oracle.
      route: 'GET /api/users/:username',
      url: () => '/api/users/nobody-by-this-name',
      expect: { ...everyone(403), coordinator: 404, auditor: 404 },
    },
  ];

  for (const c of cases) {
    it(`${c.route}: ${c.url()} answers each caller as its policy says`, async () => {
      expect(await statusesOf(app, cookies, c)).toEqual(c.expect);
    });
  }

  it('GET /api/session and /api/users/:username: each caller is told about itself', async () => {
    for (const who of EVERY_CALLER.filter((w) => w !== 'anonymous')) {
      const username = usernames.get(who);
      const session = await app.inject({ url: '/api/session', headers: headersOf(who) });
      expect(session.json().user.username, who).toBe(username);
      const own = await app.inject({ url: `/api/users/${username}`, headers: headersOf(who) });
      expect(own.statusCode, `${who}: ${own.body}`).toBe(200);
    }
  });

  it("GET /api/tokens lists only the caller's own tokens", async () => {
    for (const who of EVERY_CALLER.filter((w) => w !== 'anonymous')) {
      const res = await app.inject({ url: '/api/tokens', headers: headersOf(who) });
      const names = res.json().items.map((t: { name: string }) => t.name);
      // The matrix case above made one token per caller, all named alike.
      expect(names, who).toEqual(['matrix']);
    }
  });

  it('POST /api/session: the right password signs anyone in (200, a cookie); a wrong one is 401', async () => {
    const { username } = await createTestUser(ctx.database, {
      role: 'donor-editor',
      orgCode: '310000',
    });
    const right = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username, password: TEST_PASSWORD },
    });
    expect(right.statusCode, right.body).toBe(200);
    expect(right.cookies.some((c) => c.name === SESSION_COOKIE && c.value !== '')).toBe(true);
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username, password: 'not the password' },
    });
    expect(wrong.statusCode).toBe(401);
    // Already signed in as someone else: signing in again is allowed (the new user's session).
    for (const who of EVERY_CALLER.filter((w) => w !== 'anonymous')) {
      const again = await app.inject({
        method: 'POST',
        url: '/api/session',
        headers: headersOf(who),
        payload: { username, password: TEST_PASSWORD },
      });
      expect(again.statusCode, who).toBe(200);
    }
  });

  it('DELETE /api/session ends only the caller’s own session (204; a no-op anonymously)', async () => {
    const { username, password } = await createTestUser(ctx.database, { role: 'viewer' });
    const mine = await sessionCookieFor(app, username, password);
    const other = await sessionCookieFor(app, username, password);
    expect((await app.inject({ method: 'DELETE', url: '/api/session' })).statusCode).toBe(204);
    const out = await app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie: mine },
    });
    expect(out.statusCode).toBe(204);
    expect((await app.inject({ url: '/api/session', headers: { cookie: mine } })).statusCode).toBe(
      401,
    );
    expect((await app.inject({ url: '/api/session', headers: { cookie: other } })).statusCode).toBe(
      200,
    );
  });

  it('requested every route it declares', () => expectExercised(app, ACCOUNT_ROUTES));
});
