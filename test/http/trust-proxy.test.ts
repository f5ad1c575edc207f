/** TRUST_PROXY: which client address sign-in records (and login throttling counts by). */
import { expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { createTestUser } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';

describeEachDatabase('trusting a proxy', (ctx) => {
  async function signInThroughProxy(trustProxy: boolean | string) {
    const app = await buildApp({
      database: ctx.database,
      cookieSecure: false,
      sessionHours: 12,
      webRoot: null,
      logLevel: 'silent',
      trustProxy,
    });
    const { username, password } = await createTestUser(ctx.database, { role: 'viewer' });
    const res = await app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'x-forwarded-for': '203.0.113.9' },
      payload: { username, password },
      remoteAddress: '127.0.0.1',
    });
    await app.close();
    expect(res.statusCode, res.body).toBe(200);
    const row = await ctx.database.db
      .selectFrom('loginAttempts')
      .select('ip')
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    return row.ip;
  }

  it('ignores X-Forwarded-For by default', async () => {
    expect(await signInThroughProxy(false)).toBe('127.0.0.1');
  });

  it('believes a trusted proxy', async () => {
    expect(await signInThroughProxy('127.0.0.1')).toBe('203.0.113.9');
  });
});
