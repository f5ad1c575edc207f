import { beforeAll, expect, it } from 'vitest';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { insertPlan, insertProject, insertTransaction } from '../support/factories.js';

interface Report {
  year: number;
  years: number[];
  items: Array<{ donor: { code: string }; totalFen: number; plan: { status: string } | null }>;
  totals: {
    totalFen: number;
    countyAndBelowFen: number;
    livelihoodFen: number;
    countyAndBelowBp: number;
    livelihoodBp: number;
    countyAndBelowOk: boolean | null;
    livelihoodOk: boolean | null;
  };
}

/** The report opens on the latest year with money, with a totals line and the plans' status. */
describeEachDatabase('two 80% rules: latest year, totals, plan status', (ctx) => {
  const t = useApp(ctx);
  let coordinator = '';
  const report = async (query: string, cookie = coordinator) => {
    const res = await t.app.inject({
      url: `/api/compliance?programme=xinjiang&${query}`,
      headers: { cookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Report;
  };

  beforeAll(async () => {
    const db = ctx.database.db;
    coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    // Beijing in Hotan city, livelihood; Shanghai in Kashgar prefecture (above county), industry.
    await insertProject(db, {
      code: 'LY-BJ',
      donor: '110000',
      locations: [{ area: '653201', shareBp: 10000 }],
      year: 2019,
    });
    await insertProject(db, {
      code: 'LY-SH',
      donor: '310000',
      locations: [{ area: '653100', shareBp: 10000 }],
      livelihoodShareBp: 0,
      year: 2024,
    });
    await insertTransaction(db, {
      projectCode: 'LY-BJ',
      type: 'disbursement',
      valueFen: 300_000,
      date: '2019-03-01',
    });
    await insertTransaction(db, {
      projectCode: 'LY-BJ',
      type: 'disbursement',
      valueFen: 800_000,
      date: '2024-03-01',
    });
    await insertTransaction(db, {
      projectCode: 'LY-SH',
      type: 'disbursement',
      valueFen: 200_000,
      date: '2024-04-01',
    });
    await insertPlan(db, {
      donor: '310000',
      year: 2026,
      items: [{ projectCode: 'LY-SH', plannedFen: 500_000 }],
    });
    await insertPlan(db, {
      donor: '110000',
      year: 2026,
      items: [{ projectCode: 'LY-BJ', plannedFen: 100_000 }],
      status: 'submitted',
    });
  });

  it('opens on the latest year with actual money and lists the years', async () => {
    const r = await report('basis=actual');
    expect(r.year).toBe(2024);
    expect(r.years).toEqual([2024, 2019]);
    expect((await report('basis=actual&year=2019')).year).toBe(2019);
  });

  it('sums the listed donors into a totals line judged against the thresholds', async () => {
    const r = await report('basis=actual');
    expect(r.totals).toEqual({
      totalFen: 1_000_000,
      countyAndBelowFen: 800_000,
      livelihoodFen: 800_000,
      crossPairFen: 0,
      countyAndBelowBp: 8000,
      livelihoodBp: 8000,
      countyAndBelowOk: true,
      livelihoodOk: true,
    });
    expect(r.totals.totalFen).toBe(r.items.reduce((s, i) => s + i.totalFen, 0));
    // A donor editor's totals are its own donor's.
    const beijing = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '110000' });
    const own = await report('basis=actual', beijing);
    expect(own.totals.totalFen).toBe(800_000);
    expect(own.totals.countyAndBelowOk).toBe(true);
  });

  it('opens the plan basis on the plans’ year and says which plans are not approved', async () => {
    const r = await report('basis=plan');
    expect(r.year).toBe(2026);
    expect(r.years).toEqual([2026]);
    const planOf = (code: string) => r.items.find((i) => i.donor.code === code)?.plan?.status;
    expect(planOf('310000')).toBe('draft');
    expect(planOf('110000')).toBe('submitted');
    expect(r.totals.totalFen).toBe(600_000);
    expect(r.totals.countyAndBelowOk).toBe(false);
  });
});
