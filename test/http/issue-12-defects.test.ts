/**
 * Regression tests for the defects of issue 12 found by the probe, each named after its defect,
 * on both engines. (Defect 1, sums beyond 2^53 fen: test/compliance/sums-beyond-2-53.test.ts.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { findControlCharacter } from '../../src/http/control-characters.js';
import { SESSION_COOKIE } from '../../src/modules/accounts/authenticate.js';
import { historyCount, useApp } from '../modules/support.js';
import { createTestUser, loginAs, sessionCookieFor } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { buildProjectInput, createTestProject } from '../support/factories.js';

describe('issue 12 defect 2: which characters count as control characters', () => {
  it('finds NUL, other C0 controls, DEL and C1 in values and keys, not tab, LF or CR', () => {
    for (const bad of ['\u0000', '\u0001', '\u001b', '\u000b', '\u007f', '\u0085', '\u009f']) {
      expect(findControlCharacter({ a: [`x${bad}y`] }, 'body'), JSON.stringify(bad)).toBe(
        'body.a.0',
      );
    }
    expect(findControlCharacter({ 'k\u0000': 1 }, 'body')).toBe('body');
    expect(findControlCharacter({ n: { m: 'a\tb\nc\r\nd 中文 ✓' } }, 'body')).toBeNull();
    expect(findControlCharacter(42, 'body')).toBeNull();
  });
});

describeEachDatabase('issue 12 defect 2: NUL characters refused at the edge', (ctx) => {
  const t = useApp(ctx);
  let coordinator = '';
  beforeAll(async () => {
    coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
  });

  const expectRefused = (
    res: { statusCode: number; json: () => unknown; headers: Record<string, unknown> },
    field: string,
  ) => {
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({
      status: 400,
      type: '/problems/validation',
      code: 'validation.controlCharacter',
      errors: [{ field, code: 'validation.controlCharacter' }],
    });
  };

  it('GET /api/projects?q=a%00b and /api/areas?q=a%00b: 400 naming query.q, anonymously', async () => {
    for (const url of ['/api/projects?q=a%00b', '/api/areas?q=a%00b', '/api/areas?q=%1B']) {
      const res = await t.app.inject({ method: 'GET', url });
      expectRefused(res, 'query.q');
    }
  });

  it('a NUL in a path parameter: 400 naming it', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/projects/A%00B' });
    expectRefused(res, 'params.code');
  });

  it('POST /api/session with a NUL in the username: 400 naming body.username, zh and en', async () => {
    const zh = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'accept-language': 'zh-CN' },
      payload: { username: 'admin\u0000', password: 'whatever' },
    });
    expectRefused(zh, 'body.username');
    expect(zh.json()).toMatchObject({
      title: '请求有误',
      detail: '不能包含控制字符（如空字符）',
      errors: [{ message: '不能包含控制字符（如空字符）' }],
    });
    const en = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'accept-language': 'en' },
      payload: { username: 'admin\u0000', password: 'whatever' },
    });
    expectRefused(en, 'body.username');
    expect(en.json()).toMatchObject({ detail: 'must not contain control characters such as NUL' });
  });

  it('a line feed is no control character to refuse: a wrong password stays 401', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'nobody-here', password: 'two\nlines' },
    });
    expect(res.statusCode).toBe(401);
  });

  it('a NUL deep in a body (a project name) is refused and nothing is stored', async () => {
    const before = await historyCount(ctx.database);
    const input = buildProjectInput({ name: { zh: '和田\u0000项目', en: 'Hotan' } });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/projects',
      headers: { cookie: coordinator },
      payload: input,
    });
    expectRefused(res, 'body.name.zh');
    expect(await historyCount(ctx.database)).toBe(before);
    const stored = await ctx.database.db
      .selectFrom('projects')
      .select('id')
      .where('code', '=', input.code)
      .execute();
    expect(stored).toEqual([]);
  });
});

describeEachDatabase('issue 12 defect 3: the cross-site request guard', (ctx) => {
  const t = useApp(ctx);
  let cookie = '';
  let username = '';
  beforeAll(async () => {
    const user = await createTestUser(ctx.database, { role: 'viewer' });
    username = user.username;
    cookie = await sessionCookieFor(t.app, user.username, user.password);
  });

  const createToken = (headers: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { host: 'shanhai.example', ...headers },
      payload: { name: 'guarded' },
    });

  it('cookie + Authorization: Basic + a foreign Origin: refused 403 (was 201)', async () => {
    const res = await createToken({
      cookie,
      authorization: `Basic ${Buffer.from('a:b').toString('base64')}`,
      origin: 'https://evil.example',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'request.crossOrigin' });
  });

  it('a cookie request is checked on scheme, host and port', async () => {
    for (const origin of [
      'https://shanhai.example',
      'http://shanhai.example:8080',
      'http://evil.example',
      'null',
    ]) {
      const res = await createToken({ cookie, origin });
      expect(res.statusCode, origin).toBe(403);
    }
    const own = await createToken({ cookie, origin: 'http://shanhai.example' });
    expect(own.statusCode).toBe(201);
    const noOrigin = await createToken({ cookie });
    expect(noOrigin.statusCode).toBe(201);
  });

  it('behind a trusted proxy, the forwarded scheme is the one that counts', async () => {
    const app = await buildApp({
      database: ctx.database,
      cookieSecure: false,
      sessionHours: 12,
      webRoot: null,
      logLevel: 'silent',
      trustProxy: true,
      allowedHosts: ['shanhai.example'],
    });
    try {
      const post = (origin: string) =>
        app.inject({
          method: 'POST',
          url: '/api/tokens',
          headers: {
            cookie,
            host: 'shanhai.example',
            'x-forwarded-proto': 'https',
            origin,
          },
          payload: { name: 'proxied' },
        });
      expect((await post('https://shanhai.example')).statusCode).toBe(201);
      expect((await post('http://shanhai.example')).statusCode).toBe(403);
    } finally {
      await app.close();
    }
  });

  it('a bearer-token request never uses the cookie, and is not bound to an Origin', async () => {
    const other = await createTestUser(ctx.database, { role: 'auditor' });
    const otherCookie = await sessionCookieFor(t.app, other.username, other.password);
    const { secret } = (await createToken({ cookie })).json();
    const bearer = { authorization: `Bearer ${secret}` };

    const me = await t.app.inject({
      url: '/api/session',
      headers: { ...bearer, cookie: otherCookie },
    });
    expect(me.json().user.username).toBe(username);

    const invalid = await t.app.inject({
      url: '/api/session',
      headers: { authorization: 'Bearer shk_nonsense', cookie: otherCookie },
    });
    expect(invalid.statusCode).toBe(401);

    const foreign = await createToken({ ...bearer, origin: 'https://evil.example' });
    expect(foreign.statusCode).toBe(201);
    expect(foreign.cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
  });
});

describeEachDatabase('issue 12 defect 4: tokens outlive a password reset', (ctx) => {
  const t = useApp(ctx);

  const tokenOf = async (cookie: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { cookie },
      payload: { name: 'nightly' },
    });
    expect(res.statusCode).toBe(201);
    return `Bearer ${res.json().secret}`;
  };
  const works = async (authorization: string) =>
    (await t.app.inject({ url: '/api/session', headers: { authorization } })).statusCode;
  const setPassword = (cookie: string, username: string, body: object) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/users/${username}/password`,
      headers: { cookie },
      payload: body,
    });

  it("an administrator's reset revokes every token of the user, and only theirs", async () => {
    const user = await createTestUser(ctx.database, { role: 'viewer' });
    const bystander = await createTestUser(ctx.database, { role: 'viewer' });
    const cookie = await sessionCookieFor(t.app, user.username, user.password);
    const [one, two] = [await tokenOf(cookie), await tokenOf(cookie)];
    const theirs = await tokenOf(
      await sessionCookieFor(t.app, bystander.username, bystander.password),
    );
    expect(await works(one)).toBe(200);
    const admin = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    const res = await setPassword(admin, user.username, { password: 'an entirely new secret' });
    expect(res.statusCode).toBe(204);
    expect(await works(one)).toBe(401);
    expect(await works(two)).toBe(401);
    expect(await works(theirs)).toBe(200);
    const listed = await t.app.inject({
      url: '/api/tokens',
      headers: { cookie: await sessionCookieFor(t.app, user.username, 'an entirely new secret') },
    });
    for (const token of listed.json().items) expect(token.revokedAt).not.toBeNull();
  });

  it("changing one's own password revokes one's tokens too", async () => {
    const user = await createTestUser(ctx.database, { role: 'viewer' });
    const cookie = await sessionCookieFor(t.app, user.username, user.password);
    const token = await tokenOf(cookie);
    const res = await setPassword(cookie, user.username, {
      password: 'another new secret',
      currentPassword: user.password,
    });
    expect(res.statusCode).toBe(204);
    expect(await works(token)).toBe(401);
  });
});

describeEachDatabase('issue 12 defect 5: existence oracles', (ctx) => {
  const t = useApp(ctx);
  let beijing = '';
  let hidden = '';
  let shown = '';
  const MISSING = 'NOPE-2024-SH-0001';

  beforeAll(async () => {
    beijing = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '110000' });
    hidden = (await createTestProject(ctx.database, { donor: '310000', year: 2024 })).code;
    shown = (
      await createTestProject(ctx.database, { donor: '310000', year: 2024, published: true })
    ).code;
  });

  const writes = (code: string) => [
    { method: 'PATCH' as const, url: `/api/projects/${code}`, payload: { budgetFen: 1 } },
    {
      method: 'POST' as const,
      url: `/api/projects/${code}/transactions`,
      payload: { type: 'commitment', valueFen: 1, date: '2024-05-01', planned: false },
    },
    {
      method: 'POST' as const,
      url: `/api/projects/${code}/transitions`,
      payload: { to: 'started', date: '2024-05-01' },
    },
    {
      method: 'PUT' as const,
      url: `/api/projects/${code}/results`,
      payload: [{ metric: 'jobs', planned: true, value: 3 }],
    },
  ];

  it("another donor's unpublished project answers every write as a missing one: 404", async () => {
    const before = await historyCount(ctx.database);
    const hiddenWrites = writes(hidden);
    const missingWrites = writes(MISSING);
    for (const [i, write] of hiddenWrites.entries()) {
      const a = await t.app.inject({ ...write, headers: { cookie: beijing } });
      const b = await t.app.inject({ ...missingWrites[i], headers: { cookie: beijing } } as never);
      const label = `${write.method} ${write.url}`;
      expect(a.statusCode, `${label} ${a.body}`).toBe(404);
      expect(b.statusCode, label).toBe(404);
      expect(a.json().code, label).toBe('project.notFound');
      expect(a.json().code, label).toBe(b.json().code);
    }
    expect(await historyCount(ctx.database)).toBe(before);
  });

  it('a published project of another donor still answers 403 to a write (it is seen)', async () => {
    const [patch] = writes(shown);
    const res = await t.app.inject({
      ...(patch as NonNullable<typeof patch>),
      headers: { cookie: beijing },
    });
    expect(res.statusCode).toBe(403);
  });

  it('plan what-if with an unseen project: 422 project.unknown, as for a missing one', async () => {
    const whatIf = (code: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/plans/what-if',
        headers: { cookie: beijing },
        payload: {
          programme: 'xinjiang',
          donor: '110000',
          year: 2024,
          items: [{ project: code, plannedFen: 100 }],
        },
      });
    const a = await whatIf(hidden);
    const b = await whatIf(MISSING);
    expect(a.statusCode, a.body).toBe(422);
    expect(a.json()).toMatchObject({
      code: 'project.unknown',
      errors: [{ field: 'items.0.project', code: 'project.unknown' }],
    });
    expect(b.json().code).toBe('project.unknown');
    expect(a.body).not.toContain('310000');
    // A project Beijing sees but does not fund is still told apart (it is no secret).
    expect((await whatIf(shown)).json().code).toBe('plan.itemNotDonor');
  });

  it('GET /api/rates?project= of an unseen project: 422, as for a missing one', async () => {
    const rates = (code: string) =>
      t.app.inject({
        url: `/api/rates?programme=xinjiang&year=2024&donor=110000&project=${code}`,
        headers: { cookie: beijing },
      });
    const a = await rates(hidden);
    const b = await rates(MISSING);
    expect(a.statusCode, a.body).toBe(422);
    expect(b.statusCode).toBe(422);
    expect(a.json().code).toBe('rates.projectNotInProgramme');
    expect(a.json().code).toBe(b.json().code);
    expect((await rates(shown)).statusCode).toBe(200);
  });
});
