/**
 * The public pages' API (decision 0055) on both engines: only published projects reach any
 * figure, CSV, map cell or IATI activity — a donor's unpublished project with a distinctive sum
 * is planted beside a published one and looked for everywhere, as anonymous and as the
 * programme office. Answers carry an ETag and a 304 on If-None-Match, and a new write changes
 * the next answer (never stale). The anonymous budget applies.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import type { App } from '../../src/http/types.js';
import { mapCsv, pageCsv, yuanText } from '../../src/modules/public/csv.js';
import { signInCallers } from '../support/access-matrix.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';
import { insertProject, insertTransaction } from '../support/factories.js';

// The unpublished sums: 7,777,777.00 yuan (Shanghai, Bachu) and 1,234,567.00 (Beijing, Hotan).
const SECRET_SH = 777_777_700;
const SECRET_BJ = 123_456_700;
const SECRET_TEXTS = [
  'SECRET-SH',
  'SECRET-BJ',
  '777777700',
  '7777777.00',
  '123456700',
  '1234567.00',
];

function expectNoSecret(body: string, where: string) {
  for (const s of SECRET_TEXTS) expect(body.includes(s), `${where} contains ${s}`).toBe(false);
}

describeEachDatabase('public pages API', (ctx) => {
  let app: App;
  let coordinator = '';
  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
    coordinator = (await signInCallers(app, ctx.database)).cookies.get('coordinator') ?? '';
    const db = ctx.database;
    await insertProject(db, { code: 'PUB-SH', donor: '310000', year: 2025, published: true });
    await insertTransaction(db, {
      projectCode: 'PUB-SH',
      type: 'commitment',
      valueFen: 1_000_000,
      date: '2025-02-01',
    });
    await insertTransaction(db, {
      projectCode: 'PUB-SH',
      type: 'disbursement',
      valueFen: 500_000,
      date: '2025-03-01',
    });
    await insertProject(db, { code: 'SECRET-SH', donor: '310000', year: 2025, published: false });
    await insertTransaction(db, {
      projectCode: 'SECRET-SH',
      type: 'commitment',
      valueFen: SECRET_SH,
      date: '2025-02-01',
    });
    await insertTransaction(db, {
      projectCode: 'SECRET-SH',
      type: 'disbursement',
      valueFen: SECRET_SH,
      date: '2025-03-01',
    });
    await insertProject(db, {
      code: 'SECRET-BJ',
      donor: '110000',
      year: 2024,
      published: false,
      locations: [{ area: '653221', shareBp: 10000 }],
    });
    await insertTransaction(db, {
      projectCode: 'SECRET-BJ',
      type: 'disbursement',
      valueFen: SECRET_BJ,
      date: '2024-05-01',
    });
  });
  afterAll(async () => app.close());

  const get = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers });

  it('shows the published project’s figures on the dashboard, and nothing of the unpublished', async () => {
    for (const cookie of ['', coordinator]) {
      const res = await get('/api/public/overview', cookie ? { cookie } : {});
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.programme).toMatchObject({ code: 'xinjiang', name: '对口援疆' });
      expect(body.totals).toEqual({
        projects: 1,
        committed_fen: 1_000_000,
        disbursed_fen: 500_000,
        spent_fen: 0,
        jobs_created: 0,
      });
      expect(body.byDonor.map((d: { code: string }) => d.code)).toEqual(['310000']);
      expect(body.byDonor[0]).toMatchObject({
        name: '上海市',
        nameEn: 'Shanghai',
        disbursed_fen: 500_000,
      });
      expect(body.byArea).toEqual([
        expect.objectContaining({ code: '653100', name: '喀什地区', disbursed_fen: 500_000 }),
      ]);
      expect(body.byYear.map((y: { code: string }) => y.code)).toEqual(['2025']);
      expectNoSecret(res.body, `overview as ${cookie ? 'coordinator' : 'anonymous'}`);
    }
  });

  it('gives donor and area pages of published figures only', async () => {
    const sh = await get('/api/public/donors/310000');
    expect(sh.statusCode).toBe(200);
    expect(sh.json().donor).toEqual({ code: '310000', name: '上海市', nameEn: 'Shanghai' });
    expect(sh.json().totals.disbursed_fen).toBe(500_000);
    expectNoSecret(sh.body, 'donor 310000');
    const bj = await get('/api/public/donors/110000');
    expect(bj.statusCode).toBe(200);
    expect(bj.json().totals).toMatchObject({ projects: 0, disbursed_fen: 0 });
    expect(bj.json().byArea).toEqual([]);
    expectNoSecret(bj.body, 'donor 110000');
    const kashgar = await get('/api/public/areas/653100');
    expect(kashgar.statusCode).toBe(200);
    expect(kashgar.json().area).toMatchObject({
      code: '653100',
      level: 'prefecture',
      parent: { code: '650000' },
    });
    expect(kashgar.json().byArea).toEqual([
      expect.objectContaining({ code: '653130', name: '巴楚县', disbursed_fen: 500_000 }),
    ]);
    expectNoSecret(kashgar.body, 'area 653100');
    const hotan = await get('/api/public/areas/653221');
    expect(hotan.json().totals.disbursed_fen).toBe(0);
    expectNoSecret(hotan.body, 'area 653221');
    const xinjiang = await get('/api/public/areas/650000');
    expect(xinjiang.json().totals.disbursed_fen).toBe(500_000);
    expectNoSecret(xinjiang.body, 'area 650000');
  });

  it('paints the map by county from published money only, for all years or one', async () => {
    const res = await get('/api/public/map?measure=disbursed_fen');
    expect(res.statusCode).toBe(200);
    expect(res.json().rows).toEqual([
      { code: '653130', name: '巴楚县', nameEn: 'Bachu County', value: 500_000 },
    ]);
    expectNoSecret(res.body, 'map');
    const y2024 = await get('/api/public/map?measure=disbursed_fen&year=2024');
    expect(y2024.json().rows).toEqual([]);
    const count = await get('/api/public/map?measure=projects');
    expect(count.json().rows).toEqual([expect.objectContaining({ code: '653130', value: 1 })]);
  });

  it('offers every page as CSV: BOM, zh and en headers, yuan, no unpublished money', async () => {
    const zh = await get('/api/public/overview/csv');
    expect(zh.statusCode).toBe(200);
    expect(zh.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(zh.headers['content-disposition']).toContain('attachment');
    expect(zh.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = zh.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      '分组,代码,名称,项目数,承诺资金（元）,拨付资金（元）,支出资金（元）,带动就业（人）',
    );
    expect(lines[1]).toBe('合计,xinjiang,对口援疆,1,10000.00,5000.00,0.00,0');
    expect(lines).toContain('援助方,310000,上海市,1,10000.00,5000.00,0.00,0');
    expectNoSecret(zh.body, 'overview csv');
    const en = await get('/api/public/overview/csv?lang=en');
    expect(en.body).toContain('Group,Code,Name,Projects,Committed (yuan)');
    expect(en.body).toContain('Donor,310000,Shanghai,1,10000.00,5000.00,0.00,0');
    for (const url of [
      '/api/public/donors/310000/csv',
      '/api/public/donors/110000/csv?lang=en',
      '/api/public/areas/653100/csv',
      '/api/public/areas/653221/csv',
      '/api/public/map/csv',
      '/api/public/map/csv?measure=committed_fen&lang=en',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body.startsWith('\uFEFF'), url).toBe(true);
      expectNoSecret(res.body, url);
    }
    expect((await get('/api/public/map/csv')).body).toContain('653130,巴楚县,5000.00');
  });

  it('judges the two 80% rules on published projects only, as the coordinator’s drill-down splits them', async () => {
    const res = await get('/api/public/rules');
    expect(res.statusCode).toBe(200);
    expectNoSecret(res.body, 'rules');
    const rules = res.json();
    // 2025 is the latest year with published money; 2024 holds only Beijing's unpublished one.
    expect(rules).toMatchObject({ year: 2025, years: [2025], basis: 'actual' });
    const sh = rules.donors.find((d: { code: string }) => d.code === '310000');
    const bj = rules.donors.find((d: { code: string }) => d.code === '110000');
    expect(sh).toMatchObject({ name: '上海市', totalFen: 500_000 });
    expect(bj).toMatchObject({ totalFen: 0, countyAndBelowOk: null, livelihoodOk: null });
    expect(rules.totals.totalFen).toBe(500_000);
    // The coordinator's drill-down gives the published project's parts (and the secret's).
    const detail = await app.inject({
      method: 'GET',
      url: '/api/compliance/310000?programme=xinjiang&year=2025&basis=actual',
      headers: { cookie: coordinator },
    });
    expect(detail.statusCode).toBe(200);
    type Part = {
      code: string;
      countyAndBelowFen: number;
      livelihoodFen: number;
      crossPairFen: number;
    };
    const pub = (detail.json().projects as Part[]).find((p) => p.code === 'PUB-SH') as Part;
    expect(detail.json().totalFen).toBe(500_000 + SECRET_SH);
    expect(sh).toMatchObject({
      countyAndBelowFen: pub.countyAndBelowFen,
      livelihoodFen: pub.livelihoodFen,
      crossPairFen: pub.crossPairFen,
      countyAndBelowBp: Math.floor((pub.countyAndBelowFen * 10_000) / 500_000),
    });
    // A year with only unpublished money answers zeros; the CSV says the same in yuan.
    const y2024 = (await get('/api/public/rules?year=2024')).json();
    expect(y2024.totals).toMatchObject({ totalFen: 0, countyAndBelowOk: null });
    const csv = (await get('/api/public/rules/csv?year=2025')).body;
    expect(csv.startsWith('\uFEFF年度,代码,名称,实际拨付（元）')).toBe(true);
    expect(csv).toContain('2025,310000,上海市,5000.00,');
    expectNoSecret(csv, 'rules csv');
    expect((await get('/api/public/rules?programme=nowhere')).statusCode).toBe(404);
  });

  it('exports the programme’s IATI file with the published project only', async () => {
    const res = await get('/api/public/iati');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/xml');
    expect(res.body).toContain('XI-SHANHAI-PUB-SH');
    expect(res.body).not.toContain('SECRET');
    expect((await get('/api/public/iati?programme=nowhere')).statusCode).toBe(404);
  });

  it('exports the donors of the published project as an IATI organisations file', async () => {
    const res = await get('/api/public/iati-organisations');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/xml');
    expect(res.body).toContain('<iati-organisations version="2.03"');
    expect(res.body).toContain('<organisation-identifier>310000</organisation-identifier>');
    expectNoSecret(res.body, 'iati-organisations');
    // Shanghai's 2025 disbursements: the published 5,000 yuan only; Beijing has none published.
    expect(res.body).toMatch(/<total-expenditure>[\s\S]*?>5000<\/value>/);
    expect(res.body).not.toContain('<organisation-identifier>110000<');
    expect((await get('/api/public/iati-organisations?programme=nowhere')).statusCode).toBe(404);
  });

  it('answers 304 to a matching If-None-Match, and a new answer after a write', async () => {
    const first = await get('/api/public/overview');
    const tag = String(first.headers.etag);
    expect(tag).toMatch(/^"[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('public, no-cache');
    const again = await get('/api/public/overview', { 'if-none-match': tag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(
      (await get('/api/public/overview', { 'if-none-match': `W/${tag}, "other"` })).statusCode,
    ).toBe(304);
    const csv = await get('/api/public/map/csv');
    expect(
      (await get('/api/public/map/csv', { 'if-none-match': String(csv.headers.etag) })).statusCode,
    ).toBe(304);
    // A write to a published project: the same tag no longer matches, the new sum is there.
    await insertTransaction(ctx.database, {
      projectCode: 'PUB-SH',
      type: 'disbursement',
      valueFen: 100,
      date: '2025-04-01',
    });
    const after = await get('/api/public/overview', { 'if-none-match': tag });
    expect(after.statusCode).toBe(200);
    expect(after.json().totals.disbursed_fen).toBe(500_100);
    expect(after.headers.etag).not.toBe(tag);
    // A write to the unpublished project changes nothing public: the tag still matches.
    const tag2 = String(after.headers.etag);
    await insertTransaction(ctx.database, {
      projectCode: 'SECRET-SH',
      type: 'disbursement',
      valueFen: 100,
      date: '2025-04-01',
    });
    expect((await get('/api/public/overview', { 'if-none-match': tag2 })).statusCode).toBe(304);
  });

  it('refuses unknown programmes, donors, areas and measures by name', async () => {
    const prog = await get('/api/public/overview?programme=nowhere');
    expect(prog.statusCode).toBe(404);
    expect(prog.json().code).toBe('programme.notFound');
    expect((await get('/api/public/donors/999999')).statusCode).toBe(404);
    expect((await get('/api/public/donors/310000-HQ')).statusCode).toBe(404); // not a top donor
    expect((await get('/api/public/areas/659999')).statusCode).toBe(404);
    const measure = await get('/api/public/map?measure=people');
    expect(measure.statusCode).toBe(400);
    expect(measure.body).toContain('measure');
    const year = await get('/api/public/map?year=12');
    expect(year.statusCode).toBe(400);
    expect(year.body).toContain('year');
  });

  it('spends the anonymous budget per address (429 past it), not a signed-in caller’s', async () => {
    const limited = await buildApp({
      database: ctx.database,
      cookieSecure: false,
      sessionHours: 12,
      webRoot: null,
      logLevel: 'silent',
      anonymousPerMinute: 12,
      allowedHosts: ['shanhai.example'],
    });
    try {
      const ip = '198.51.100.77';
      const ask = () =>
        limited.inject({ method: 'GET', url: '/api/public/overview', remoteAddress: ip });
      expect((await ask()).statusCode).toBe(200);
      expect((await ask()).statusCode).toBe(200);
      const third = await ask();
      expect(third.statusCode).toBe(429);
      expect(third.headers['retry-after']).toBeDefined();
      const signedIn = await limited.inject({
        method: 'GET',
        url: '/api/public/overview',
        remoteAddress: ip,
        headers: { cookie: coordinator },
      });
      expect(signedIn.statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

it('neutralises formula-like text in the CSV and writes exact yuan', () => {
  expect(yuanText(0)).toBe('0.00');
  expect(yuanText(5)).toBe('0.05');
  expect(yuanText(-1234)).toBe('-12.34');
  expect(yuanText(9_007_199_254_740_993n)).toBe('90071992547409.93');
  const row = {
    code: '=1+1',
    name: '@SUM(A1)',
    nameEn: '-2+3',
    projects: 1,
    committed_fen: 100,
    disbursed_fen: 0,
    spent_fen: 0,
    jobs_created: 0,
  };
  const csv = pageCsv(
    {
      programme: row,
      totals: row,
      byYear: [],
      byDonor: [row],
      byArea: [],
      areaLevel: 'prefecture',
    },
    row,
    'en',
  );
  expect(csv).toContain("Donor,'=1+1,'-2+3,1,1.00");
  expect(csv).not.toMatch(/,=|,@|,-2/);
  const map = mapCsv(
    { programme: row, measure: 'disbursed_fen', year: null, rows: [{ ...row, value: 250 }] },
    'zh',
  );
  expect(map).toContain("'=1+1,'@SUM(A1),2.50");
});
