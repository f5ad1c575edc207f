import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/access.js';
import { verifyPassword } from '../../src/domain/passwords.js';
import type { App } from '../../src/http/types.js';
import { createTestUser, loginAs, sessionCookieFor, TEST_PASSWORD } from '../support/accounts.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';

describeEachDatabase('users', (ctx) => {
  let app: App;
  let admin: string;
  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
    admin = await loginAs(app, ctx.database, { role: 'coordinator' });
  });
  afterAll(async () => {
    await app.close();
  });

  const userCount = async () =>
    (await ctx.database.db.selectFrom('users').select('id').execute()).length;
  const historyOf = (username: string) =>
    ctx.database.db
      .selectFrom('history')
      .selectAll()
      .where('entityType', '=', 'user')
      .where('entityId', '=', username)
      .orderBy('id')
      .execute();
  const post = (cookie: string, body: object) =>
    app.inject({ method: 'POST', url: '/api/users', headers: { cookie }, body });

  describe('creating', () => {
    it('creates a user in lower case, shaped without the hash, with an ETag', async () => {
      const res = await post(admin, {
        username: 'Li.Wei',
        displayName: '李伟',
        password: 'a long enough password',
        grants: [{ role: 'recipient-editor', areaCode: '653201' }],
      });
      expect(res.statusCode).toBe(201);
      expect(res.headers.etag).toBe('"1"');
      const body = res.json();
      expect(body).toMatchObject({
        username: 'li.wei',
        displayName: '李伟',
        origin: 'api',
        disabled: false,
        version: 1,
        roles: [{ role: 'recipient-editor', org: null, area: { code: '653201' } }],
      });
      expect(Object.keys(body)).not.toContain('passwordHash');
      expect(res.body).not.toContain('scrypt');
    });

    it('records the creation in the history, grants included and never the hash', async () => {
      await post(admin, {
        username: 'zhang-min',
        password: 'a long enough password',
        grants: [{ role: 'donor-editor', orgCode: '110000' }],
      });
      const [entry, ...more] = await historyOf('zhang-min');
      expect(more).toHaveLength(0);
      expect(entry?.action).toBe('create');
      expect(entry?.actor).toMatch(/^user:t-coordinator-/);
      expect(JSON.parse(entry?.after ?? 'null')).toMatchObject({
        username: 'zhang-min',
        grants: [{ role: 'donor-editor', orgCode: '110000', areaCode: null }],
      });
      const all = await ctx.database.db.selectFrom('history').selectAll().execute();
      const text = JSON.stringify(all);
      expect(text).not.toMatch(/scrypt\$|passwordHash|password_hash/);
    });

    it('refuses a short password naming the field, and creates nothing', async () => {
      const before = await userCount();
      const res = await post(admin, { username: 'short-pw', password: 'short', grants: [] });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({
        errors: [{ field: 'password', message: expect.stringMatching(/too short/) }],
      });
      expect(await userCount()).toBe(before);
      expect(await historyOf('short-pw')).toHaveLength(0);
    });

    it('refuses a taken username, in any case, with 409', async () => {
      const body = { username: 'dup-user', password: TEST_PASSWORD, grants: [] };
      expect((await post(admin, body)).statusCode).toBe(201);
      const again = await post(admin, { ...body, username: 'DUP-User' });
      expect(again.statusCode).toBe(409);
      expect(again.json().errors).toEqual([
        {
          field: 'username',
          code: 'user.taken',
          params: { username: 'dup-user' },
          message: 'the username dup-user is taken',
        },
      ]);
    });

    it.each([
      [{ role: 'donor-editor' }, 'grants.0.orgCode'],
      [{ role: 'recipient-editor', areaCode: '999999' }, 'grants.0.areaCode'],
      [{ role: 'viewer', orgCode: 'NOPE' }, 'grants.0.orgCode'],
    ])('refuses the grant %j naming %s', async (grant, field) => {
      const before = await userCount();
      const res = await post(admin, {
        username: 'bad-grant',
        password: TEST_PASSWORD,
        grants: [grant],
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await userCount()).toBe(before);
    });

    it.each(['ab', 'has space', 'ünïcode', 'x'.repeat(65)])(
      'refuses the username %j',
      async (username) => {
        const res = await post(admin, { username, password: TEST_PASSWORD, grants: [] });
        expect(res.statusCode).toBe(422);
        expect(res.json().errors[0].field).toBe('username');
      },
    );
  });

  describe('access over HTTP, role by role', () => {
    const cookies = new Map<Role, string>();
    let targetName = '';
    beforeAll(async () => {
      for (const role of [
        'coordinator',
        'donor-editor',
        'recipient-editor',
        'auditor',
        'viewer',
      ] as const) {
        cookies.set(role, await loginAs(app, ctx.database, { role }));
      }
      targetName = (await createTestUser(ctx.database, { role: 'viewer' })).username;
    });

    // [role, GET /users, POST /users, GET /users/{other}, PATCH /users/{other}]
    it.each([
      ['coordinator', 200, 201, 200, 200],
      ['auditor', 200, 403, 200, 403],
      ['donor-editor', 403, 403, 403, 403],
      ['recipient-editor', 403, 403, 403, 403],
      ['viewer', 403, 403, 403, 403],
    ] as const)(
      '%s: list %i, create %i, read %i, change %i',
      async (role, list, create, read, change) => {
        const cookie = cookies.get(role) ?? '';
        const headers = { cookie };
        expect((await app.inject({ url: '/api/users', headers })).statusCode).toBe(list);
        const created = await post(cookie, {
          username: `made-by-${role}`,
          password: TEST_PASSWORD,
          grants: [{ role: 'viewer' }],
        });
        expect(created.statusCode).toBe(create);
        expect((await app.inject({ url: `/api/users/${targetName}`, headers })).statusCode).toBe(
          read,
        );
        const current = await app.inject({
          url: `/api/users/${targetName}`,
          headers: { cookie: admin },
        });
        const patched = await app.inject({
          method: 'PATCH',
          url: `/api/users/${targetName}`,
          headers: { ...headers, 'if-match': String(current.headers.etag) },
          body: { displayName: `renamed by ${role}` },
        });
        expect(patched.statusCode).toBe(change);
      },
    );

    it('lets every user read themself', async () => {
      const { username, password } = await createTestUser(ctx.database, { role: 'viewer' });
      const cookie = await sessionCookieFor(app, username, password);
      const res = await app.inject({ url: `/api/users/${username}`, headers: { cookie } });
      expect(res.statusCode).toBe(200);
      expect(res.json().username).toBe(username);
    });

    it('hides whether a username exists from those who may not read users', async () => {
      const headers = { cookie: cookies.get('viewer') ?? '' };
      expect((await app.inject({ url: '/api/users/no-such-user', headers })).statusCode).toBe(403);
      const asAdmin = await app.inject({
        url: '/api/users/no-such-user',
        headers: { cookie: admin },
      });
      expect(asAdmin.statusCode).toBe(404);
    });
  });

  describe('changing', () => {
    it('applies a change with the current If-Match, and refuses a stale one changing nothing', async () => {
      const { username } = await createTestUser(ctx.database, { role: 'viewer' });
      const url = `/api/users/${username}`;
      const ok = await app.inject({
        method: 'PATCH',
        url,
        headers: { cookie: admin, 'if-match': '"1"' },
        body: { displayName: 'First edit', grants: [{ role: 'auditor' }] },
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.headers.etag).toBe('"2"');
      expect(ok.json()).toMatchObject({ displayName: 'First edit', roles: [{ role: 'auditor' }] });

      const stale = await app.inject({
        method: 'PATCH',
        url,
        headers: { cookie: admin, 'if-match': '"1"' },
        body: { displayName: 'Lost update', grants: [{ role: 'coordinator' }] },
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().errors[0].field).toBe('version');
      const now = await app.inject({ url, headers: { cookie: admin } });
      expect(now.headers.etag).toBe('"2"');
      expect(now.json()).toMatchObject({ displayName: 'First edit', roles: [{ role: 'auditor' }] });
      expect((await historyOf(username)).map((h) => h.action)).toEqual(['create', 'update']);
    });

    it('takes the version from the body too, and wants one', async () => {
      const { username } = await createTestUser(ctx.database, { role: 'viewer' });
      const url = `/api/users/${username}`;
      const none = await app.inject({
        method: 'PATCH',
        url,
        headers: { cookie: admin },
        body: { displayName: 'No version' },
      });
      expect(none.statusCode).toBe(422);
      expect(none.json().errors[0].field).toBe('version');
      const viaBody = await app.inject({
        method: 'PATCH',
        url,
        headers: { cookie: admin },
        body: { displayName: 'With version', version: 1 },
      });
      expect(viaBody.statusCode).toBe(200);
      const staleBody = await app.inject({
        method: 'PATCH',
        url,
        headers: { cookie: admin },
        body: { displayName: 'Stale', version: 1 },
      });
      expect(staleBody.statusCode).toBe(409);
    });

    it('ends the sessions of a user it disables, who then cannot sign in', async () => {
      const { username, password } = await createTestUser(ctx.database, { role: 'viewer' });
      const cookie = await sessionCookieFor(app, username, password);
      const res = await app.inject({
        method: 'PATCH',
        url: `/api/users/${username}`,
        headers: { cookie: admin },
        body: { disabled: true, version: 1 },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ disabled: true, disabledAt: expect.any(String) });
      expect((await app.inject({ url: '/api/session', headers: { cookie } })).statusCode).toBe(401);
      const again = await app.inject({
        method: 'POST',
        url: '/api/session',
        body: { username, password },
      });
      expect(again.statusCode).toBe(403);
    });
  });

  describe('passwords', () => {
    const put = (cookie: string, username: string, body: object) =>
      app.inject({
        method: 'PUT',
        url: `/api/users/${username}/password`,
        headers: { cookie },
        body,
      });

    it('lets users change their own with the current one, ending their sessions', async () => {
      const { username, password } = await createTestUser(ctx.database, { role: 'viewer' });
      const cookie = await sessionCookieFor(app, username, password);
      const other = await sessionCookieFor(app, username, password);
      const missing = await put(cookie, username, { password: 'a brand new password' });
      expect(missing.statusCode).toBe(422);
      expect(missing.json().errors[0].field).toBe('currentPassword');
      const wrong = await put(cookie, username, {
        password: 'a brand new password',
        currentPassword: 'not my password',
      });
      expect(wrong.statusCode).toBe(422);
      expect(wrong.json().errors[0].field).toBe('currentPassword');
      const ok = await put(cookie, username, {
        password: 'a brand new password',
        currentPassword: password,
      });
      expect(ok.statusCode).toBe(204);
      for (const c of [cookie, other]) {
        expect((await app.inject({ url: '/api/session', headers: { cookie: c } })).statusCode).toBe(
          401,
        );
      }
      await expect(sessionCookieFor(app, username, password)).rejects.toThrow(/401/);
      await sessionCookieFor(app, username, 'a brand new password');
      const entry = (await historyOf(username)).at(-1);
      expect(entry?.action).toBe('set-password');
      expect(Object.keys(JSON.parse(entry?.after ?? '{}'))).toEqual([
        'passwordChangedAt',
        'tokensRevoked',
      ]);
    });

    it('throttles a burst of guesses at one’s current password: the free tries, then 429', async () => {
      const { username, password } = await createTestUser(ctx.database, { role: 'viewer' });
      const cookie = await sessionCookieFor(app, username, password);
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          put(cookie, username, {
            password: 'a brand new password',
            currentPassword: `guess ${i}`,
          }),
        ),
      );
      const statuses = answers.map((r) => r.statusCode);
      expect(statuses.filter((s) => s === 422)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(5);
      // The right password now waits too, and nothing was changed.
      const right = await put(cookie, username, {
        password: 'a brand new password',
        currentPassword: password,
      });
      expect(right.statusCode).toBe(429);
      const row = await ctx.database.db
        .selectFrom('users')
        .select('passwordHash')
        .where('username', '=', username)
        .executeTakeFirstOrThrow();
      expect(await verifyPassword(password, row.passwordHash)).toBe(true);
    });

    it('lets an account administrator set anyone’s; others may not', async () => {
      const { username } = await createTestUser(ctx.database, { role: 'viewer' });
      const editor = await loginAs(app, ctx.database, { role: 'donor-editor' });
      expect((await put(editor, username, { password: 'someone elses password' })).statusCode).toBe(
        403,
      );
      const short = await put(admin, username, { password: 'short' });
      expect(short.statusCode).toBe(422);
      expect(short.json().errors[0].field).toBe('password');
      expect((await put(admin, username, { password: 'set by the admin now' })).statusCode).toBe(
        204,
      );
      await sessionCookieFor(app, username, 'set by the admin now');
    });
  });
});
