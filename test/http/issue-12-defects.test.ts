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
import { buildProjectInput } from '../support/factories.js';

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
