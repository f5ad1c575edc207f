/**
 * The demo's companies and consumption aid (../shared/seed/FACTS.md), entered through the use
 * cases so the measures count them: the Hotan textile company brought in by Beijing's Hotan
 * headquarters (August 2024, 700+ jobs) with its chief service officer and two requests (one
 * answered, one open and late), Lianfa Textile's 21 companies brought by Jiangsu, and 疆品南下
 * sales in Guangdong by channel and month. Dates of the cases and sales are relative to the
 * load date (decision 0020). Figures the report does not give (the Hotan company's investment,
 * the Lianfa companies' investment and jobs, sales amounts) are illustrative and say so in the
 * note. Loaded once: skipped when the Hotan company exists.
 */
import type { Database } from '../db/database.js';
import { systemActor } from '../domain/access.js';
import { creditCodeCheckChar } from '../domain/credit-code.js';
import { addDays } from '../domain/warnings.js';
import { moveCase, openCase, respondToCase } from '../modules/companies/cases.js';
import { assignOfficer, createCompany } from '../modules/companies/service.js';
import { createSales } from '../modules/consumption/service.js';

const code = (stem: string) => `${stem}${creditCodeCheckChar(stem)}`;
const HOTAN_CODE = code('91653201MA0DEM001');
const ILLUSTRATIVE = '演示数据：金额为示意，非报告数字';
const ILLUSTRATIVE_INVESTMENT = '演示数据：投资额为示意，非报告数字';
/** The Hotan company's investment (illustrative: FACTS.md gives jobs and output, not money). */
export const HOTAN_PLANNED_FEN = 1_500_000_000_00;
export const HOTAN_ARRIVED_FEN = 600_000_000_00;
/**
 * Each Lianfa company's investment and jobs (illustrative: FACTS.md gives only their number):
 * 8,000 万元 planned and 200 jobs for the first, a little more for each later one; arrived and
 * hired in proportion to how long ago it opened.
 */
export function lianfaFigures(i: number) {
  const planned = (8_000 + 500 * (i % 5)) * 10_000_00;
  const jobsPlanned = 200 + 20 * (i % 5);
  return {
    investmentPlannedFen: planned,
    investmentArrivedFen: (planned / 10) * (5 + (i % 4)),
    jobsPlanned,
    jobsActual: Math.round((jobsPlanned * (6 + (i % 3))) / 10),
    localHires: Math.round((jobsPlanned * (5 + (i % 3))) / 10),
  };
}

/** Loads the demo companies and sales; the number of records added. */
export async function loadDemoCompanies(database: Database, today: string): Promise<number> {
  const ctx = { actor: systemActor('demo'), db: database.db };
  const exists = await database.db
    .selectFrom('companies')
    .select('id')
    .where('creditCode', '=', HOTAN_CODE)
    .executeTakeFirst();
  if (exists) return 0;
  let added = 0;
  const hotan = await createCompany(ctx, {
    name: '和田市产业园纺织企业（演示）',
    creditCode: HOTAN_CODE,
    industry: '纺织服装',
    programme: 'xinjiang',
    donor: '110000',
    area: '653201',
    signedOn: '2024-08-01',
    // The report gives no investment: 15 亿元 planned for the whole park company (3+ billion
    // yuan of output a year when complete), 6 亿元 arrived with phase 1 built and producing.
    investmentPlannedFen: HOTAN_PLANNED_FEN,
    investmentArrivedFen: HOTAN_ARRIVED_FEN,
    jobsPlanned: 3000,
    jobsActual: 700,
    localHires: 700,
    note: `一期建成投产，带动就业 700 余人；全部建成后可带动就业 3000 余人，服务 200 余家服装企业。${ILLUSTRATIVE_INVESTMENT}`,
    published: true,
  });
  await assignOfficer(ctx, hotan.id, {
    name: '北京市援疆和田指挥部首席服务官',
    organisation: '北京市援疆和田指挥部',
    startOn: '2024-08-01',
  });
  const answered = await openCase(ctx, hotan.id, {
    category: 'labour',
    description: '纺纱工人岗前培训需求',
    openedAt: `${addDays(today, -20)}T02:00:00.000Z`,
  });
  await respondToCase(ctx, answered.id, {
    text: '已协调职业技能培训中心开班',
    responder: '首席服务官',
    respondedAt: `${addDays(today, -18)}T03:00:00.000Z`,
  });
  await moveCase(ctx, answered.id, { to: 'resolved' });
  await openCase(ctx, hotan.id, {
    category: 'logistics',
    description: '成品外运物流成本高，申请运费补贴',
    openedAt: `${addDays(today, -10)}T02:00:00.000Z`,
  });
  added += 3;

  const lianfaAreas = ['653001', '653023', '653024'];
  for (let i = 1; i <= 21; i++) {
    await createCompany(ctx, {
      name: `联发纺织南疆第${i}家企业（演示）`,
      creditCode: code(`91653000MAL${String(i).padStart(6, '0')}`),
      industry: '纺织服装',
      programme: 'xinjiang',
      donor: '320000',
      area: lianfaAreas[i % lianfaAreas.length] ?? '653001',
      signedOn: '2024-06-01',
      ...lianfaFigures(i),
      note: `江苏援疆引进联发纺织在南疆开设的 21 家企业之一。${ILLUSTRATIVE_INVESTMENT}，就业人数亦为示意`,
      published: true,
    });
    added++;
  }

  const months = [3, 2, 1].map((back) =>
    addDays(`${today.slice(0, 7)}-01`, -28 * back).slice(0, 7),
  );
  const rows = months.flatMap((month, m) =>
    (
      [
        ['experience-hall', 'dried-fruit', '红枣', 1_200_000_00],
        ['online-platform', 'nuts', '核桃', 800_000_00],
        ['canteen-purchase', 'fresh-fruit', '伽师瓜', 300_000_00],
      ] as const
    ).map(([channel, productCategory, product, fen]) => ({
      programme: 'xinjiang',
      donor: '440000',
      area: m % 2 === 0 ? '653121' : '653129',
      month,
      channel,
      productCategory,
      product,
      amountFen: fen + m * 10_000_00,
      quantity: 10 + m,
      unit: '吨',
      note: ILLUSTRATIVE,
      published: true,
    })),
  );
  const { created } = await createSales(ctx, rows);
  return added + created;
}
