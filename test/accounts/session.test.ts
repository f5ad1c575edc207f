import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import type { App } from '../../src/http/types.js';
import { digestToken } from '../../src/modules/accounts/authenticate.js';
import { login, pruneLoginAttempts } from '../../src/modules/accounts/service.js';
import { LOGIN_THROTTLE } from '../../src/modules/accounts/throttle.js';
import { policies } from '../../src/modules/policies.js';
import { createTestUser, sessionCookieFor } from '../support/accounts.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';

describeEachDatabase('sign-in and sessions', (ctx) => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
  });
  afterAll(async () => {
    await app.close();
  });

  const counts = async () => {
    const db = ctx.database.db;
    const count = async (table: 'users' | 'sessions' | 'history' | 'loginAttempts') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      users: await count('users'),
      sessions: await count('sessions'),
      history: await count('history'),
      loginAttempts: await count('loginAttempts'),
    };
  };

  const signIn = (username: string, password: string, remoteAddress = '127.0.0.1') =>
    app.inject({
      method: 'POST',
      url: '/api/session',
      body: { username, password },
      remoteAddress,
    });

  it('signs in with an HttpOnly, SameSite=Strict cookie and shows the user', async () => {
    const { username, password } = await createTestUser(ctx.database, {
      role: 'donor-editor',
      orgCode: '110000',
    });
    const res = await signIn(username.toUpperCase(), password);
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^shanhai_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/');
    expect(setCookie).toContain(`Max-Age=${12 * 3600}`);
    expect(setCookie).not.toContain('Secure');

    const token = res.cookies[0]?.value ?? '';
    const stored = await ctx.database.db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', digestToken(token))
      .executeTakeFirst();
    expect(stored).toBeDefined();
    expect(JSON.stringify(stored)).not.toContain(token);

    const me = await app.inject({
      url: '/api/session',
      headers: { cookie: `shanhai_session=${token}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({
      user: {
        id: expect.any(Number),
        username,
        displayName: username,
        roles: [
          { role: 'donor-editor', org: { code: '110000', name: expect.any(String) }, area: null },
        ],
      },
      can: expect.objectContaining({
        'projects.write': true,
        'ledger.write': true,
        'plans.decide': false,
        'history.read': false,
        'warnings.assign': false,
      }),
    });
    // Every action is answered, by the policies themselves.
    expect(Object.keys(me.json().can).sort()).toEqual(Object.keys(policies).sort());
    expect(res.json()).toEqual(me.json());
  });

  it('answers a wrong password and an unknown user alike, writing only the attempt', async () => {
    const { username } = await createTestUser(ctx.database, { role: 'viewer' });
    const before = await counts();
    const wrong = await signIn(username, 'not the password at all', '10.0.0.2');
    const unknown = await signIn('nobody-here', 'not the password at all', '10.0.0.2');
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ status: 401, detail: 'wrong username or password' });
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    expect(await counts()).toEqual({ ...before, loginAttempts: before.loginAttempts + 2 });
    const attempts = await ctx.database.db
      .selectFrom('loginAttempts')
      .selectAll()
      .where('username', '=', username)
      .execute();
    expect(attempts).toMatchObject([{ succeeded: 0, ip: '10.0.0.2' }]);
  });

  it('refuses the 6th sign-in from the same address after 5 failures, even with the right password, until its backoff passes', async () => {
    const { username, password } = await createTestUser(ctx.database, { role: 'viewer' });
    for (let i = 0; i < LOGIN_THROTTLE.pairFreeFailures; i++) {
      expect((await signIn(username, `wrong password ${i}`, '10.0.0.3')).statusCode).toBe(401);
    }
    const sessionsBefore = (await counts()).sessions;
    const refused = await signIn(username, password, '10.0.0.3');
    expect(refused.statusCode).toBe(429);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(50);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.json()).toMatchObject({ status: 429, type: '/problems/too-many-requests' });
    expect((await counts()).sessions).toBe(sessionsBefore);

    // The real user gets in from there once the backoff has passed.
    const later = new Date(Date.now() + LOGIN_THROTTLE.pairBaseDelayMs + 1000);
    const session = await login(ctx.database.db, { username, password, ip: '10.0.0.3' }, 12, later);
    expect(session.user.username).toBe(username);
  });

  it('does not let a success reset the failure count', async () => {
    const { username, password } = await createTestUser(ctx.database, { role: 'viewer' });
    for (let i = 0; i < LOGIN_THROTTLE.pairFreeFailures - 1; i++) {
      await signIn(username, 'wrong password', '10.0.0.5');
    }
    expect((await signIn(username, password, '10.0.0.5')).statusCode).toBe(200);
    expect((await signIn(username, 'wrong password', '10.0.0.5')).statusCode).toBe(401);
    expect((await signIn(username, password, '10.0.0.5')).statusCode).toBe(429);
  });

  it('refuses an address after 30 failures across usernames', async () => {
    const { username, password } = await createTestUser(ctx.database, { role: 'viewer' });
    const ip = '10.0.0.6';
    // 29 recent failures on record, the 30th through the API.
    const at = new Date().toISOString();
    await ctx.database.db
      .insertInto('loginAttempts')
      .values(
        Array.from({ length: LOGIN_THROTTLE.maxFailuresPerIp - 1 }, (_, i) => ({
          username: `guess-${i}`,
          ip,
          at,
          succeeded: 0,
        })),
      )
      .execute();
    expect((await signIn('guess-last', 'wrong password', ip)).statusCode).toBe(401);
    expect((await signIn(username, password, ip)).statusCode).toBe(429);
    expect((await signIn(username, password, '10.0.0.7')).statusCode).toBe(200);
  });

  it('prunes attempts older than a day', async () => {
    const old = new Date(Date.now() - 25 * 3600_000).toISOString();
    await ctx.database.db
      .insertInto('loginAttempts')
      .values({ username: 'ancient', ip: '10.9.9.9', at: old, succeeded: 0 })
      .execute();
    expect(await pruneLoginAttempts(ctx.database.db)).toBeGreaterThanOrEqual(1);
    const left = await ctx.database.db
      .selectFrom('loginAttempts')
      .select('id')
      .where('username', '=', 'ancient')
      .execute();
    expect(left).toHaveLength(0);
  });

  it('refuses a forged cookie with a session-specific 401', async () => {
    const res = await app.inject({
      url: '/api/session',
      headers: { cookie: 'shanhai_session=forged-token-forged-token-forged-token-forged' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toMatch(/session is invalid or has expired/);
  });

  it('refuses an expired session', async () => {
    const { username, password } = await createTestUser(ctx.database, { role: 'viewer' });
    const cookie = await sessionCookieFor(app, username, password);
    const token = cookie.split('=')[1] ?? '';
    await ctx.database.db
      .updateTable('sessions')
      .set({ expiresAt: new Date(Date.now() - 60_000).toISOString() })
      .where('id', '=', digestToken(token))
      .execute();
    const res = await app.inject({ url: '/api/session', headers: { cookie } });
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toMatch(/session is invalid or has expired/);
  });

  it('ends the session on sign-out and clears the cookie', async () => {
    const { username, password } = await createTestUser(ctx.database, { role: 'viewer' });
    const cookie = await sessionCookieFor(app, username, password);
    const token = cookie.split('=')[1] ?? '';
    const out = await app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(
      /shanhai_session=;.*Expires=Thu, 01 Jan 1970/,
    );
    const row = await ctx.database.db
      .selectFrom('sessions')
      .select('id')
      .where('id', '=', digestToken(token))
      .executeTakeFirst();
    expect(row).toBeUndefined();
    expect((await app.inject({ url: '/api/session', headers: { cookie } })).statusCode).toBe(401);
    // Signing out without a session is no error.
    expect((await app.inject({ method: 'DELETE', url: '/api/session' })).statusCode).toBe(204);
  });

  it('refuses a disabled account', async () => {
    const { username, password } = await createTestUser(ctx.database, { role: 'viewer' });
    await ctx.database.db
      .updateTable('users')
      .set({ disabledAt: new Date().toISOString() })
      .where('username', '=', username)
      .execute();
    const res = await signIn(username, password, '10.0.0.8');
    expect(res.statusCode).toBe(403);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('asks for sign-in without a cookie', async () => {
    const res = await app.inject({ url: '/api/session' });
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toMatch(/sign in first/);
  });

  it('marks the cookie Secure behind TLS', async () => {
    const { username, password } = await createTestUser(ctx.database, { role: 'viewer' });
    const secureApp = await buildApp({
      database: ctx.database,
      cookieSecure: true,
      sessionHours: 2,
      logLevel: 'silent',
    });
    try {
      const res = await secureApp.inject({
        method: 'POST',
        url: '/api/session',
        body: { username, password },
      });
      expect(String(res.headers['set-cookie'])).toMatch(/Max-Age=7200;.*Secure/);
    } finally {
      await secureApp.close();
    }
  });
});
