/**
 * The analytics contract's dimensions and filters of decision 0047, through the endpoint, on
 * records the test creates: the period at each granularity, the programme, and the refusals
 * (unknown granularity, a filter or a dimension a measure does not support).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';

describeEachDatabase('analytics: period, programme and the refusals (0047)', (ctx) => {
  const t = useApp(ctx);
  let cookie = '';
  const post = (body: object) =>
    t.app.inject({
      method: 'POST',
      url: '/api/analytics/query',
      headers: { cookie },
      payload: body,
    });
  const rows = async (body: object) => {
    const res = await post(body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().rows as Record<string, unknown>[];
  };

  beforeAll(async () => {
    const now = new Date().toISOString();
    const company = (n: number, signedOn: string, jobs: number) => ({
      name: `企业 ${n}`,
      creditCode: `DIM${n}`,
      industry: 'textile',
      programmeCode: 'xinjiang',
      donorCode: '310000',
      areaCode: '653130',
      signedOn,
      investmentPlannedFen: 0,
      investmentArrivedFen: 0,
      jobsPlanned: 0,
      jobsActual: jobs,
      localHires: 0,
      note: null,
      publishedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    await ctx.database.db
      .insertInto('companies')
      .values([
        company(1, '2024-01-01', 1),
        company(2, '2024-02-15', 2),
        company(3, '2024-12-31', 4),
        company(4, '2025-01-01', 8),
      ])
      .execute();
    const sale = (month: string, amountFen: number) => ({
      programmeCode: 'xinjiang',
      donorCode: '310000',
      areaCode: '653130',
      month,
      channel: 'online-platform' as const,
      productCategory: 'dried-fruit' as const,
      product: null,
      amountFen,
      quantity: 1,
      unit: 'kg',
      note: null,
      publishedAt: now,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    await ctx.database.db
      .insertInto('consumptionSales')
      .values([sale('2024-03', 100), sale('2024-04', 20), sale('2024-06', 3)])
      .execute();
    const session = (startDate: string, personTimes: number) => ({
      programmeCode: 'xinjiang',
      trainingProgrammeId: null,
      organiserCode: '440300',
      projectId: null,
      areaCode: '653130',
      startDate,
      endDate: startDate,
      place: 'xinjiang' as const,
      topic: '培训',
      participants: 1,
      personTimes,
      note: null,
      publishedAt: now,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    await ctx.database.db
      .insertInto('trainingSessions')
      .values([session('2024-05-31', 10), session('2024-06-01', 20), session('2024-06-30', 40)])
      .execute();
    cookie = await loginAs(t.app, ctx.database, { role: 'coordinator' });
  });

  describe('period keys at every granularity, on both engines', () => {
    it('year (text keys) — the same figures as the year dimension (numbers)', async () => {
      expect(await rows({ measures: ['company_jobs'], dimensions: ['period'] })).toEqual([
        { period: '2024', company_jobs: 7 },
        { period: '2025', company_jobs: 8 },
      ]);
      expect(await rows({ measures: ['company_jobs'], dimensions: ['year'] })).toEqual([
        { year: 2024, company_jobs: 7 },
        { year: 2025, company_jobs: 8 },
      ]);
    });
    it('quarter', async () => {
      const body = { measures: ['company_jobs', 'companies'], dimensions: ['period'] };
      expect(await rows({ ...body, granularity: 'quarter' })).toEqual([
        { period: '2024-Q1', company_jobs: 3, companies: 2 },
        { period: '2024-Q4', company_jobs: 4, companies: 1 },
        { period: '2025-Q1', company_jobs: 8, companies: 1 },
      ]);
    });
    it('month, with the period filter', async () => {
      expect(
        await rows({
          measures: ['company_jobs'],
          dimensions: ['period'],
          granularity: 'month',
          filters: { period: { from: '2024-01-01', to: '2024-12-31' } },
        }),
      ).toEqual([
        { period: '2024-01', company_jobs: 1 },
        { period: '2024-02', company_jobs: 2 },
        { period: '2024-12', company_jobs: 4 },
      ]);
    });
    it('the programme as a dimension and a filter', async () => {
      expect(await rows({ measures: ['company_jobs'], dimensions: ['programme'] })).toEqual([
        { programme: 'xinjiang', company_jobs: 15 },
      ]);
      expect(
        await rows({ measures: ['company_jobs'], filters: { programme: 'revolutionary-areas' } }),
      ).toEqual([{ company_jobs: 0 }]);
    });
  });

  describe('consumption (months) and training (dates)', () => {
    it('sales by quarter, from their months', async () => {
      expect(
        await rows({
          measures: ['consumption_sales_fen'],
          dimensions: ['period'],
          granularity: 'quarter',
        }),
      ).toEqual([
        { period: '2024-Q1', consumption_sales_fen: 100 },
        { period: '2024-Q2', consumption_sales_fen: 23 },
      ]);
    });
    it('person-times by donor (Shenzhen rolled up to Guangdong) and month', async () => {
      expect(
        await rows({
          measures: ['training_person_times'],
          dimensions: ['donor', 'period'],
          granularity: 'month',
        }),
      ).toEqual([
        { donor: '440000', period: '2024-05', training_person_times: 10 },
        { donor: '440000', period: '2024-06', training_person_times: 60 },
      ]);
    });
  });

  it('lists each measure’s dimensions and period granularities', async () => {
    const res = await t.app.inject({ url: '/api/analytics/measures', headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as {
      name: string;
      dimensions: string[];
      granularities: string[];
    }[];
    const of = (name: string) => items.find((m) => m.name === name);
    expect(of('projects')?.granularities).toEqual(['year']);
    expect(of('projects')?.dimensions).toEqual(
      expect.arrayContaining(['programme', 'projectType', 'stage', 'period']),
    );
    expect(of('disbursed_fen')?.dimensions).toContain('pairing');
    expect(of('committed_fen')?.dimensions).not.toContain('pairing');
    expect(of('companies')?.granularities).toEqual(['year', 'quarter', 'month']);
    expect(of('people_mentored')?.granularities).toEqual([]);
  });

  describe('refuses, naming the field', () => {
    const cases = [
      {
        label: 'an unknown granularity',
        body: { measures: ['companies'], dimensions: ['period'], granularity: 'week' },
        code: 'analytics.unknownGranularity',
        field: 'granularity',
      },
      {
        label: 'a filter the measure does not support',
        body: { measures: ['companies'], filters: { stage: 'implementing' } },
        code: 'analytics.filterUnsupported',
        field: 'filters.stage',
      },
      {
        label: 'a dimension the measure does not support',
        body: { measures: ['companies'], dimensions: ['donor', 'projectType'] },
        code: 'analytics.dimensionUnsupported',
        field: 'dimensions.1',
      },
      {
        label: 'year and period together',
        body: { measures: ['companies'], dimensions: ['period', 'year'] },
        code: 'analytics.dimensionTwice',
        field: 'dimensions.1',
      },
      {
        label: 'an unknown stage',
        body: { measures: ['projects'], filters: { stage: 'dreaming' } },
        code: 'analytics.unknownStage',
        field: 'filters.stage',
      },
      {
        label: 'an unknown project type',
        body: { measures: ['projects'], filters: { projectType: 'no-such-type' } },
        code: 'project.typeUnknown',
        field: 'filters.projectType',
      },
      {
        label: 'an unknown pairing class',
        body: { measures: ['people_sent'], filters: { pairing: 'sideways' } },
        code: 'analytics.unknownPairing',
        field: 'filters.pairing',
      },
      {
        label: 'a quarter of a measure kept per year (money by area)',
        body: { measures: ['spent_fen'], dimensions: ['area', 'period'], granularity: 'quarter' },
        code: 'analytics.granularityUnsupported',
        field: 'granularity',
      },
    ];
    for (const c of cases) {
      it(c.label, async () => {
        const res = await post(c.body);
        expect(res.statusCode, res.body).toBe(422);
        expect(res.json().code).toBe(c.code);
        expect(res.json().errors[0].field).toBe(c.field);
      });
    }
  });
});
