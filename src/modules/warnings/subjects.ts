/**
 * The warnings about other subjects than projects (decision 0029): a person's term ending within
 * N days (`term-ending`, about a posting) and a company's request unanswered after N working days
 * (`case-late`, about a case); a reporter's indicator values still incomplete after the due date
 * (`report-late`, about a report, decision 0054). Each subject's donor and area are copied onto
 * the warning, for the queue's visibility and filters.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { caseIsLate, chinaDate, lateOpenedBefore } from '../../domain/company-cases.js';
import {
  dueDateOf,
  type Period,
  type PeriodType,
  parsePeriod,
  previousPeriod,
} from '../../domain/indicators.js';
import {
  addDays,
  caseLateCandidate,
  detectTermEnding,
  reportLateCandidate,
  type SubjectCandidate,
  type WarningSettings,
} from '../../domain/warnings.js';
import { readCaseSettings } from '../companies/settings.js';

export type Located = SubjectCandidate & {
  donorCode: string | null;
  areaCode: string;
  /** A report's set, period and due date (kept in the detail). */
  report?: { set: string; period: string; dueDate: string };
};

/** The period of `type` that holds `date`. */
export function periodHolding(date: string, type: PeriodType): Period {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  const key =
    type === 'year'
      ? year
      : type === 'half'
        ? `${year}-H${month <= 6 ? 1 : 2}`
        : type === 'quarter'
          ? `${year}-Q${Math.ceil(month / 3)}`
          : `${year}-${date.slice(5, 7)}`;
  return parsePeriod(key) as Period;
}

/**
 * Reporters of every indicator set whose values for the current or the previous period of the
 * set's type (not older ones: bounded work, and an old silence is already in the queue) are
 * incomplete after the due date (`late`, the completeness rule of decision 0048, as of `today`);
 * a period outside the programme's years is not asked for. `settled`: the keys of the reports
 * judged and complete (or not yet due) — only those end an open warning.
 */
async function lateReports(trx: Transaction<DB>, today: string) {
  const [sets, items, reporters, elements, programmes] = await Promise.all([
    trx
      .selectFrom('indicatorSets')
      .select(['code', 'programmeCode', 'periodType', 'dueDays'])
      .execute(),
    trx.selectFrom('indicatorSetItems').select(['setCode', 'itemCode']).execute(),
    trx.selectFrom('indicatorSetReporters').select(['setCode', 'areaCode', 'donorCode']).execute(),
    trx.selectFrom('indicatorElements').select('code').execute(),
    trx.selectFrom('programmes').select(['code', 'startYear', 'endYear']).execute(),
  ]);
  const isElement = new Set(elements.map((e) => e.code));
  const found: Located[] = [];
  const settled = new Set<string>();
  for (const set of sets) {
    const programme = programmes.find((p) => p.code === set.programmeCode);
    const codes = items.filter((i) => i.setCode === set.code && isElement.has(i.itemCode));
    const units = reporters.filter((r) => r.setCode === set.code);
    if (units.length === 0) continue;
    const current = periodHolding(today, set.periodType);
    const previous = parsePeriod(previousPeriod(current)) as Period;
    for (const period of [previous, current]) {
      const from = programme?.startYear ?? null;
      const to = programme?.endYear ?? null;
      if ((from !== null && period.year < from) || (to !== null && period.year > to)) continue;
      const dueDate = dueDateOf(period, set.dueDays);
      const entered =
        codes.length === 0
          ? []
          : await trx
              .selectFrom('indicatorValues')
              .select(['areaCode', 'donorCode', 'elementCode'])
              .distinct()
              .where(
                'elementCode',
                'in',
                codes.map((c) => c.itemCode),
              )
              .where('period', '=', period.key)
              .execute();
      for (const u of units) {
        const have = new Set(
          entered
            .filter((e) => e.areaCode === u.areaCode && e.donorCode === u.donorCode)
            .map((e) => e.elementCode),
        );
        const ref = {
          set: set.code,
          period: period.key,
          dueDate,
          area: u.areaCode,
          donor: u.donorCode,
        };
        const c = reportLateCandidate({ ...ref, entered: have.size, expected: codes.length });
        // `late` (decision 0048): not complete and today after the due date.
        if (have.size < codes.length && today > dueDate) {
          found.push({
            ...c,
            donorCode: u.donorCode,
            areaCode: u.areaCode,
            report: { set: set.code, period: period.key, dueDate },
          });
        } else {
          settled.add(c.dedupeKey);
        }
      }
    }
  }
  return { found, settled };
}

/** Running postings whose planned end is within the setting's days of `today`. */
async function termsEnding(trx: Transaction<DB>, today: string, days: number) {
  const rows = await trx
    .selectFrom('postings')
    .select(['id', 'plannedEnd', 'actualEnd', 'donorCode', 'areaCode'])
    .where('actualEnd', 'is', null)
    .where('endsOn', '>=', today)
    .where('endsOn', '<=', addDays(today, days))
    .execute();
  return rows.flatMap((r): Located[] => {
    const c = detectTermEnding(
      { id: Number(r.id), plannedEnd: String(r.plannedEnd), actualEnd: null },
      today,
      days,
    );
    return c ? [{ ...c, donorCode: r.donorCode, areaCode: r.areaCode }] : [];
  });
}

/**
 * Open cases with no response after the deadline, as of `today`: the end of that day in China
 * is not used; the day is judged at noon UTC (20:00 in China), the same day, so a run on a given
 * date gives the same answer whatever the hour.
 */
async function lateCases(trx: Transaction<DB>, today: string) {
  const { responseWorkingDays: days } = await readCaseSettings(trx);
  const now = `${today}T12:00:00.000Z`;
  const rows = await trx
    .selectFrom('companyCases as cc')
    .innerJoin('companies as co', 'co.id', 'cc.companyId')
    .select([
      'cc.id',
      'cc.status',
      'cc.openedAt',
      'cc.firstResponseAt',
      'co.donorCode',
      'co.areaCode',
    ])
    .where('cc.status', '=', 'open')
    .where('cc.firstResponseAt', 'is', null)
    .where('cc.openedAt', '<', lateOpenedBefore(now, days))
    .execute();
  return rows.flatMap((r): Located[] => {
    const openedAt = new Date(r.openedAt).toISOString();
    if (!caseIsLate({ status: r.status, openedAt, firstResponseAt: null }, now, days)) return [];
    const c = caseLateCandidate({ id: Number(r.id), openedOn: chinaDate(openedAt) }, days);
    return [{ ...c, donorCode: r.donorCode, areaCode: r.areaCode }];
  });
}

/**
 * Every subject warning that holds on `today`, and the report keys judged not late (`settled`):
 * an open report warning whose key is not among them (its period left the window, its set or
 * reporter was removed) is left for the queue, not resolved.
 */
export async function subjectCandidates(
  trx: Transaction<DB>,
  today: string,
  settings: WarningSettings,
): Promise<{ candidates: Located[]; settled: ReadonlySet<string> }> {
  const [terms, cases, reports] = await Promise.all([
    termsEnding(trx, today, settings.termEndingDays),
    lateCases(trx, today),
    lateReports(trx, today),
  ]);
  return { candidates: [...terms, ...cases, ...reports.found], settled: reports.settled };
}
