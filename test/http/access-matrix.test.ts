import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/access.js';
import type { App } from '../../src/http/types.js';
import { createApiToken } from '../../src/modules/accounts/service.js';
import { createTestUser, loginAs } from '../support/accounts.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';

type Req = { method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; payload?: object };

/**
 * For every state-changing route, a request on Shanghai's records (or, for routes that are not
 * a donor's to use at all, on any record). A route added without an entry here fails the test.
 */
function shanghaiRequests(ids: {
  pairing: number;
  token: number;
  user: string;
}): Record<string, Req> {
  return {
    'POST /api/areas': {
      method: 'POST',
      url: '/api/areas',
      payload: {
        code: '653132',
        name: '新县',
        namePinyin: 'Xin Xian',
        parentCode: '653100',
        validFrom: '2026-01-01',
      },
    },
    'PATCH /api/areas/:code': {
      method: 'PATCH',
      url: '/api/areas/653130',
      payload: { name: '巴楚' },
    },
    'POST /api/organisations': {
      method: 'POST',
      url: '/api/organisations',
      payload: { code: '310000-H1', name: '上海某医院', kind: 'hospital', parentCode: '310000' },
    },
    'PATCH /api/organisations/:code': {
      method: 'PATCH',
      url: '/api/organisations/310000-HQ',
      payload: { name: '改名' },
    },
    'PUT /api/programmes/:code/thresholds/:fromYear': {
      method: 'PUT',
      url: '/api/programmes/xinjiang/thresholds/2025',
      payload: { countyAndBelowBp: 1, livelihoodBp: 1 },
    },
    'POST /api/pairings': {
      method: 'POST',
      url: '/api/pairings',
      payload: {
        donorCode: '310000',
        recipientAreaCode: '653130100',
        parentId: ids.pairing,
        validFrom: '2020-01-01',
      },
    },
    'PATCH /api/pairings/:id': {
      method: 'PATCH',
      url: `/api/pairings/${ids.pairing}`,
      payload: { validTo: '2020-12-31' },
    },
    'POST /api/users': {
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'sh-new',
        password: 'long enough password',
        grants: [{ role: 'donor-editor', orgCode: '310000' }],
      },
    },
    'PATCH /api/users/:username': {
      method: 'PATCH',
      url: `/api/users/${ids.user}`,
      payload: { disabled: true, version: 1 },
    },
    'PUT /api/users/:username/password': {
      method: 'PUT',
      url: `/api/users/${ids.user}/password`,
      payload: { password: 'another long password' },
    },
    'DELETE /api/tokens/:id': { method: 'DELETE', url: `/api/tokens/${ids.token}` },
    'POST /api/history/verify': { method: 'POST', url: '/api/history/verify', payload: {} },
  };
}

/** The actor of a user acting on their own account (tokens are created for oneself). */
function userActor(userId: number, username: string): Actor {
  return { kind: 'user', userId, username, grants: [], via: 'session' };
}

/** State-changing routes that every signed-in user may use on their own account. */
const OWN_ACCOUNT_ROUTES = ['POST /api/session', 'DELETE /api/session', 'POST /api/tokens'];

describeEachDatabase('access matrix', (ctx) => {
  let app: App;
  let requests: Record<string, Req>;
  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
    const pairing = await ctx.database.db
      .selectFrom('pairings')
      .select('id')
      .where('donorCode', '=', '310000')
      .where('recipientAreaCode', '=', '653130')
      .executeTakeFirstOrThrow();
    const shUser = await createTestUser(ctx.database, { role: 'donor-editor', orgCode: '310000' });
    const token = await createApiToken(
      { actor: userActor(shUser.user.id, shUser.username), db: ctx.database.db },
      { name: 'shanghai integration' },
    );
    requests = shanghaiRequests({
      pairing: pairing.id,
      token: token.token.id,
      user: shUser.username,
    });
  });
  afterAll(async () => app.close());

  it('has a case for every state-changing route', () => {
    const writes = app.routeCatalog
      .filter((r) => r.method !== 'GET' && r.access !== 'public')
      .map((r) => `${r.method} ${r.url}`)
      .filter((key) => !OWN_ACCOUNT_ROUTES.includes(key));
    expect(writes.sort()).toEqual(Object.keys(requests).sort());
  });

  for (const who of [
    { label: "Beijing's donor editor", role: 'donor-editor', orgCode: '110000' },
    { label: 'a recipient editor of Hotan', role: 'recipient-editor', areaCode: '653200' },
    { label: 'an auditor', role: 'auditor' },
    { label: 'a viewer', role: 'viewer' },
  ] as const) {
    it(`refuses ${who.label} every write on Shanghai's records (403), changing nothing`, async () => {
      const { label: _, ...grant } = who;
      const cookie = await loginAs(app, ctx.database, grant);
      const head = () =>
        ctx.database.db.selectFrom('historyHead').select('lastId').executeTakeFirstOrThrow();
      const before = await head();
      for (const [key, req] of Object.entries(requests)) {
        if (who.role === 'auditor' && key === 'POST /api/history/verify') continue; // auditors verify
        const res = await app.inject({ ...req, headers: { cookie } });
        expect(res.statusCode, `${who.label}: ${key} → ${res.body}`).toBe(403);
        expect(res.json().type).toBe('/problems/forbidden');
      }
      expect(await head()).toEqual(before);
    });
  }

  it('refuses the same writes through an API token of Beijing (403)', async () => {
    const bj = await createTestUser(ctx.database, { role: 'donor-editor', orgCode: '110000' });
    const { secret } = await createApiToken(
      { actor: userActor(bj.user.id, bj.username), db: ctx.database.db },
      { name: 'beijing' },
    );
    for (const [key, req] of Object.entries(requests)) {
      const res = await app.inject({ ...req, headers: { authorization: `Bearer ${secret}` } });
      expect(res.statusCode, `${key} → ${res.body}`).toBe(403);
    }
  });

  it('lets an unscoped coordinator make the same requests (the refusals above are policy, not bad input)', async () => {
    const cookie = await loginAs(app, ctx.database, { role: 'coordinator' });
    for (const [key, req] of Object.entries(requests)) {
      const res = await app.inject({ ...req, headers: { cookie } });
      expect(res.statusCode, `${key} → ${res.body}`).toBeLessThan(300);
    }
  });
});
