import { beforeAll, expect, it } from 'vitest';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { expectHistoryGrowth, useApp } from './support.js';

describeEachDatabase('organisations API', (ctx) => {
  const t = useApp(ctx);
  let coordinator = '';
  let beijingEditor = '';
  beforeAll(async () => {
    coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    beijingEditor = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '110000' });
  });
  const post = (cookie: string | undefined, body: object) =>
    t.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: cookie ? { cookie } : {},
      body,
    });

  it('lists the donors and HQs, filtered by kind, parent and search term', async () => {
    const list = async (qs: string) =>
      (await t.app.inject({ url: `/api/organisations?${qs}` })).json();
    expect((await list('kind=frontline-hq')).total).toBe(19);
    expect((await list('kind=donor-city')).items).toEqual([
      {
        code: '440300',
        name: '深圳市',
        nameEn: 'Shenzhen',
        kind: 'donor-city',
        parent: { code: '440000', name: '广东省' },
        areaCode: '440300',
        version: 1,
      },
    ]);
    expect((await list('parent=440000')).items.map((o: { code: string }) => o.code)).toEqual([
      '440000-HQ',
      '440300',
    ]);
    expect((await list('q=beijing')).items.map((o: { code: string }) => o.code)).toEqual([
      '110000',
      '110000-HQ',
    ]);
    expect((await list('q=上海&kind=donor-province')).total).toBe(1);
    const page = await list('limit=5&offset=5');
    expect(page.items).toHaveLength(5);
    expect(page.total).toBe(38);
    expect((await t.app.inject({ url: '/api/organisations/110000-HQ' })).json()).toMatchObject({
      kind: 'frontline-hq',
      parent: { code: '110000', name: '北京市' },
      areaCode: '653200',
    });
    expect((await t.app.inject({ url: '/api/organisations/nope' })).statusCode).toBe(404);
  });

  it('refuses anonymous writes with 401', async () => {
    const res = await post(undefined, { code: 'X1', name: 'x', kind: 'other' });
    expect(res.statusCode).toBe(401);
  });

  it('lets Beijing’s editor add a hospital under 110000 but not under 310000', async () => {
    const foreign = await expectHistoryGrowth(ctx.database, 0, () =>
      post(beijingEditor, {
        code: '310000-H1',
        name: '瑞金医院',
        kind: 'hospital',
        parentCode: '310000',
      }),
    );
    expect(foreign.statusCode).toBe(403);
    const topLevel = await post(beijingEditor, { code: 'BJ-X', name: 'x', kind: 'other' });
    expect(topLevel.statusCode).toBe(403);
    const own = await expectHistoryGrowth(ctx.database, 1, () =>
      post(beijingEditor, {
        code: '110000-H1',
        name: '北京安贞医院',
        nameEn: 'Beijing Anzhen Hospital',
        kind: 'hospital',
        parentCode: '110000',
        areaCode: '110105',
      }),
    );
    expect(own.statusCode).toBe(201);
    expect(own.headers.etag).toBe('"1"');
    expect(own.json()).toMatchObject({ code: '110000-H1', parent: { code: '110000' }, version: 1 });
  });

  it('refuses unknown parents and areas (422), existing codes (409), bad kinds (400)', async () => {
    const cases: Array<[object, number, string]> = [
      [{ code: 'H2', name: 'x', kind: 'hospital', parentCode: 'nope' }, 422, 'parentCode'],
      [{ code: 'H2', name: 'x', kind: 'hospital', areaCode: '653299' }, 422, 'areaCode'],
      [{ code: '110000', name: 'x', kind: 'other' }, 409, 'code'],
      [{ code: 'H2', name: 'x', kind: 'castle' }, 400, 'body.kind'],
    ];
    for (const [body, status, field] of cases) {
      const res = await expectHistoryGrowth(ctx.database, 0, () => post(coordinator, body));
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.json().errors[0].field).toBe(field);
    }
  });

  it('updates with If-Match, refuses stale versions, cycles and moves out of scope', async () => {
    const patch = (cookie: string, code: string, body: object, ifMatch?: string) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/organisations/${code}`,
        headers: { cookie, ...(ifMatch ? { 'if-match': ifMatch } : {}) },
        body,
      });
    const renamed = await expectHistoryGrowth(ctx.database, 1, () =>
      patch(beijingEditor, '110000-H1', { name: '首都医科大学附属北京安贞医院' }, '"1"'),
    );
    expect(renamed.statusCode).toBe(200);
    expect(renamed.headers.etag).toBe('"2"');
    const stale = await patch(beijingEditor, '110000-H1', { name: 'x' }, '"1"');
    expect(stale.statusCode).toBe(409);
    const away = await patch(beijingEditor, '110000-H1', { parentCode: '310000' });
    expect(away.statusCode).toBe(403);
    const foreign = await patch(beijingEditor, '310000-HQ', { name: 'x' });
    expect(foreign.statusCode).toBe(403);
    const cycle = await patch(coordinator, '110000', { parentCode: '110000-H1' });
    expect(cycle.statusCode).toBe(422);
    expect(cycle.json().errors[0].field).toBe('parentCode');
  });
});
