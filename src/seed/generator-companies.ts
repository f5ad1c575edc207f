/**
 * The generator's companies brought in (招商引资, decision 0028, 0039): for one year, each
 * donor's companies signed in its paired areas with their chief service officers over time and
 * their requests (诉求) as cases with responses, written in bulk and keeping the rules the use
 * cases keep (src/modules/companies/, src/domain/company-cases.ts):
 *
 * - a unified social credit code that passes the GB 32100 check (`91` + the company's area code
 *   + `MG` + the company's id in base 31 + the check character), never one already stored;
 * - local hires at most the actual jobs, arrived investment at most the planned;
 * - officers one after another: the first from the signing date, each next one starting after
 *   the last one started, the serving one ended the day before;
 * - a case's officer is the one serving on the day it was opened (`officerOn`, the UTC date);
 * - statuses as the machine reaches them: open (no response), in progress (answered), resolved
 *   and closed (answered first), rejected (with a reason); `first_response_at` is the earliest
 *   response; nothing happens after `today`; some unanswered open cases are late.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import {
  addWorkingDays,
  CASE_CATEGORIES,
  type CaseStatus,
  workingDaysTo,
} from '../domain/company-cases.js';
import { CREDIT_CODE_CHARS, creditCodeCheckChar } from '../domain/credit-code.js';
import { addDays } from '../domain/warnings.js';
import type { AreaPools } from './generator-areas.js';
import { insertBatched } from './generator-areas.js';
import type { prng } from './generator-data.js';

type Rng = ReturnType<typeof prng>;

const INDUSTRIES = [
  ['纺织服装', 30],
  ['农副产品加工', 20],
  ['电子产品组装', 10],
  ['新能源', 8],
  ['建材', 8],
  ['文化旅游', 8],
  ['商贸物流', 8],
  ['医药健康', 4],
  ['电商服务', 4],
] as const;
const BRANDS = ['天山', '昆仑', '丝路', '胡杨', '雪莲', '绿洲', '塔河', '阿尔金', '帕米尔', '金沙'];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗';
const GIVEN = ['建国', '志强', '海涛', '晓东', '立新', '红梅', '丽娟', '文博', '永刚', '明'];
const REQUESTS: Record<(typeof CASE_CATEGORIES)[number], string> = {
  land: '厂房扩建用地审批',
  permits: '环评及生产许可办理',
  financing: '流动资金贷款贴息',
  labour: '本地员工岗前技能培训',
  logistics: '产品外运物流成本补贴',
  utilities: '工业用电增容',
  policy: '援疆招商优惠政策兑现',
  other: '职工子女入学协调',
};
const REPLIES = ['已受理，正在协调相关部门', '已会同主管部门现场办公', '已提交指挥部专题会研究'];
const REJECTIONS = ['不属于援疆政策支持范围', '企业已撤回诉求', '与已办结诉求重复'];

/** The `n`th generated credit code in an area: `91` + area + `MG` + n in base 31 + check. */
export function generatedCreditCode(areaCode: string, n: number): string {
  let body = '';
  let rest = n;
  for (let i = 0; i < 7; i++) {
    body = CREDIT_CODE_CHARS.charAt(rest % 31) + body;
    rest = Math.floor(rest / 31);
  }
  const first17 = `91${areaCode}MG${body}`;
  return `${first17}${creditCodeCheckChar(first17)}`;
}

/** An instant during Beijing office hours (09:00–17:00, UTC+8) on a date. */
function officeHours(r: Rng, date: string): string {
  const hour = String(r.int(1, 8)).padStart(2, '0');
  const minute = String(r.int(0, 59)).padStart(2, '0');
  return `${date}T${hour}:${minute}:00.000Z`;
}

/** `n` working days (China's official calendar) after `date`. */
const workingDaysAfter = addWorkingDays;

export interface CompanyIds {
  company: number;
  officer: number;
  case: number;
  response: number;
  /** Credit codes stored already (the generator's own and any entered). */
  codes: Set<string>;
}

/**
 * Writes `counts[di]` companies of each donor signed in year `y` (none after `today`), with
 * `casesPerCompany` cases each on average; ids continue from `ids`, which it advances.
 */
export async function generateCompaniesYear(
  trx: Transaction<DB>,
  r: Rng,
  y: number,
  donors: readonly string[],
  counts: readonly number[],
  casesPerCompany: number,
  pools: AreaPools,
  ids: CompanyIds,
  today: string,
  now: string,
): Promise<{ companies: number; cases: number }> {
  const yearStart = `${y}-01-01`;
  if (yearStart > today) return { companies: 0, cases: 0 };
  const last = today < `${y}-12-31` ? today : `${y}-12-31`;
  const span = Math.round((Date.parse(last) - Date.parse(yearStart)) / 864e5);
  const companies: object[] = [];
  const officers: object[] = [];
  const cases: object[] = [];
  const responses: object[] = [];
  donors.forEach((donor, di) => {
    const areas = [...(pools.counties.get(donor) ?? []), ...(pools.prefectures.get(donor) ?? [])];
    for (let k = 0; k < (counts[di] ?? 0); k++) {
      const companyId = ++ids.company;
      const areaCode = r.pick(areas.length > 0 ? areas : pools.allCounties);
      let n = companyId;
      let creditCode = generatedCreditCode(areaCode, n);
      while (ids.codes.has(creditCode)) {
        n += 7_919;
        creditCode = generatedCreditCode(areaCode, n);
      }
      ids.codes.add(creditCode);
      const signedOn = addDays(yearStart, r.int(0, span));
      const industry = r.weighted(INDUSTRIES);
      // 5 million to 500 million yuan, skewed: many small, a few large.
      const plannedFen = Math.round(5_000_000 * Math.exp(r.next() * 4.6)) * 100;
      const jobsPlanned = r.int(10, 3_000);
      const jobsActual = r.int(0, jobsPlanned);
      companies.push({
        id: companyId,
        name: `新疆${r.pick(BRANDS)}${industry}有限公司（${y}-${k + 1}）`,
        creditCode,
        industry,
        programmeCode: 'xinjiang',
        donorCode: donor,
        areaCode,
        signedOn,
        investmentPlannedFen: plannedFen,
        investmentArrivedFen: Math.round((plannedFen * r.int(20, 100)) / 100),
        jobsPlanned,
        jobsActual,
        localHires: Math.round((jobsActual * r.int(60, 100)) / 100),
        note: null,
        publishedAt: r.next() < 0.03 ? null : now,
        createdAt: now,
        updatedAt: now,
        version: 1,
      });
      // Officers: the first from the signing date, then one every one to three years.
      const serving: { id: number; startOn: string; endOn: string | null }[] = [];
      for (let start = signedOn; start <= today; start = addDays(start, r.int(365, 1_100))) {
        const previous = serving[serving.length - 1];
        if (previous) previous.endOn = addDays(start, -1);
        serving.push({ id: ++ids.officer, startOn: start, endOn: null });
      }
      for (const o of serving) {
        officers.push({
          id: o.id,
          companyId,
          name: `${r.pick([...SURNAMES])}${r.pick(GIVEN)}`,
          contact: `139${String(r.int(0, 99_999_999)).padStart(8, '0')}`,
          organisation: '援疆前方指挥部',
          startOn: o.startOn,
          endOn: o.endOn,
          createdAt: now,
          updatedAt: now,
        });
      }
      // Cases: opened within four years of signing, none after today.
      const window = Math.round(
        (Math.min(Date.parse(today), Date.parse(addDays(signedOn, 1_460))) - Date.parse(signedOn)) /
          864e5,
      );
      const caseCount = r.int(0, casesPerCompany * 2);
      for (let c = 0; c < caseCount; c++) {
        const openedOn = addDays(signedOn, r.int(0, window));
        const openedAt = officeHours(r, openedOn);
        const officer = serving.find(
          (o) => o.startOn <= openedOn && (o.endOn === null || openedOn <= o.endOn),
        );
        const category = r.pick(CASE_CATEGORIES);
        const caseId = ++ids.case;
        // A first response after 0–2 working days, now and then 3–10 (late).
        const answerOn = workingDaysAfter(openedOn, r.next() < 0.9 ? r.int(0, 2) : r.int(3, 10));
        // Answered the same day: late in the afternoon (17:00 Beijing), after any opening.
        const answerAt =
          answerOn === openedOn ? `${openedOn}T09:00:00.000Z` : officeHours(r, answerOn);
        const answered = answerOn <= today;
        let status: CaseStatus = answered ? 'in_progress' : 'open';
        let resolvedAt: string | null = null;
        let closedAt: string | null = null;
        let rejectionReason: string | null = null;
        const replies: string[] = [];
        if (answered) {
          replies.push(answerAt);
          const resolveOn = workingDaysAfter(answerOn, r.int(1, 40));
          if (resolveOn <= today && r.next() < 0.95) {
            if (r.next() < 0.5) replies.push(officeHours(r, resolveOn));
            status = 'resolved';
            resolvedAt = `${resolveOn}T09:30:00.000Z`;
            const closeOn = addDays(resolveOn, r.int(0, 20));
            if (closeOn <= today && r.next() < 0.8) {
              status = 'closed';
              closedAt = `${closeOn}T09:45:00.000Z`;
            }
          }
        }
        if (status !== 'resolved' && status !== 'closed' && r.next() < 0.05) {
          const rejectOn = addDays(answered ? answerOn : openedOn, r.int(1, 10));
          if (rejectOn <= today) {
            status = 'rejected';
            rejectionReason = r.pick(REJECTIONS);
          }
        }
        cases.push({
          id: caseId,
          companyId,
          officerId: officer?.id ?? null,
          category,
          description: REQUESTS[category],
          status,
          rejectionReason,
          openedAt,
          firstResponseAt: replies[0] ?? null,
          resolvedAt,
          closedAt,
          responseWorkingDays: workingDaysTo(openedAt, replies[0] ?? null),
          resolutionWorkingDays: workingDaysTo(openedAt, resolvedAt),
          createdAt: now,
          updatedAt: now,
          version:
            1 +
            replies.length +
            (resolvedAt ? 1 : 0) +
            (closedAt ? 1 : 0) +
            (rejectionReason ? 1 : 0),
        });
        for (const at of replies) {
          responses.push({
            id: ++ids.response,
            caseId,
            respondedAt: at,
            text: r.pick(REPLIES),
            responder: '首席服务官',
            createdBy: 'system:generate',
            createdAt: now,
          });
        }
      }
    }
  });
  await insertBatched(trx, 'companies', companies);
  await insertBatched(trx, 'companyOfficers', officers);
  await insertBatched(trx, 'companyCases', cases);
  await insertBatched(trx, 'companyCaseResponses', responses);
  return { companies: companies.length, cases: cases.length };
}

/** Where the generated ids continue: the tables' largest ids and the stored credit codes. */
export async function companyIds(trx: Transaction<DB>): Promise<CompanyIds> {
  const max = async (
    table: 'companies' | 'companyOfficers' | 'companyCases' | 'companyCaseResponses',
  ) =>
    Number(
      (
        await trx
          .selectFrom(table)
          .select((eb) => eb.fn.max('id').as('m'))
          .executeTakeFirst()
      )?.m ?? 0,
    );
  const codes = await trx.selectFrom('companies').select('creditCode').execute();
  return {
    company: await max('companies'),
    officer: await max('companyOfficers'),
    case: await max('companyCases'),
    response: await max('companyCaseResponses'),
    codes: new Set(codes.map((c) => c.creditCode)),
  };
}
