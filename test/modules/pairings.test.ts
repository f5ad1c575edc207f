import { beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import { classifyLocation, donorsOfArea } from '../../src/modules/pairings/donors.js';
import { createPairing } from '../../src/modules/pairings/service.js';
import { loadReference } from '../../src/modules/reference/reference.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { expectHistoryGrowth, useApp } from './support.js';

describeEachDatabase('pairings API', (ctx) => {
  const t = useApp(ctx);
  let coordinator = '';
  let beijingEditor = '';
  const pairingId = async (donor: string, area: string) => {
    const list = (await t.app.inject({ url: `/api/pairings?donor=${donor}` })).json();
    const found = list.items.find(
      (p: { recipient: { code: string } | null }) => p.recipient?.code === area,
    );
    if (!found) throw new Error(`no pairing ${donor} → ${area}`);
    return found.id as number;
  };
  const pairingCount = async () =>
    (await ctx.database.db.selectFrom('pairings').select('id').execute()).length;

  beforeAll(async () => {
    coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    beijingEditor = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '110000' });
  });

  it('lists the 68 national pairings of 19 donors', async () => {
    const res = await t.app.inject({ url: '/api/pairings' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(68);
    expect(body.items).toHaveLength(68);
    expect(new Set(body.items.map((p: { donor: { code: string } }) => p.donor.code)).size).toBe(19);
    expect(
      body.items.find((p: { recipient: { code: string } }) => p.recipient.code === '659009'),
    ).toMatchObject({
      programme: 'xinjiang',
      donor: { code: '110000', name: '北京市', nameEn: 'Beijing' },
      recipient: {
        code: '659009',
        name: '昆玉市',
        level: 'county',
        kind: 'xpcc-city',
        xpccDivision: '第十四师',
      },
      recipientOrg: null,
      validFrom: '2010-01-01',
      validTo: null,
      confidence: 'H',
      parentId: null,
      version: 1,
    });
  });

  it('filters by area (with its ancestors), donor and date', async () => {
    const korla = (await t.app.inject({ url: '/api/pairings?area=652801' })).json();
    expect(korla.items.map((p: { donor: { code: string } }) => p.donor.code)).toEqual(['130000']);
    const karamay2013 = (
      await t.app.inject({ url: '/api/pairings?area=650202&date=2013-06-01' })
    ).json();
    expect(karamay2013.total).toBe(0);
    const shanghai = (await t.app.inject({ url: '/api/pairings?donor=310000' })).json();
    expect(shanghai.total).toBe(5);
    const unknown = await t.app.inject({ url: '/api/pairings?area=659999' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].field).toBe('area');
  });

  it('classifies work as in-pair or cross-pair', async () => {
    const classify = async (donor: string, area: string, date = '2024-06-01') => {
      const res = await t.app.inject({
        url: `/api/pairings/classify?donor=${encodeURIComponent(donor)}&area=${area}&date=${date}`,
      });
      expect(res.statusCode).toBe(200);
      return res.json();
    };
    const shandongInBachu = await classify('370000', '653130');
    expect(shandongInBachu.classification).toBe('cross-pair');
    expect(shandongInBachu.pairedDonors.map((d: { code: string }) => d.code)).toEqual(['310000']);
    expect((await classify('110000', '653222')).classification).toBe('in-pair');
    expect((await classify('110000-HQ', '653222')).classification).toBe('in-pair');
    expect((await classify('130000', '652801')).classification).toBe('in-pair');
    expect((await classify('310000', '650202', '2013-01-01')).classification).toBe('cross-pair');
    expect((await classify('310000', '650202', '2014-01-01')).classification).toBe('in-pair');

    const unknown = await t.app.inject({ url: '/api/pairings/classify?donor=999999&area=653130' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].field).toBe('donor');
  });

  it('answers donorsOfArea and classifyLocation as functions too', async () => {
    const donors = donorsOfArea(await loadReference(ctx.database.db), '653222', '2020-01-01');
    expect(donors.map((d) => [d.code, d.via.code, d.sub])).toEqual([['110000', '653222', false]]);
    const c = await classifyLocation(
      { actor: systemActor('test'), db: ctx.database.db },
      {
        donorCode: '440300',
        areaCode: '653101',
        date: '2020-01-01',
      },
    );
    expect(c.classification).toBe('in-pair');
  });

  it('refuses an overlapping pairing with 409 and writes nothing', async () => {
    const before = await pairingCount();
    const res = await expectHistoryGrowth(ctx.database, 0, () =>
      t.app.inject({
        method: 'POST',
        url: '/api/pairings',
        headers: { cookie: coordinator },
        body: {
          programme: 'xinjiang',
          donorCode: '310000',
          recipientAreaCode: '653130',
          validFrom: '2020-01-01',
        },
      }),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0].field).toBe('validFrom');
    expect(await pairingCount()).toBe(before);
  });

  it('refuses unknown codes and reversed dates with 422 naming the field, malformed dates with 400', async () => {
    const post = (body: object) =>
      t.app.inject({
        method: 'POST',
        url: '/api/pairings',
        headers: { cookie: coordinator },
        body,
      });
    const base = {
      programme: 'xinjiang',
      donorCode: '310000',
      recipientAreaCode: '653131',
      validFrom: '2030-01-01',
    };
    const before = await pairingCount();
    const cases: Array<[object, number, string]> = [
      [{ ...base, donorCode: '999999' }, 422, 'donorCode'],
      [{ ...base, recipientAreaCode: '653299' }, 422, 'recipientAreaCode'],
      [{ ...base, programme: 'tibet' }, 422, 'programme'],
      [{ ...base, validTo: '2029-12-31' }, 422, 'validTo'],
      [{ ...base, validFrom: '2030-13-01' }, 400, 'body.validFrom'],
      [{ ...base, recipientAreaCode: 'abc' }, 400, 'body.recipientAreaCode'],
      [{ ...base, parentId: 999999 }, 422, 'parentId'],
    ];
    for (const [body, status, field] of cases) {
      const res = await post(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.json().errors[0].field).toBe(field);
    }
    expect(await pairingCount()).toBe(before);
  });

  it('refuses anonymous writes with 401', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/pairings',
      body: {
        programme: 'xinjiang',
        donorCode: '310000',
        recipientAreaCode: '653131',
        validFrom: '2030-01-01',
      },
    });
    expect(res.statusCode).toBe(401);
  });

  describe('sub-pairings', () => {
    let hangzhouId = 0;

    it('creates Hangzhou under Zhejiang and pairs it with Aksu city under Zhejiang’s pairing', async () => {
      const org = await expectHistoryGrowth(ctx.database, 1, () =>
        t.app.inject({
          method: 'POST',
          url: '/api/organisations',
          headers: { cookie: coordinator },
          body: {
            code: '330100',
            name: '杭州市',
            nameEn: 'Hangzhou',
            kind: 'donor-city',
            parentCode: '330000',
            areaCode: '330100',
          },
        }),
      );
      expect(org.statusCode).toBe(201);

      const parentId = await pairingId('330000', '652900');
      const res = await expectHistoryGrowth(ctx.database, 1, () =>
        t.app.inject({
          method: 'POST',
          url: '/api/pairings',
          headers: { cookie: coordinator },
          body: {
            parentId,
            donorCode: '330100',
            recipientAreaCode: '652901',
            validFrom: '2011-01-01',
            confidence: 'M',
          },
        }),
      );
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        programme: 'xinjiang',
        donor: { code: '330100', name: '杭州市' },
        recipient: { code: '652901' },
        parentId,
        version: 1,
      });
      hangzhouId = res.json().id;

      const donors = donorsOfArea(await loadReference(ctx.database.db), '652901', '2020-01-01');
      expect(donors.map((d) => ({ code: d.code, via: d.via.code, sub: d.sub }))).toEqual([
        { code: '330100', via: '652901', sub: true },
        { code: '330000', via: '652900', sub: false },
      ]);
      const area = (await t.app.inject({ url: '/api/areas/652901?date=2010-06-01' })).json();
      expect(area.donors.map((d: { code: string }) => d.code)).toEqual(['330000']);

      expect((await t.app.inject({ url: '/api/pairings' })).json().total).toBe(68);
      const all = (await t.app.inject({ url: '/api/pairings?includeSub=true' })).json();
      expect(all.total).toBe(69);
    });

    it('keeps a sub-pairing inside its parent: donor below, area inside, dates within', async () => {
      const parentId = await pairingId('330000', '652900');
      const post = (body: object) =>
        t.app.inject({
          method: 'POST',
          url: '/api/pairings',
          headers: { cookie: coordinator },
          body: { parentId, ...body },
        });
      const cases = [
        { field: 'recipientAreaCode', body: { donorCode: '330100', recipientAreaCode: '653101' } },
        { field: 'donorCode', body: { donorCode: '310000', recipientAreaCode: '652902' } },
        {
          field: 'validFrom',
          body: { donorCode: '330100', recipientAreaCode: '652902', validFrom: '2009-01-01' },
        },
      ];
      for (const c of cases) {
        const res = await post({ validFrom: '2011-01-01', ...c.body });
        expect(res.statusCode, c.field).toBe(422);
        expect(res.json().errors[0].field).toBe(c.field);
      }
    });

    it('lets a donor editor write sub-pairings of its own organisations only', async () => {
      const shanghaiParent = await pairingId('310000', '653125');
      const foreign = await expectHistoryGrowth(ctx.database, 0, () =>
        t.app.inject({
          method: 'POST',
          url: '/api/pairings',
          headers: { cookie: beijingEditor },
          body: {
            parentId: shanghaiParent,
            donorCode: '310000',
            recipientAreaCode: '653125001',
            validFrom: '2015-01-01',
          },
        }),
      );
      expect(foreign.statusCode).toBe(403);

      const national = await t.app.inject({
        method: 'POST',
        url: '/api/pairings',
        headers: { cookie: beijingEditor },
        body: {
          programme: 'xinjiang',
          donorCode: '110000',
          recipientAreaCode: '653223',
          validFrom: '2030-01-01',
        },
      });
      expect(national.statusCode).toBe(403);

      const beijingParent = await pairingId('110000', '653222');
      const township = (
        await t.app.inject({ url: '/api/areas?within=653222&level=township&limit=1' })
      ).json().items[0].code;
      const own = await expectHistoryGrowth(ctx.database, 1, () =>
        t.app.inject({
          method: 'POST',
          url: '/api/pairings',
          headers: { cookie: beijingEditor },
          body: {
            parentId: beijingParent,
            donorCode: '110000-HQ',
            recipientAreaCode: township,
            validFrom: '2016-01-01',
          },
        }),
      );
      expect(own.statusCode).toBe(201);
      expect(own.json().recipient.level).toBe('township');
    });

    it('supports organisation ↔ organisation pairings (以院包科)', async () => {
      const cookie = coordinator;
      const org = (code: string, parentCode: string, areaCode: string) =>
        t.app.inject({
          method: 'POST',
          url: '/api/organisations',
          headers: { cookie },
          body: { code, name: code, kind: 'hospital', parentCode, areaCode },
        });
      expect((await org('330100-H1', '330100', '330100')).statusCode).toBe(201);
      expect((await org('652901-H1', '330100', '652901')).statusCode).toBe(201);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/pairings',
        headers: { cookie },
        body: {
          parentId: hangzhouId,
          donorCode: '330100-H1',
          recipientOrgCode: '652901-H1',
          validFrom: '2017-01-01',
        },
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ recipient: null, recipientOrg: { code: '652901-H1' } });
    });

    it('ends a pairing with If-Match, refuses a stale version, and re-checks overlaps', async () => {
      const patch = (etag: string, body: object) =>
        t.app.inject({
          method: 'PATCH',
          url: `/api/pairings/${hangzhouId}`,
          headers: { cookie: coordinator, 'if-match': etag },
          body,
        });
      const ended = await expectHistoryGrowth(ctx.database, 1, () =>
        patch('"1"', { validTo: '2019-12-31', note: 'ended' }),
      );
      expect(ended.statusCode).toBe(200);
      expect(ended.headers.etag).toBe('"2"');
      expect(ended.json()).toMatchObject({
        validTo: '2019-12-31',
        note: 'ended',
        confidence: 'M',
        version: 2,
      });
      const stale = await expectHistoryGrowth(ctx.database, 0, () => patch('"1"', { note: 'x' }));
      expect(stale.statusCode).toBe(409);
      const reversed = await patch('"2"', { validTo: '2000-01-01' });
      expect(reversed.statusCode).toBe(422);
      expect(reversed.json().errors[0].field).toBe('validTo');
      const badEtag = await patch('abc', { note: 'x' });
      expect(badEtag.statusCode).toBe(400);

      const donors = donorsOfArea(await loadReference(ctx.database.db), '652901', '2020-01-01');
      expect(donors.map((d) => d.code)).toEqual(['330000']);

      // A second Hangzhou → Aksu city pairing from 2020 is fine; reopening the first then overlaps.
      const parentId = await pairingId('330000', '652900');
      const second = await t.app.inject({
        method: 'POST',
        url: '/api/pairings',
        headers: { cookie: coordinator },
        body: {
          parentId,
          donorCode: '330100',
          recipientAreaCode: '652901',
          validFrom: '2020-01-01',
        },
      });
      expect(second.statusCode).toBe(201);
      const reopen = await patch('"2"', { validTo: null });
      expect(reopen.statusCode).toBe(409);
      expect(reopen.json().errors[0].field).toBe('validFrom');
    });

    it('runs inside a caller’s transaction and rolls back with it', async () => {
      const before = await pairingCount();
      await expect(
        ctx.database.db.transaction().execute(async (trx) => {
          await createPairing(
            { actor: systemActor('test'), db: trx },
            {
              programme: 'xinjiang',
              donorCode: '340000',
              recipientAreaCode: '653223',
              validFrom: '1999-01-01',
              validTo: '2000-12-31',
            },
          );
          expect((await trx.selectFrom('pairings').select('id').execute()).length).toBe(before + 1);
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      expect(await pairingCount()).toBe(before);
    });
  });
});
