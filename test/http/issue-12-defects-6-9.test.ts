/**
 * Regression tests for defects 6, 8 and 9 of issue 12 (decision 0040), each named after its
 * defect, on both engines. Defect 10 and the security headers: issue-12-defect-10-headers.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { allowedHostsOf, loadConfig } from '../../src/config.js';
import { buildApp } from '../../src/http/app.js';
import { hostName, isAllowedHost } from '../../src/http/host-check.js';
import { login } from '../../src/modules/accounts/service.js';
import { LOGIN_THROTTLE, pairDelayMs } from '../../src/modules/accounts/throttle.js';
import { isoDate } from '../../src/modules/core/schemas.js';
import { historyCount, useApp } from '../modules/support.js';
import { createTestUser, loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { createTestProject } from '../support/factories.js';

describeEachDatabase('issue 12 defect 6: lock-out of any known user', (ctx) => {
  const t = useApp(ctx);
  const signIn = (username: string, password: string, remoteAddress: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username, password },
      remoteAddress,
    });

  it('failures from a third party lock only its own address out, not the owner elsewhere (was 429 everywhere)', async () => {
    const { username, password } = await createTestUser(ctx.database, { role: 'coordinator' });
    for (let i = 0; i < LOGIN_THROTTLE.pairFreeFailures + 3; i++) {
      const res = await signIn(username, `guess ${i}`, '203.0.113.66');
      expect([401, 429]).toContain(res.statusCode);
    }
    const attacker = await signIn(username, password, '203.0.113.66');
    expect(attacker.statusCode).toBe(429);
    const owner = await signIn(username, password, '10.1.1.1');
    expect(owner.statusCode).toBe(200);
  });

  it('backs off: each failure beyond five doubles the wait of that address, up to an hour', async () => {
    expect(pairDelayMs(4)).toBe(0);
    expect(pairDelayMs(5)).toBe(60_000);
    expect(pairDelayMs(6)).toBe(120_000);
    expect(pairDelayMs(7)).toBe(240_000);
    expect(pairDelayMs(40)).toBe(LOGIN_THROTTLE.pairMaxDelayMs);

    const { username, password } = await createTestUser(ctx.database, { role: 'viewer' });
    const db = ctx.database.db;
    const ip = '198.51.100.7';
    const t0 = Date.now();
    const at = (ms: number) => new Date(t0 + ms);
    const attempt = (pw: string, ms: number) =>
      login(db, { username, password: pw, ip }, 12, at(ms)).then(
        () => 200,
        (err: { status?: number; retryAfterSeconds?: number }) =>
          err.status === 429 ? `429:${err.retryAfterSeconds}` : err.status,
      );
    for (let i = 0; i < 5; i++) expect(await attempt('wrong', i)).toBe(401);
    expect(await attempt(password, 10)).toBe('429:60');
    // After the first minute a sixth failure is counted; then two minutes.
    expect(await attempt('wrong', 61_000)).toBe(401);
    expect(await attempt(password, 62_000)).toBe('429:119');
    expect(await attempt(password, 61_000 + 120_001)).toBe(200);
  });

  it('failures spread over many addresses lock the username, except from where its owner signs in', async () => {
    const { username, password } = await createTestUser(ctx.database, { role: 'coordinator' });
    expect((await signIn(username, password, '10.2.2.2')).statusCode).toBe(200);
    const at = new Date().toISOString();
    await ctx.database.db
      .insertInto('loginAttempts')
      .values(
        Array.from({ length: LOGIN_THROTTLE.maxFailuresPerUsername }, (_, i) => ({
          username,
          ip: `192.0.2.${i + 1}`,
          at,
          succeeded: 0,
        })),
      )
      .execute();
    expect((await signIn(username, password, '10.3.3.3')).statusCode).toBe(429);
    expect((await signIn(username, password, '10.2.2.2')).statusCode).toBe(200);
  });
});

describeEachDatabase(
  'issue 12 defect 8: errors that are not problem+json, and loose input',
  (ctx) => {
    const t = useApp(ctx);
    let coordinator = '';
    let code = '';
    beforeAll(async () => {
      coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
      code = (await createTestProject(ctx.database, { year: 2024 })).code;
    });
    const record = (payload: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url: `/api/projects/${code}/transactions`,
        headers: { cookie: coordinator },
        payload: {
          type: 'disbursement',
          planned: false,
          valueFen: 100,
          date: '2024-05-01',
          ...payload,
        },
      });
    const problemOf = <R extends { headers: Record<string, unknown> }>(res: R): R => {
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      return res;
    };

    it('GET /%E0%A4%A: 400 problem+json request.badUrl (was Fastify JSON)', async () => {
      const res = problemOf(await t.app.inject({ url: '/%E0%A4%A' }));
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ status: 400, code: 'request.badUrl' });
    });

    it('a 60 KB query string: 431 problem+json request.headersTooLarge (was Node JSON)', async () => {
      const app = await buildApp({
        database: ctx.database,
        cookieSecure: false,
        sessionHours: 12,
        webRoot: null,
        logLevel: 'silent',
      });
      try {
        const url = await app.listen({ port: 0, host: '127.0.0.1' });
        const res = await fetch(`${url}/api/areas?q=${'a'.repeat(60_000)}`);
        expect(res.status).toBe(431);
        expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(await res.json()).toMatchObject({ status: 431, code: 'request.headersTooLarge' });
      } finally {
        await app.close();
      }
    });

    it('transaction dates in years 1000 and 9999: 400 validation.dateRange; 1949 and 2100 taken', async () => {
      for (const date of ['1000-01-01', '9999-12-31', '1948-12-31', '2101-01-01']) {
        const res = problemOf(await record({ date }));
        expect(res.statusCode, date).toBe(400);
        expect(res.json().errors).toEqual([
          expect.objectContaining({ field: 'body.date', code: 'validation.dateRange' }),
        ]);
      }
      for (const date of ['1949-01-01', '2100-12-31']) expect(isoDate.parse(date)).toBe(date);
      expect((await record({ date: '2024-12-31' })).statusCode).toBe(201);
    });

    it('valueFen: 0 on a transaction: 400 naming body.valueFen; 1 fen is taken', async () => {
      const before = await historyCount(ctx.database);
      const zero = problemOf(await record({ valueFen: 0 }));
      expect(zero.statusCode).toBe(400);
      expect(zero.json().errors).toEqual([
        expect.objectContaining({ field: 'body.valueFen', code: 'validation.tooSmallExclusive' }),
      ]);
      expect(await historyCount(ctx.database)).toBe(before);
      expect((await record({ valueFen: 1 })).statusCode).toBe(201);
    });

    it('a charset=utf-16 body: 415 request.charset, not read as UTF-8; utf-8 named or not is read', async () => {
      const body = JSON.stringify({ username: 'nobody-here', password: 'not the password' });
      const send = (type: string, payload: string | Buffer) =>
        t.app.inject({
          method: 'POST',
          url: '/api/session',
          headers: { 'content-type': type },
          payload,
        });
      const utf16 = problemOf(
        await send('application/json; charset=utf-16', Buffer.from(`\ufeff${body}`, 'utf16le')),
      );
      expect(utf16.statusCode).toBe(415);
      expect(utf16.json()).toMatchObject({
        code: 'request.charset',
        params: { charset: 'utf-16' },
      });
      expect((await send('application/json; charset=UTF-16LE', body)).statusCode).toBe(415);
      for (const type of [
        'application/json',
        'application/json; charset=UTF-8',
        'application/json;charset="utf8"',
      ]) {
        expect((await send(type, body)).statusCode, type).toBe(401);
      }
    });

    it('unknown keys in a body: 400 validation.unknownKeys naming them, nothing stored (were dropped)', async () => {
      const before = await historyCount(ctx.database);
      const res = problemOf(await record({ valueFen: 500, amount: 500 }));
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'validation.unknownKeys',
        errors: [{ field: 'body', code: 'validation.unknownKeys', params: { keys: 'amount' } }],
      });
      expect(await historyCount(ctx.database)).toBe(before);
      const nested = await t.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username: 'nobody-here', password: 'x', remember: true },
      });
      expect(nested.statusCode).toBe(400);
      expect(nested.json().errors[0]).toMatchObject({
        field: 'body',
        params: { keys: 'remember' },
      });
    });

    it('the OpenAPI document says request bodies take no other keys', async () => {
      const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
      const body =
        doc.paths['/api/projects/{code}/transactions'].post.requestBody.content['application/json']
          .schema;
      expect(body.additionalProperties).toBe(false);
      const project =
        doc.paths['/api/projects'].post.requestBody.content['application/json'].schema;
      expect(project.additionalProperties).toBe(false);
    });
  },
);

describe('issue 12 defect 9: which hosts are allowed', () => {
  it('reads a Host header as its lower-case name, without port, brackets or final dot', () => {
    expect(hostName('Shanhai.Example:8080')).toBe('shanhai.example');
    expect(hostName('[::1]:80')).toBe('::1');
    expect(hostName('localhost.')).toBe('localhost');
    expect(isAllowedHost('127.0.0.1:8080', [])).toBe(true);
    expect(isAllowedHost('evil.example', [])).toBe(false);
    expect(isAllowedHost('', ['shanhai.example'])).toBe(false);
    expect(isAllowedHost('anything', null)).toBe(true);
  });

  it('configures loopback, HOST, PUBLIC_URL and ALLOWED_HOSTS; refuses a wildcard HOST with none', () => {
    expect(allowedHostsOf(loadConfig({}))).toEqual(['127.0.0.1']);
    expect(
      allowedHostsOf(
        loadConfig({
          HOST: '0.0.0.0',
          PUBLIC_URL: 'https://ShanHai.example.gov.cn',
          ALLOWED_HOSTS: 'intranet.example, 10.0.0.5',
        }),
      ),
    ).toEqual(['intranet.example', '10.0.0.5', 'shanhai.example.gov.cn']);
    expect(allowedHostsOf(loadConfig({ HOST: '0.0.0.0', ALLOWED_HOSTS: '*' }))).toBeNull();
    expect(() => allowedHostsOf(loadConfig({ HOST: '0.0.0.0' }))).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ ALLOWED_HOSTS: 'a b' })).toThrow(/ALLOWED_HOSTS/);
  });
});

describeEachDatabase('issue 12 defect 9: Host header not checked', (ctx) => {
  const t = useApp(ctx);

  it('a DNS-rebinding page cannot sign in: another Host is 421 problem+json and opens no session', async () => {
    const { username, password } = await createTestUser(ctx.database, { role: 'coordinator' });
    const sessions = async () =>
      (await ctx.database.db.selectFrom('sessions').select('id').execute()).length;
    const before = await sessions();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { host: 'rebind.evil.example:8080', 'accept-language': 'zh-CN' },
      payload: { username, password },
    });
    expect(res.statusCode).toBe(421);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.json()).toMatchObject({
      code: 'request.host',
      params: { host: 'rebind.evil.example:8080' },
      detail: '此服务器不接受发往该主机名的请求',
    });
    expect(await sessions()).toBe(before);
    const read = await t.app.inject({ url: '/api/areas', headers: { host: 'evil.example' } });
    expect(read.statusCode).toBe(421);
  });

  it('loopback names and the configured names are served', async () => {
    for (const host of ['localhost:8080', '127.0.0.1', '[::1]:3000', 'shanhai.example']) {
      const res = await t.app.inject({ url: '/api/areas?limit=1', headers: { host } });
      expect(res.statusCode, host).toBe(200);
    }
  });

  it('behind a trusted proxy the forwarded host is the one checked', async () => {
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
      const get = (forwarded: string) =>
        app.inject({
          url: '/api/areas?limit=1',
          headers: { host: '10.0.0.9:8080', 'x-forwarded-host': forwarded },
        });
      expect((await get('shanhai.example')).statusCode).toBe(200);
      expect((await get('evil.example')).statusCode).toBe(421);
    } finally {
      await app.close();
    }
  });
});
