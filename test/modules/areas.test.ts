import { beforeAll, expect, it } from 'vitest';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { expectHistoryGrowth, useApp } from './support.js';

describeEachDatabase('areas API', (ctx) => {
  const t = useApp(ctx);
  let coordinator = '';
  beforeAll(async () => {
    coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
  });

  it('names Shanghai as the donor of Bachu (653130)', async () => {
    const res = await t.app.inject({ url: '/api/areas/653130?date=2020-01-01' });
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"1"');
    const body = res.json();
    expect(body).toMatchObject({
      code: '653130',
      name: '巴楚县',
      nameEn: 'Bachu County',
      namePinyin: 'Bachu Xian',
      initials: 'BCX',
      level: 'county',
      parent: {
        code: '653100',
        name: '喀什地区',
        nameEn: 'Kashgar Prefecture',
        level: 'prefecture',
      },
      ancestors: [
        { code: '650000', level: 'province' },
        { code: '653100', level: 'prefecture' },
      ],
    });
    expect(body.donors).toEqual([
      {
        code: '310000',
        name: '上海市',
        nameEn: 'Shanghai',
        via: {
          code: '653130',
          name: '巴楚县',
          nameEn: 'Bachu County',
          nameUg: 'مارالبېشى ناھىيىسى',
          level: 'county',
        },
        pairingId: expect.any(Number),
        programme: 'xinjiang',
        sub: false,
      },
    ]);
  });

  it('names Hebei as Korla’s donor through Bayingolin (652800)', async () => {
    const body = (await t.app.inject({ url: '/api/areas/652801' })).json();
    expect(body.donors).toEqual([
      expect.objectContaining({ code: '130000', via: expect.objectContaining({ code: '652800' }) }),
    ]);
  });

  it('accepts an unpadded code and lists the children', async () => {
    const res = await t.app.inject({ url: '/api/areas/6532' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.code).toBe('653200');
    expect(body.level).toBe('prefecture');
    expect(body.children.map((c: { code: string }) => c.code)).toContain('653222');
    expect(body.donors).toEqual([]);
  });

  it('gives 404 for an unknown area and 400 for a malformed code or date', async () => {
    expect((await t.app.inject({ url: '/api/areas/659999' })).statusCode).toBe(404);
    const badCode = await t.app.inject({ url: '/api/areas/65x' });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().errors[0].field).toBe('params.code');
    const badDate = await t.app.inject({ url: '/api/areas/653130?date=2023-02-29' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().errors[0].field).toMatch(/^query(string)?\.date$/);
  });

  it('has no Shanghai donor in Karamay before 2014, and one from 2014', async () => {
    const before = (await t.app.inject({ url: '/api/areas/650202?date=2013-12-31' })).json();
    expect(before.donors).toEqual([]);
    const after = (await t.app.inject({ url: '/api/areas/650202?date=2014-01-01' })).json();
    expect(after.donors).toEqual([
      expect.objectContaining({ code: '310000', via: expect.objectContaining({ code: '650200' }) }),
    ]);
  });

  it('puts an exact initials match first and names each hit’s ancestors (the picker)', async () => {
    const search = async (qs: string) => (await t.app.inject({ url: `/api/areas?${qs}` })).json();
    // 华亭市 (620881) is HTS too: an exact match of either comes before the longer initials.
    const hts = await search('q=hts&limit=5');
    expect(hts.items.slice(0, 2).map((a: { code: string }) => a.code)).toEqual([
      '620881',
      '653201',
    ]);
    expect(hts.items[1]).toMatchObject({
      name: '和田市',
      nameEn: 'Hotan City',
      ancestorNames: ['新疆维吾尔自治区', '和田地区'],
      ancestorNamesEn: ['Xinjiang Uygur Autonomous Region', 'Hotan Prefecture'],
      hasChildren: true,
    });
    // The English name finds it too (the picker in English).
    const english = await search('q=hotan%20city');
    expect(english.items.map((a: { code: string }) => a.code)).toContain('653201');
    const detail = (await t.app.inject({ url: '/api/areas/653201' })).json();
    expect(detail).toMatchObject({
      nameEn: 'Hotan City',
      nameUg: 'خوتەن شەھىرى',
      parent: {
        code: '653200',
        name: '和田地区',
        nameEn: 'Hotan Prefecture',
        nameUg: 'خوتەن ۋىلايىتى',
      },
    });
    const inXinjiang = await search('q=hts&within=650000&limit=5');
    expect(inXinjiang.items[0]).toMatchObject({ code: '653201' });
    const hotan = await search('q=和田地区');
    expect(hotan.items[0]).toMatchObject({ code: '653200', ancestorNames: ['新疆维吾尔自治区'] });
  });

  it('searches by code prefix, name, pinyin, initials, level and subtree', async () => {
    const search = async (qs: string) => (await t.app.inject({ url: `/api/areas?${qs}` })).json();
    const byCode = await search('q=6532&level=county');
    expect(byCode.items.map((a: { code: string }) => a.code)).toContain('653222');
    expect(byCode.items.every((a: { code: string }) => a.code.startsWith('6532'))).toBe(true);
    expect((await search('q=墨玉')).items[0]).toMatchObject({
      code: '653222',
      parentCode: '653200',
    });
    expect(
      (await search('q=moyu&level=county')).items.map((a: { code: string }) => a.code),
    ).toEqual(['653222']);
    expect(
      (await search('q=myx&level=county')).items.map((a: { code: string }) => a.code),
    ).toContain('653222');
    const xpcc = await search('q=shihezi');
    expect(xpcc.items[0]).toMatchObject({
      code: '659001',
      kind: 'xpcc-city',
      xpccDivision: '第八师',
    });

    const hotan = await search('within=6532&level=county&limit=1000');
    expect(hotan.total).toBe(8);
    const xinjiang = await search('within=65&limit=1');
    expect(xinjiang.items).toHaveLength(1);
    expect(xinjiang.total).toBeGreaterThan(1000);
    const county = await search('within=653201&limit=1000');
    expect(county.total).toBeGreaterThan(0);
    expect(county.items.every((a: { code: string }) => /^653201\d{3}$/.test(a.code))).toBe(true);
    const children = await search('parent=659000&limit=1000');
    expect(children.total).toBe(12);
    expect((await t.app.inject({ url: '/api/areas?limit=1001' })).statusCode).toBe(400);
  });

  it('adds 和安县 with a valid-from date, then shows it under Hotan from that date', async () => {
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/areas',
      body: { code: '653228', name: '和安县', namePinyin: 'Hean Xian' },
    });
    expect(anonymous.statusCode).toBe(401);

    const res = await expectHistoryGrowth(ctx.database, 1, () =>
      t.app.inject({
        method: 'POST',
        url: '/api/areas',
        headers: { cookie: coordinator },
        body: {
          code: '653228',
          name: '和安县',
          namePinyin: 'Hean Xian',
          initials: 'hax',
          validFrom: '2024-12-20',
        },
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      code: '653228',
      level: 'county',
      initials: 'HAX',
      validFrom: '2024-12-20',
      parent: { code: '653200' },
      version: 1,
    });
    const shown = (await t.app.inject({ url: '/api/areas/653228' })).json();
    expect(shown).toMatchObject({ name: '和安县', validFrom: '2024-12-20', validTo: null });
    // Added without an English name: its pinyin stands in.
    expect(shown.nameEn).toBe('Hean Xian');
    const kids = async (date: string) =>
      (await t.app.inject({ url: `/api/areas/653200?date=${date}` }))
        .json()
        .children.map((c: { code: string }) => c.code);
    expect(await kids('2024-12-19')).not.toContain('653228');
    expect(await kids('2025-01-01')).toContain('653228');

    const again = await expectHistoryGrowth(ctx.database, 0, () =>
      t.app.inject({
        method: 'POST',
        url: '/api/areas',
        headers: { cookie: coordinator },
        body: { code: '653228', name: '和安县', namePinyin: 'Hean Xian' },
      }),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].field).toBe('code');
  });

  it('refuses a level that does not fit the code and a parent that is not above it', async () => {
    const post = (body: object) =>
      t.app.inject({ method: 'POST', url: '/api/areas', headers: { cookie: coordinator }, body });
    const level = await post({
      code: '653229',
      name: '和康县',
      namePinyin: 'Hekang Xian',
      level: 'township',
    });
    expect(level.statusCode).toBe(422);
    expect(level.json().errors[0].field).toBe('level');
    const parent = await post({
      code: '653229',
      name: '和康县',
      namePinyin: 'Hekang Xian',
      parentCode: '653100',
    });
    expect(parent.statusCode).toBe(422);
    expect(parent.json().errors[0].field).toBe('parentCode');
    const dates = await post({
      code: '653229',
      name: '和康县',
      namePinyin: 'Hekang Xian',
      validFrom: '2024-12-20',
      validTo: '2024-01-01',
    });
    expect(dates.statusCode).toBe(422);
    expect(dates.json().errors[0].field).toBe('validTo');
    expect((await t.app.inject({ url: '/api/areas/653229' })).statusCode).toBe(404);
  });

  it('renames with If-Match, returns the new ETag, and refuses a stale version', async () => {
    const patch = (ifMatch: string, body: object) =>
      t.app.inject({
        method: 'PATCH',
        url: '/api/areas/653228',
        headers: { cookie: coordinator, 'if-match': ifMatch },
        body,
      });
    const ok = await expectHistoryGrowth(ctx.database, 1, () =>
      patch('"1"', { name: '和安县 (新)' }),
    );
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect(ok.json()).toMatchObject({ name: '和安县 (新)', version: 2 });

    const stale = await expectHistoryGrowth(ctx.database, 0, () => patch('"1"', { name: 'x' }));
    expect(stale.statusCode).toBe(409);
    const retire = await patch('"2"', { validTo: '2030-12-31' });
    expect(retire.json()).toMatchObject({ validTo: '2030-12-31', version: 3 });
  });
});
