import { beforeAll, expect, it } from 'vitest';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { insertPlan, insertProject, insertTransaction } from '../support/factories.js';

const BEIJING = '110000';
const SHANGHAI = '310000';
const JIANGSU = '320000';
const SHANDONG = '370000';

interface Item {
  donor: { code: string; name: string; nameEn: string };
  totalFen: number;
  countyAndBelowFen: number;
  livelihoodFen: number;
  crossPairFen: number;
  countyAndBelowBp: number;
  livelihoodBp: number;
  countyAndBelowOk: boolean | null;
  livelihoodOk: boolean | null;
  marginFen: { countyAndBelow: number | null; livelihood: number | null };
  thresholds: { countyAndBelowBp: number; livelihoodBp: number } | null;
  culprits: {
    countyAndBelow: Array<{ code: string; offendingFen: number; fixesAlone: boolean }>;
    livelihood: Array<{ code: string; offendingFen: number; fixesAlone: boolean }>;
  };
  plan: { id: number; status: string } | null;
}

/**
 * The ledger of these tests (amounts hand-computed in the comments):
 *
 * 2024 (thresholds 80% / 80%)
 * - BJ-1 Beijing, Hotan city (county), livelihood: 800,000.00 yuan disbursed; a commitment, a
 *   planned disbursement and one dated 2023-12-31 that do not count.
 * - BJ-2 Beijing, Hotan prefecture, industry (0% livelihood): 300,000.00 yuan disbursed.
 * - SD-1 Shandong in Bachu (Shanghai's county: cross-pair), livelihood: 500,000.00 yuan.
 * - J-1 Shanghai 60% / Jiangsu 40%, Zepu (Shanghai's county) 70% + Kashgar prefecture 30%,
 *   livelihood: 1,000,000.01 yuan, split 600,000.01 / 400,000.00 between the donors.
 * 2019 (thresholds 80% / 70%)
 * - BJ-3 Beijing, Hotan county, 75% livelihood (override): 100,000.00 yuan.
 */
describeEachDatabase('two 80% rules API', (ctx) => {
  const t = useApp(ctx);
  let coordinator = '';
  const get = async (url: string, cookie = coordinator) => {
    const res = await t.app.inject({ url, headers: cookie ? { cookie } : {} });
    return res;
  };
  const report = async (year: number, basis: 'plan' | 'actual', extra = '') => {
    const res = await get(`/api/compliance?programme=xinjiang&year=${year}&basis=${basis}${extra}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: Item[]; programme: string; year: number; basis: string };
  };
  const itemOf = async (year: number, basis: 'plan' | 'actual', donor: string) => {
    const item = (await report(year, basis)).items.find((i) => i.donor.code === donor);
    if (!item) throw new Error(`no item for ${donor}`);
    return item;
  };

  beforeAll(async () => {
    const db = ctx.database.db;
    coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    await insertProject(db, {
      code: 'BJ-1',
      donor: BEIJING,
      locations: [{ area: '653201', shareBp: 10000 }],
      approvalDate: '2024-01-10',
    });
    await insertProject(db, {
      code: 'BJ-2',
      donor: BEIJING,
      locations: [{ area: '653200', shareBp: 10000 }],
      livelihoodShareBp: 0,
    });
    await insertProject(db, {
      code: 'SD-1',
      donor: SHANDONG,
      locations: [{ area: '653130', shareBp: 10000 }],
      approvalDate: '2024-02-01',
    });
    await insertProject(db, {
      code: 'J-1',
      donor: [
        { org: SHANGHAI, shareBp: 6000 },
        { org: JIANGSU, shareBp: 4000 },
      ],
      locations: [
        { area: '653124', shareBp: 7000 },
        { area: '653100', shareBp: 3000 },
      ],
      approvalDate: '2024-03-01',
    });
    await insertProject(db, {
      code: 'BJ-3',
      donor: BEIJING,
      locations: [{ area: '653221', shareBp: 10000 }],
      livelihoodShareBp: 7500,
      livelihoodReason: 'part industry',
      typeCode: 'livelihood',
      year: 2019,
      approvalDate: '2019-03-01',
    });
    const tx = (projectCode: string, valueFen: number, date: string, more = {}) =>
      insertTransaction(db, { projectCode, type: 'disbursement', valueFen, date, ...more });
    await tx('BJ-1', 80000000, '2024-03-01');
    await tx('BJ-1', 5000000, '2024-09-01', { planned: true });
    await tx('BJ-1', 1000000, '2023-12-31');
    await insertTransaction(db, {
      projectCode: 'BJ-1',
      type: 'commitment',
      valueFen: 100000000,
      date: '2024-01-10',
    });
    await tx('BJ-2', 30000000, '2024-06-01');
    await tx('SD-1', 50000000, '2024-05-01');
    await tx('J-1', 100000001, '2024-04-01');
    await tx('BJ-3', 10000000, '2019-09-01');
  });

  it('lists all 19 donors of 对口援疆, with nothing to judge where there is no money', async () => {
    const body = await report(2024, 'actual');
    expect(body).toMatchObject({ programme: 'xinjiang', year: 2024, basis: 'actual' });
    expect(body.items).toHaveLength(19);
    expect(body.items.map((i) => i.donor.code)).toContain('440300'); // Shenzhen
    const tianjin = body.items.find((i) => i.donor.code === '120000');
    expect(tianjin).toMatchObject({
      donor: { code: '120000', name: '天津市', nameEn: 'Tianjin' },
      totalFen: 0,
      countyAndBelowBp: 0,
      countyAndBelowOk: null,
      livelihoodOk: null,
      marginFen: { countyAndBelow: null, livelihood: null },
      thresholds: { countyAndBelowBp: 8000, livelihoodBp: 8000 },
      plan: null,
    });
  });

  it('sums actual disbursements of the year only, and names the project above county', async () => {
    const bj = await itemOf(2024, 'actual', BEIJING);
    // total 800,000 + 300,000; county 800,000 = 72.72…%; 80% of 1,100,000 = 880,000.
    expect(bj).toMatchObject({
      totalFen: 110000000,
      countyAndBelowFen: 80000000,
      livelihoodFen: 80000000,
      countyAndBelowBp: 7272,
      livelihoodBp: 7272,
      countyAndBelowOk: false,
      livelihoodOk: false,
      marginFen: { countyAndBelow: -8000000, livelihood: -8000000 },
    });
    expect(bj.culprits.countyAndBelow).toEqual([
      expect.objectContaining({ code: 'BJ-2', offendingFen: 30000000, fixesAlone: true }),
    ]);
    expect(bj.culprits.livelihood).toEqual([
      expect.objectContaining({ code: 'BJ-2', offendingFen: 30000000, fixesAlone: true }),
    ]);
    // Hotan prefecture as a whole: Beijing is paired with four of its counties, so work for the
    // prefecture is in-pair (decision 0004).
    expect(bj.crossPairFen).toBe(0);
  });

  it('counts Shandong’s project in Bachu (Shanghai’s county) as cross-pair', async () => {
    const sd = await itemOf(2024, 'actual', SHANDONG);
    expect(sd).toMatchObject({
      totalFen: 50000000,
      countyAndBelowFen: 50000000,
      crossPairFen: 50000000,
      countyAndBelowOk: true,
      livelihoodOk: true,
      marginFen: { countyAndBelow: 10000000, livelihood: 10000000 },
      culprits: { countyAndBelow: [], livelihood: [] },
    });
  });

  it('splits a joint project between its donors to the fen, then by location', async () => {
    const sh = await itemOf(2024, 'actual', SHANGHAI);
    const js = await itemOf(2024, 'actual', JIANGSU);
    // allocate(100000001, [6000, 4000]) = [60000001, 40000000]
    expect(sh.totalFen + js.totalFen).toBe(100000001);
    // Shanghai: allocate(60000001, [7000, 3000]) = [42000001, 18000000]; 80% needs 48000001.
    expect(sh).toMatchObject({
      totalFen: 60000001,
      countyAndBelowFen: 42000001,
      countyAndBelowBp: 7000,
      countyAndBelowOk: false,
      marginFen: { countyAndBelow: -6000000, livelihood: 12000000 },
      crossPairFen: 0, // Kashgar prefecture: Shanghai is paired with four of its counties
    });
    // Jiangsu is paired in Kizilsu and Ili: both locations are cross-pair for it.
    expect(js).toMatchObject({
      totalFen: 40000000,
      countyAndBelowFen: 28000000,
      crossPairFen: 40000000,
    });
  });

  it('uses the thresholds of the year (2019: 80% / 70%) and none before 2013', async () => {
    const bj = await itemOf(2019, 'actual', BEIJING);
    expect(bj).toMatchObject({
      thresholds: { countyAndBelowBp: 8000, livelihoodBp: 7000 },
      totalFen: 10000000,
      livelihoodFen: 7500000,
      livelihoodBp: 7500,
      livelihoodOk: true, // 75% passes 2019's 70%; it would fail today's 80%
      marginFen: { livelihood: 500000 },
      countyAndBelowOk: true,
    });
    const early = await report(2012, 'actual');
    expect(early.items.every((i) => i.thresholds === null && i.countyAndBelowOk === null)).toBe(
      true,
    );
  });

  it('on the plan basis, attributes planned funds wholly to the plan’s donor', async () => {
    const db = ctx.database.db;
    const bjPlan = await insertPlan(db, {
      donor: BEIJING,
      year: 2024,
      items: [
        { projectCode: 'BJ-1', plannedFen: 90000000 },
        { projectCode: 'BJ-2', plannedFen: 10000000 },
      ],
    });
    const shPlan = await insertPlan(db, {
      donor: SHANGHAI,
      year: 2024,
      status: 'approved',
      items: [{ projectCode: 'J-1', plannedFen: 100000001 }],
    });
    const bj = await itemOf(2024, 'plan', BEIJING);
    expect(bj).toMatchObject({
      totalFen: 100000000,
      countyAndBelowFen: 90000000,
      countyAndBelowBp: 9000,
      countyAndBelowOk: true,
      livelihoodOk: true,
      marginFen: { countyAndBelow: 10000000, livelihood: 10000000 },
      plan: { id: bjPlan, status: 'draft' },
    });
    const sh = await itemOf(2024, 'plan', SHANGHAI);
    // Jiangsu's 40% of J-1 is not split off: the plan is Shanghai's alone.
    expect(sh).toMatchObject({
      totalFen: 100000001,
      countyAndBelowFen: 70000001,
      countyAndBelowBp: 7000,
      marginFen: { countyAndBelow: -10000000 },
      plan: { id: shPlan, status: 'approved' },
    });
    expect(await itemOf(2024, 'plan', JIANGSU)).toMatchObject({ totalFen: 0, plan: null });
    // The same project in two donors' plans counts for each with its own planned amount.
    const jsPlan = await insertPlan(db, {
      donor: JIANGSU,
      year: 2024,
      items: [{ projectCode: 'J-1', plannedFen: 40000000 }],
    });
    expect(await itemOf(2024, 'plan', JIANGSU)).toMatchObject({
      totalFen: 40000000,
      countyAndBelowFen: 28000000,
      crossPairFen: 40000000,
      plan: { id: jsPlan, status: 'draft' },
    });
    expect((await itemOf(2024, 'plan', SHANGHAI)).totalFen).toBe(100000001);
    // The actual basis shows the plan too.
    expect((await itemOf(2024, 'actual', BEIJING)).plan).toEqual({ id: bjPlan, status: 'draft' });
  });

  it('answers from the ledger as it is: a new disbursement changes the next answer', async () => {
    const before = await itemOf(2023, 'actual', BEIJING);
    expect(before).toMatchObject({ totalFen: 1000000, countyAndBelowOk: true });
    await insertTransaction(ctx.database.db, {
      projectCode: 'BJ-2',
      type: 'disbursement',
      valueFen: 1000000,
      date: '2023-11-30',
    });
    const after = await itemOf(2023, 'actual', BEIJING);
    expect(after).toMatchObject({
      totalFen: 2000000,
      countyAndBelowFen: 1000000,
      countyAndBelowBp: 5000,
      countyAndBelowOk: false,
      marginFen: { countyAndBelow: -600000 },
    });
  });

  it('narrows to one donor with ?donor= and drills down into its projects', async () => {
    const one = await report(2024, 'actual', `&donor=${SHANGHAI}`);
    expect(one.items.map((i) => i.donor.code)).toEqual([SHANGHAI]);

    const res = await get(`/api/compliance/${SHANGHAI}?programme=xinjiang&year=2024&basis=actual`);
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json();
    expect(detail).toMatchObject({
      donor: { code: SHANGHAI },
      programme: 'xinjiang',
      year: 2024,
      basis: 'actual',
      totalFen: 60000001,
    });
    expect(detail.projects).toEqual([
      expect.objectContaining({
        code: 'J-1',
        amountFen: 60000001,
        countyAndBelowFen: 42000001,
        aboveCountyFen: 18000000,
        unlocatedFen: 0,
        livelihoodFen: 60000001,
        crossPairFen: 0,
        classifiedOn: '2024-03-01',
        locations: [
          expect.objectContaining({
            areaCode: '653100',
            level: 'prefecture',
            fen: 18000000,
            countyOrBelow: false,
            crossPair: false,
          }),
          expect.objectContaining({
            areaCode: '653124',
            areaName: '泽普县',
            level: 'county',
            fen: 42000001,
            countyOrBelow: true,
            crossPair: false,
          }),
        ],
      }),
    ]);
    const bj = (
      await get(`/api/compliance/${BEIJING}?programme=xinjiang&year=2024&basis=actual`)
    ).json();
    expect(bj.projects.map((p: { code: string }) => p.code)).toEqual(['BJ-1', 'BJ-2']);
    expect(bj.projects[1].classifiedOn).toBe('2024-07-01'); // no approval date: 1 July
  });

  it('refuses unknown programmes and donors (404) and bad queries (400)', async () => {
    expect((await get('/api/compliance?programme=tibet&year=2024&basis=actual')).statusCode).toBe(
      404,
    );
    expect(
      (await get('/api/compliance/999999?programme=xinjiang&year=2024&basis=actual')).statusCode,
    ).toBe(404);
    // An HQ is not a donor: its money counts for Beijing.
    expect(
      (await get('/api/compliance/110000-HQ?programme=xinjiang&year=2024&basis=actual')).statusCode,
    ).toBe(404);
    expect((await get('/api/compliance?programme=xinjiang&year=2024&basis=both')).statusCode).toBe(
      400,
    );
    expect((await get('/api/compliance?programme=xinjiang&year=1900&basis=plan')).statusCode).toBe(
      400,
    );
  });
});
