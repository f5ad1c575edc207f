import { beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import { updateProject } from '../../src/modules/projects/update.js';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { createTestProject } from '../support/factories.js';

describeEachDatabase('projects: visibility and the registry', (ctx) => {
  const t = useApp(ctx);
  const cookies: Record<string, string> = {};
  /** Each suite builds its own projects under this prefix, so filters can be exact. */
  const P = `R${Date.now().toString(36)}`;

  beforeAll(async () => {
    cookies.coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    cookies.auditor = await loginAs(t.app, ctx.database, { role: 'auditor' });
    cookies.viewer = await loginAs(t.app, ctx.database, { role: 'viewer' });
    cookies.beijing = await loginAs(t.app, ctx.database, {
      role: 'donor-editor',
      orgCode: '110000',
    });
    cookies.beijingHq = await loginAs(t.app, ctx.database, {
      role: 'donor-editor',
      orgCode: '110000-HQ',
    });
    cookies.shanghai = await loginAs(t.app, ctx.database, {
      role: 'donor-editor',
      orgCode: '310000',
    });
    cookies.hotan = await loginAs(t.app, ctx.database, {
      role: 'recipient-editor',
      areaCode: '653200',
    });
    cookies.kashgar = await loginAs(t.app, ctx.database, {
      role: 'recipient-editor',
      areaCode: '653100',
    });

    const base = { programme: 'xinjiang' };
    await createTestProject(ctx.database, {
      ...base,
      code: `${P}-BJ-1`,
      name: { zh: '和田市学校', en: 'Hotan school' },
      donor: '110000',
      type: 'culture-education',
      year: 2024,
      stage: 'started',
      budgetFen: 500,
      locations: [{ area: '653201', shareBp: 10000 }],
    });
    await createTestProject(ctx.database, {
      ...base,
      code: `${P}-BJ-2`,
      name: { zh: '墨玉县产业园', en: 'Moyu industrial park' },
      donor: '110000',
      type: 'industry',
      year: 2025,
      stage: 'approved',
      budgetFen: 900,
      published: true,
      locations: [{ area: '653222', shareBp: 10000 }],
    });
    await createTestProject(ctx.database, {
      ...base,
      code: `${P}-SH-1`,
      name: { zh: '巴楚县医院', en: 'Bachu hospital' },
      donor: '310000',
      type: 'livelihood',
      year: 2024,
      stage: 'started',
      budgetFen: 300,
      locations: [{ area: '653130', shareBp: 10000 }],
    });
    await createTestProject(ctx.database, {
      ...base,
      code: `${P}-SH-2`,
      name: { zh: '莎车县交流活动', en: 'Shache exchange' },
      donor: '310000',
      type: 'exchange',
      year: 2025,
      stage: 'reserve',
      budgetFen: 100,
      published: true,
      locations: [{ area: '653125', shareBp: 10000 }],
    });
    await createTestProject(ctx.database, {
      ...base,
      code: `${P}-JOINT`,
      name: { zh: '京沪联合培训', en: 'Joint training' },
      donor: undefined,
      donors: [
        { org: '310000', shareBp: 6000 },
        { org: '110000-HQ', shareBp: 4000 },
      ],
      type: 'talent',
      year: 2025,
      stage: 'completed',
      budgetFen: 700,
      locations: [
        { area: '653130', shareBp: 5000 },
        { area: '653201', shareBp: 5000 },
      ],
    });
  });

  const list = async (who: string | null, query = '') => {
    const res = await t.app.inject({
      url: `/api/projects?q=${P}&limit=200${query}`,
      ...(who ? { headers: { cookie: cookies[who] ?? '' } } : {}),
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { items: { code: string }[]; total: number };
    return { codes: body.items.map((i) => i.code.slice(P.length + 1)), total: body.total };
  };
  const get = (who: string | null, code: string) =>
    t.app.inject({
      url: `/api/projects/${P}-${code}`,
      ...(who ? { headers: { cookie: cookies[who] ?? '' } } : {}),
    });

  const ALL = ['BJ-1', 'BJ-2', 'JOINT', 'SH-1', 'SH-2'];
  const expected: Record<string, string[]> = {
    anonymous: ['BJ-2', 'SH-2'],
    viewer: ['BJ-2', 'SH-2'],
    coordinator: ALL,
    auditor: ALL,
    beijing: ['BJ-1', 'BJ-2', 'JOINT', 'SH-2'],
    // Decision 0014: an HQ's donor editor acts for its donor.
    beijingHq: ['BJ-1', 'BJ-2', 'JOINT', 'SH-2'],
    shanghai: ['BJ-2', 'JOINT', 'SH-1', 'SH-2'],
    hotan: ['BJ-1', 'BJ-2', 'JOINT', 'SH-2'],
    kashgar: ['BJ-2', 'JOINT', 'SH-1', 'SH-2'],
  };

  describe('each caller sees the same projects in the registry, its total and one by one', () => {
    for (const [who, codes] of Object.entries(expected)) {
      it(who, async () => {
        const caller = who === 'anonymous' ? null : who;
        const seen = await list(caller);
        expect(seen.codes).toEqual(codes);
        expect(seen.total).toBe(codes.length);
        for (const code of ALL) {
          const res = await get(caller, code);
          expect(res.statusCode, `${who} GET ${code}`).toBe(codes.includes(code) ? 200 : 404);
        }
      });
    }
  });

  // A list filtered to the caller's own donor or area needs no visibility filter of its own
  // (the service drops it); filtered to anyone else's, it still hides their unpublished work.
  it('filtered by donor or area, each caller sees what it sees unfiltered, and no more', async () => {
    const filters = [
      '&donor=110000',
      '&donor=110000-HQ',
      '&donor=310000',
      '&area=6532',
      '&area=653130',
    ];
    for (const filter of filters) {
      const all = (await list('coordinator', filter)).codes;
      for (const [who, codes] of Object.entries(expected)) {
        const seen = await list(who === 'anonymous' ? null : who, filter);
        const want = all.filter((c) => codes.includes(c));
        expect(seen.codes, `${who} ${filter}`).toEqual(want);
        expect(seen.total, `${who} ${filter}`).toBe(want.length);
      }
    }
  });

  it("shows Beijing's project to Shanghai once it is published", async () => {
    expect((await get('shanghai', 'BJ-1')).statusCode).toBe(404);
    const docs = await t.app.inject({
      url: `/api/projects/${P}-BJ-1/documents`,
      headers: { cookie: cookies.shanghai ?? '' },
    });
    expect(docs.statusCode).toBe(404);
    const published = await t.app.inject({
      method: 'PATCH',
      url: `/api/projects/${P}-BJ-1`,
      headers: { cookie: cookies.beijing ?? '' },
      payload: { published: true },
    });
    expect(published.statusCode).toBe(200);
    expect((await get('shanghai', 'BJ-1')).statusCode).toBe(200);
    expect((await list(null)).codes).toEqual(['BJ-1', 'BJ-2', 'SH-2']);
    await t.app.inject({
      method: 'PATCH',
      url: `/api/projects/${P}-BJ-1`,
      headers: { cookie: cookies.beijing ?? '' },
      payload: { published: false },
    });
    expect((await get('shanghai', 'BJ-1')).statusCode).toBe(404);
  });

  it('filters by programme, donor (with its organisations), year, stage, type, area and text', async () => {
    const c = 'coordinator';
    expect((await list(c, '&donor=110000')).codes).toEqual(['BJ-1', 'BJ-2']);
    expect((await list(c, '&donor=310000')).codes).toEqual(['JOINT', 'SH-1', 'SH-2']);
    expect((await list(c, '&year=2024')).codes).toEqual(['BJ-1', 'SH-1']);
    expect((await list(c, '&stage=started')).codes).toEqual(['BJ-1', 'SH-1']);
    expect((await list(c, '&type=industry')).codes).toEqual(['BJ-2']);
    expect((await list(c, '&programme=xinjiang&year=2025&donor=310000')).codes).toEqual([
      'JOINT',
      'SH-2',
    ]);
    expect((await list(c, '&area=6532')).codes).toEqual(['BJ-1', 'BJ-2', 'JOINT']);
    expect((await list(c, '&area=653130')).codes).toEqual(['JOINT', 'SH-1']);
    // Each row names its recipient areas (largest share first, then by code).
    const joint = await t.app.inject({
      url: `/api/projects?q=${P}-JOINT`,
      headers: { cookie: cookies.coordinator ?? '' },
    });
    expect(joint.json().items[0].locations).toEqual([
      {
        code: '653130',
        name: '巴楚县',
        nameEn: 'Bachu County',
        nameUg: 'مارالبېشى ناھىيىسى',
        level: 'county',
      },
      {
        code: '653201',
        name: '和田市',
        nameEn: 'Hotan City',
        nameUg: 'خوتەن شەھىرى',
        level: 'county',
      },
    ]);
    expect((await list(c, '&area=650000')).codes).toEqual(ALL);
    expect((await list(c, '&published=true')).codes).toEqual(['BJ-2', 'SH-2']);
    const byName = await t.app.inject({
      url: `/api/projects?q=${encodeURIComponent('巴楚县')}`,
      headers: { cookie: cookies.coordinator ?? '' },
    });
    expect(byName.json().items.map((i: { code: string }) => i.code)).toContain(`${P}-SH-1`);
    const english = await t.app.inject({
      url: '/api/projects?q=bachu%20HOSPITAL',
      headers: { cookie: cookies.coordinator ?? '' },
    });
    expect(english.json().items.map((i: { code: string }) => i.code)).toContain(`${P}-SH-1`);
    // A rename is searchable at once (the search rows are written with the project), under
    // every language's name; `%` and `_` in a term are literal.
    const search = async (q: string) =>
      (
        await t.app.inject({
          url: `/api/projects?q=${encodeURIComponent(q)}&limit=200`,
          headers: { cookie: cookies.coordinator ?? '' },
        })
      )
        .json()
        .items.map((i: { code: string }) => i.code);
    await updateProject({ actor: systemActor('test'), db: ctx.database.db }, `${P}-SH-2`, {
      name: { zh: '莎车县文艺交流', en: 'Yarkant Arts Exchange', ug: 'يەكەن سەنئەت ئالماشتۇرۇش' },
    });
    expect(await search('文艺交流')).toEqual([`${P}-SH-2`]);
    expect(await search('yarkant arts')).toEqual([`${P}-SH-2`]);
    expect(await search('يەكەن')).toEqual([`${P}-SH-2`]);
    expect(await search('交流活动')).toEqual([]);
    expect(await search('100%_')).toEqual([]);
    const unknownArea = await t.app.inject({ url: '/api/projects?area=659999' });
    expect(unknownArea.statusCode).toBe(422);
    expect(unknownArea.json().errors[0].field).toBe('area');
  });

  it('sorts and pages, with the total of all matches', async () => {
    const c = 'coordinator';
    expect((await list(c, '&sort=budgetFen')).codes).toEqual([
      'SH-2',
      'SH-1',
      'BJ-1',
      'JOINT',
      'BJ-2',
    ]);
    expect((await list(c, '&sort=-budgetFen')).codes).toEqual([
      'BJ-2',
      'JOINT',
      'BJ-1',
      'SH-1',
      'SH-2',
    ]);
    expect((await list(c, '&sort=budgetFen&order=desc')).codes).toEqual([
      'BJ-2',
      'JOINT',
      'BJ-1',
      'SH-1',
      'SH-2',
    ]);
    // Ties are broken by code in the sort's direction (one index serves the page).
    expect((await list(c, '&sort=year:desc')).codes).toEqual([
      'SH-2',
      'JOINT',
      'BJ-2',
      'SH-1',
      'BJ-1',
    ]);
    // By code point: 京 < 和 < 墨 < 巴 < 莎 (a zh collation is left to the client).
    expect((await list(c, '&sort=name')).codes).toEqual(['JOINT', 'BJ-1', 'BJ-2', 'SH-1', 'SH-2']);
    const page = await t.app.inject({
      url: `/api/projects?q=${P}&sort=code&limit=2&offset=2`,
      headers: { cookie: cookies.coordinator ?? '' },
    });
    expect(page.json().items.map((i: { code: string }) => i.code)).toEqual([
      `${P}-JOINT`,
      `${P}-SH-1`,
    ]);
    expect(page.json().total).toBe(5);
    // Past the last page of a search: no items, and still the total.
    const past = await t.app.inject({
      url: `/api/projects?q=${P}&sort=code&limit=2&offset=10`,
      headers: { cookie: cookies.coordinator ?? '' },
    });
    expect(past.json()).toEqual({ items: [], total: 5 });
    expect(page.json().items[0]).toMatchObject({
      name: { zh: '京沪联合培训', en: 'Joint training' },
      donor: '310000',
      donorName: '上海市',
      donorNameEn: 'Shanghai',
      type: 'talent',
      stage: 'completed',
      budgetFen: 700,
      year: 2025,
      published: false,
      version: 1,
    });
    const tooMany = await t.app.inject({ url: '/api/projects?limit=201' });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().errors[0].field).toBe('query.limit');
    const badSort = await t.app.inject({ url: '/api/projects?sort=secret' });
    expect(badSort.statusCode).toBe(400);
  });

  it('names the donors in English too, for the English screens (issue 8)', async () => {
    const list = await t.app.inject({
      url: `/api/projects?q=${P}-BJ&sort=code`,
      headers: { cookie: cookies.coordinator ?? '' },
    });
    expect(list.statusCode).toBe(200);
    for (const item of list.json().items) {
      expect(item).toMatchObject({ donor: '110000', donorName: '北京市', donorNameEn: 'Beijing' });
    }
    const joint = await t.app.inject({
      url: `/api/projects/${P}-JOINT`,
      headers: { cookie: cookies.coordinator ?? '' },
    });
    expect(joint.statusCode).toBe(200);
    const donors = joint.json().donors as { org: string; name: string; nameEn: string | null }[];
    expect(donors.find((d) => d.org === '310000')).toMatchObject({
      name: '上海市',
      nameEn: 'Shanghai',
    });
    const hq = donors.find((d) => d.org === '110000-HQ');
    expect(hq?.nameEn).toMatch(/^[\x20-\x7e]+$/); // an English name, not the Chinese one
    expect(hq?.nameEn).not.toBe(hq?.name);
  });
});
