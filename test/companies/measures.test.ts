import { beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import { creditCodeCheckChar } from '../../src/domain/credit-code.js';
import { openCase, respondToCase } from '../../src/modules/companies/cases.js';
import { createCompany } from '../../src/modules/companies/service.js';
import { createSales } from '../../src/modules/consumption/service.js';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';

const MEASURES = [
  'companies',
  'company_investment_fen',
  'company_jobs',
  'cases_open',
  'consumption_sales_fen',
];

function code(n: number) {
  const stem = `91440300MA${String(n).padStart(7, '0')}`;
  return `${stem}${creditCodeCheckChar(stem)}`;
}

/**
 * Guangdong's published company in Shufu (2024) and unpublished one in Jiashi (2025), Beijing's
 * unpublished one in Hotan city (2025); cases on each; sales of each donor, published or not.
 * Every figure differs, so each filter and each caller gives its own total.
 */
describeEachDatabase('companies and consumption measures (POST /api/analytics/query)', (ctx) => {
  const t = useApp(ctx);
  const cookies: Record<string, string> = {};
  const totals = async (who: string, filters: object = {}) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/analytics/query',
      headers: { cookie: cookies[who] ?? '' },
      payload: { measures: MEASURES, dimensions: [], filters },
    });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { rows: Record<string, number>[] }).rows[0];
  };

  beforeAll(async () => {
    const system = { actor: systemActor('test'), db: ctx.database.db };
    const company = async (
      n: number,
      donor: string,
      area: string,
      signedOn: string,
      arrived: number,
      jobs: number,
      published: boolean,
    ) =>
      createCompany(system, {
        name: `企业${n}`,
        creditCode: code(n),
        industry: '纺织',
        programme: 'xinjiang',
        donor,
        area,
        signedOn,
        investmentPlannedFen: arrived * 2,
        investmentArrivedFen: arrived,
        jobsPlanned: jobs * 2,
        jobsActual: jobs,
        localHires: 0,
        published,
      });
    const gdPub = await company(1, '440000', '653121', '2024-05-01', 1_000, 10, true);
    const gdHidden = await company(2, '440000', '653129', '2025-05-01', 20_000, 200, false);
    const bj = await company(3, '110000', '653201', '2025-07-01', 300_000, 3_000, false);
    const open = (id: number, openedAt: string) =>
      openCase(system, id, { category: 'land', description: '用地', openedAt });
    await open(gdPub.id, '2024-06-01T02:00:00Z');
    const answered = await open(gdPub.id, '2024-06-02T02:00:00Z');
    await respondToCase(system, answered.id, { text: '办理中', responder: '甲' }); // still in progress
    const rejected = await open(gdHidden.id, '2025-06-01T02:00:00Z');
    await open(gdHidden.id, '2025-06-02T02:00:00Z');
    await open(bj.id, '2025-08-01T02:00:00Z');
    const { moveCase } = await import('../../src/modules/companies/cases.js');
    await moveCase(system, rejected.id, { to: 'rejected', reason: '重复' });
    const sale = (
      donor: string,
      area: string,
      month: string,
      amountFen: number,
      published: boolean,
    ) => ({
      programme: 'xinjiang',
      donor,
      area,
      month,
      channel: 'online-platform' as const,
      productCategory: 'nuts' as const,
      amountFen,
      quantity: 1,
      unit: '箱',
      published,
    });
    await createSales(system, [
      sale('440000', '653121', '2024-11', 1, true),
      sale('440000', '653129', '2025-01', 20, false),
      sale('440300', '653101', '2025-02', 300, false),
      sale('110000', '653201', '2025-03', 4_000, false),
    ]);
    cookies.coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    cookies.guangdong = await loginAs(t.app, ctx.database, {
      role: 'donor-editor',
      orgCode: '440000',
    });
    cookies.beijing = await loginAs(t.app, ctx.database, {
      role: 'donor-editor',
      orgCode: '110000',
    });
  });

  it('counts every record for the programme office', async () => {
    expect(await totals('coordinator')).toEqual({
      companies: 3,
      company_investment_fen: 321_000,
      company_jobs: 3_210,
      cases_open: 4,
      consumption_sales_fen: 4_321,
    });
  });

  it('filters by donor subtree, area subtree and period', async () => {
    expect(await totals('coordinator', { donor: '440000' })).toMatchObject({
      companies: 2,
      company_investment_fen: 21_000,
      cases_open: 3,
      consumption_sales_fen: 321, // Shenzhen sits under Guangdong
    });
    expect(await totals('coordinator', { area: '653200' })).toMatchObject({
      companies: 1,
      company_jobs: 3_000,
      cases_open: 1,
      consumption_sales_fen: 4_000,
    });
    expect(
      await totals('coordinator', { period: { from: '2024-01-01', to: '2024-12-31' } }),
    ).toEqual({
      companies: 1,
      company_investment_fen: 1_000,
      company_jobs: 10,
      cases_open: 2,
      consumption_sales_fen: 1,
    });
    // The period's last day counts, whatever the hour.
    const lastDay = await totals('coordinator', {
      period: { from: '2025-08-01', to: '2025-08-01' },
    });
    expect(lastDay?.cases_open).toBe(1);
  });

  it("never counts another donor's unpublished records", async () => {
    expect(await totals('beijing')).toEqual({
      companies: 2,
      company_investment_fen: 301_000,
      company_jobs: 3_010,
      cases_open: 3,
      consumption_sales_fen: 4_001,
    });
    expect(await totals('guangdong', { donor: '110000' })).toEqual({
      companies: 0,
      company_investment_fen: 0,
      company_jobs: 0,
      cases_open: 0,
      consumption_sales_fen: 0,
    });
  });

  it('a new record shows in the next answer', async () => {
    const before = await totals('guangdong');
    await createSales({ actor: systemActor('test'), db: ctx.database.db }, [
      {
        programme: 'xinjiang',
        donor: '440000',
        area: '653121',
        month: '2026-01',
        channel: 'trade-fair',
        productCategory: 'dried-fruit',
        amountFen: 50_000,
        quantity: 1,
        unit: '吨',
        published: false,
      },
    ]);
    expect((await totals('guangdong'))?.consumption_sales_fen).toBe(
      (before?.consumption_sales_fen ?? 0) + 50_000,
    );
  });
});
