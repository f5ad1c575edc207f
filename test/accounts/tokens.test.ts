import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../src/http/types.js';
import { digestToken } from '../../src/modules/accounts/authenticate.js';
import { createTestUser, loginAs, sessionCookieFor } from '../support/accounts.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';

describeEachDatabase('API tokens', (ctx) => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
  });
  afterAll(async () => {
    await app.close();
  });

  const createToken = (cookie: string, body: object = { name: 'nightly import' }) =>
    app.inject({ method: 'POST', url: '/api/tokens', headers: { cookie }, body });

  it('creates a token, shows its secret once, and stores only its digest', async () => {
    const { username, password } = await createTestUser(ctx.database, { role: 'viewer' });
    const cookie = await sessionCookieFor(app, username, password);
    const res = await createToken(cookie);
    expect(res.statusCode).toBe(201);
    const { token, secret } = res.json();
    expect(secret).toMatch(/^shk_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({ name: 'nightly import', username, prefix: secret.slice(4, 12) });

    const rows = await ctx.database.db.selectFrom('apiTokens').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(secret);
    expect(JSON.stringify(rows)).not.toContain(secret.slice(4));
    expect(rows.find((r) => r.id === token.id)?.tokenHash).toBe(digestToken(secret));
    const history = await ctx.database.db.selectFrom('history').selectAll().execute();
    expect(JSON.stringify(history)).not.toContain(secret.slice(4));

    const list = await app.inject({ url: '/api/tokens', headers: { cookie } });
    expect(list.json().items).toEqual([token]);
    expect(list.body).not.toContain(secret.slice(4));
  });

  it('authenticates with Bearer until revoked, then answers 401', async () => {
    const { username, password } = await createTestUser(ctx.database, { role: 'auditor' });
    const cookie = await sessionCookieFor(app, username, password);
    const { token, secret } = (await createToken(cookie)).json();
    const bearer = { authorization: `Bearer ${secret}` };

    const me = await app.inject({ url: '/api/session', headers: bearer });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.username).toBe(username);
    expect((await app.inject({ url: '/api/users', headers: bearer })).statusCode).toBe(200);

    const revoked = await app.inject({
      method: 'DELETE',
      url: `/api/tokens/${token.id}`,
      headers: bearer,
    });
    expect(revoked.statusCode).toBe(204);
    const after = await app.inject({ url: '/api/session', headers: bearer });
    expect(after.statusCode).toBe(401);
    expect(after.json().detail).toMatch(/API token is unknown, revoked or expired/);

    const actions = await ctx.database.db
      .selectFrom('history')
      .select('action')
      .where('entityType', '=', 'api-token')
      .where('entityId', '=', String(token.id))
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['create', 'revoke']);
  });

  it('refuses a made-up token and an expiry in the past', async () => {
    const res = await app.inject({
      url: '/api/session',
      headers: { authorization: 'Bearer shk_made-up-made-up-made-up-made-up-made-up-ma' },
    });
    expect(res.statusCode).toBe(401);
    const cookie = await loginAs(app, ctx.database, { role: 'viewer' });
    const past = await createToken(cookie, { name: 'old', expiresAt: '2020-01-01T00:00:00Z' });
    expect(past.statusCode).toBe(422);
    expect(past.json().errors[0].field).toBe('expiresAt');
    const blank = await createToken(cookie, { name: '   ' });
    expect(blank.json().errors[0].field).toBe('name');
  });

  it('keeps tokens to their owner; an account administrator may list and revoke anyone’s', async () => {
    const owner = await createTestUser(ctx.database, { role: 'donor-editor' });
    const ownerCookie = await sessionCookieFor(app, owner.username, owner.password);
    const { token } = (await createToken(ownerCookie)).json();
    const stranger = await loginAs(app, ctx.database, { role: 'auditor' });
    const admin = await loginAs(app, ctx.database, { role: 'coordinator' });

    const url = `/api/tokens?userId=${owner.user.id}`;
    expect((await app.inject({ url, headers: { cookie: stranger } })).statusCode).toBe(403);
    const del = { method: 'DELETE' as const, url: `/api/tokens/${token.id}` };
    expect((await app.inject({ ...del, headers: { cookie: stranger } })).statusCode).toBe(403);
    const listed = await app.inject({ url, headers: { cookie: admin } });
    expect(listed.json().items.map((t: { id: number }) => t.id)).toEqual([token.id]);
    expect((await app.inject({ ...del, headers: { cookie: admin } })).statusCode).toBe(204);
    expect((await app.inject({ ...del, headers: { cookie: admin } })).statusCode).toBe(204);
    const gone = await app.inject({
      method: 'DELETE',
      url: '/api/tokens/999999',
      headers: { cookie: admin },
    });
    expect(gone.statusCode).toBe(404);
  });
});
