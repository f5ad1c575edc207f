import { beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import { createOrganisation } from '../../src/modules/organisations/service.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { expectHistoryGrowth, historyCount, useApp } from './support.js';

/** Institution pairings (以院包科, school–school, township) as sub-pairings, through the API. */
describeEachDatabase('institution pairings API', (ctx) => {
  const t = useApp(ctx);
  let coordinator = '';
  let shanghai = '';
  let beijing = '';
  let bachu = 0;
  let cele = 0;

  const call = (
    cookie: string,
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({ method, url, headers: { cookie, ...headers }, ...(payload ? { payload } : {}) });
  const pairingOf = async (donor: string, area: string) =>
    (
      await ctx.database.db
        .selectFrom('pairings')
        .select('id')
        .where('donorCode', '=', donor)
        .where('recipientAreaCode', '=', area)
        .executeTakeFirstOrThrow()
    ).id;
  const adoption = (overrides: object = {}) => ({
    kind: 'hospital-department',
    parentId: bachu,
    donorCode: '310000-H9',
    recipientOrgCode: '653100-H2',
    recipientDepartment: '口腔颌面外科',
    validFrom: '2022-01-01',
    ...overrides,
  });

  beforeAll(async () => {
    coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    shanghai = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '310000' });
    beijing = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '110000' });
    const system = { actor: systemActor('test'), db: ctx.database.db };
    await createOrganisation(system, {
      code: '310000-H9',
      name: '上海交通大学医学院附属第九人民医院',
      nameEn: "Shanghai Ninth People's Hospital",
      kind: 'hospital',
      parentCode: '310000',
    });
    await createOrganisation(system, {
      code: '653100-H2',
      name: '喀什地区第二人民医院',
      nameEn: "Kashgar No. 2 People's Hospital",
      kind: 'hospital',
      areaCode: '653100',
    });
    bachu = await pairingOf('310000', '653130');
    cele = await pairingOf('120000', '653225');
  });

  it('creates a hospital–department adoption under the donor’s pairing, with history', async () => {
    const res = await expectHistoryGrowth(ctx.database, 1, () =>
      call(shanghai, 'POST', '/api/institution-pairings', adoption()),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      kind: 'hospital-department',
      parentId: bachu,
      donor: { code: '310000-H9' },
      recipientOrg: { code: '653100-H2', name: '喀什地区第二人民医院' },
      recipientDepartment: '口腔颌面外科',
      recipientArea: { code: '653100', nameEn: 'Kashgar Prefecture', level: 'prefecture' },
      publishedAt: null,
      version: 1,
      can: { write: true, readHistory: true },
    });
    const id = res.json().id as number;
    const stale = await call(
      shanghai,
      'PATCH',
      `/api/institution-pairings/${id}`,
      { note: '组团式' },
      { 'if-match': '"7"' },
    );
    expect(stale.statusCode).toBe(409);
    const ok = await call(
      shanghai,
      'PATCH',
      `/api/institution-pairings/${id}`,
      { note: '组团式' },
      { 'if-match': '"1"' },
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect(ok.json()).toMatchObject({ note: '组团式', noteEn: null });
    // The note in English beside the Chinese one, kept when only the other changes.
    const english = await call(
      shanghai,
      'PATCH',
      `/api/institution-pairings/${id}`,
      { noteEn: 'Group-style support' },
      { 'if-match': '"2"' },
    );
    expect(english.statusCode, english.body).toBe(200);
    expect(english.json()).toMatchObject({ note: '组团式', noteEn: 'Group-style support' });
    const history = (await call(shanghai, 'GET', `/api/institution-pairings/${id}/history`)).json();
    expect(history.items.map((e: { action: string }) => e.action)).toEqual([
      'update',
      'update',
      'create',
    ]);
    expect(JSON.stringify(history.items[0])).toContain('Group-style support');

    // Not part of the public pairing table, nor of who is paired with an area.
    const table = (
      await t.app.inject({ url: '/api/pairings?includeSub=true&donor=310000-H9' })
    ).json();
    expect(table.total).toBe(0);
    expect((await t.app.inject({ url: `/api/pairings/${id}` })).statusCode).toBe(404);
  });

  it('refuses bad input naming the field, changing nothing', async () => {
    const before = await historyCount(ctx.database);
    const expectProblem = async (payload: object, status: number, field: string, code?: string) => {
      const res = await call(shanghai, 'POST', '/api/institution-pairings', payload);
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json().errors[0].field).toBe(field);
      if (code) expect(res.json().errors[0].code).toBe(code);
    };
    await expectProblem(
      adoption({ validTo: '2021-12-31' }),
      422,
      'validTo',
      'dates.endBeforeStart',
    );
    await expectProblem(
      adoption({ recipientDepartment: undefined }),
      422,
      'recipientDepartment',
      'institutionPairing.departmentRequired',
    );
    await expectProblem(
      {
        ...adoption({ kind: 'township', recipientOrgCode: undefined }),
        recipientAreaCode: '653130',
      },
      422,
      'recipientAreaCode',
      'institutionPairing.townshipRequired',
    );
    // A county of Hotan is not within Shanghai's Bachu pairing.
    await expectProblem(
      {
        ...adoption({ kind: 'township', recipientOrgCode: undefined }),
        recipientAreaCode: '653225100',
      },
      422,
      'recipientAreaCode',
      'pairing.withinParent',
    );
    await expectProblem(adoption({ parentId: cele }), 422, 'donorCode', 'pairing.subDonor');
    // The messages name the parent's area and donor in words, never by code.
    const outside = await call(shanghai, 'POST', '/api/institution-pairings', {
      ...adoption({ kind: 'township', recipientOrgCode: undefined }),
      recipientAreaCode: '653225100',
    });
    expect(outside.json().errors[0].params).toEqual({ area: '巴楚县' });
    const notItsDonor = await call(
      shanghai,
      'POST',
      '/api/institution-pairings',
      adoption({ parentId: cele }),
    );
    expect(notItsDonor.json().errors[0].params).toEqual({ donor: '天津市' });
    await expectProblem(adoption({ validFrom: '2009-01-01' }), 422, 'validFrom');
    expect(await historyCount(ctx.database)).toBe(before);
    // The same adoption again over overlapping dates: 409; another department is fine.
    await expectProblem(
      adoption({ validFrom: '2023-01-01' }),
      409,
      'validFrom',
      'institutionPairing.overlap',
    );
    const other = await call(
      shanghai,
      'POST',
      '/api/institution-pairings',
      adoption({ recipientDepartment: '麻醉科' }),
    );
    expect(other.statusCode, other.body).toBe(201);
  });

  it("hides another donor's unpublished pairings by every route, refuses its writes", async () => {
    const tianjin = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '120000' });
    const township = {
      kind: 'township',
      parentId: cele,
      donorCode: '120000',
      recipientAreaCode: '653225202',
      validFrom: '2023-03-01',
    };
    const refused = await call(beijing, 'POST', '/api/institution-pairings', township);
    expect(refused.statusCode).toBe(403);
    const created = await call(tianjin, 'POST', '/api/institution-pairings', township);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as number;
    const ids = async (cookie: string, q = '') =>
      (await call(cookie, 'GET', `/api/institution-pairings?limit=200${q}`))
        .json()
        .items.map((i: { id: number }) => i.id);
    expect(await ids(beijing)).not.toContain(id);
    expect(await ids(beijing, '&kind=township&area=653225')).not.toContain(id);
    expect((await call(beijing, 'GET', `/api/institution-pairings/${id}`)).statusCode).toBe(404);
    expect(
      (await call(beijing, 'PATCH', `/api/institution-pairings/${id}`, { note: 'x' })).statusCode,
    ).toBe(404);
    const classify = (
      await t.app.inject({ url: '/api/pairings/classify?donor=110000&area=653225202' })
    ).json();
    expect(classify.pairedDonors.map((d: { code: string }) => d.code)).toEqual(['120000']);
    expect(await ids(tianjin, '&kind=township&area=653225')).toEqual([id]);
    expect(await ids(coordinator, '&donor=120000&from=2023-03-01&to=2023-03-01')).toContain(id);
    expect(await ids(coordinator, '&donor=120000&to=2023-02-28')).not.toContain(id);

    await call(tianjin, 'PATCH', `/api/institution-pairings/${id}`, { published: true });
    expect(await ids(beijing, '&kind=township')).toContain(id);
    const write = await call(beijing, 'PATCH', `/api/institution-pairings/${id}`, { note: 'x' });
    expect(write.statusCode).toBe(403);
    expect((await t.app.inject({ url: `/api/institution-pairings/${id}` })).statusCode).toBe(401);
  });
});
