/**
 * The warnings about other subjects than projects (decision 0029): a person's term ending within
 * N days (`term-ending`, about a posting) and a company's request unanswered after N working days
 * (`case-late`, about a case). Each subject's donor and area are copied onto the warning, for
 * the queue's visibility and filters.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { caseIsLate, chinaDate, lateOpenedBefore } from '../../domain/company-cases.js';
import {
  addDays,
  caseLateCandidate,
  detectTermEnding,
  type SubjectCandidate,
  type WarningSettings,
} from '../../domain/warnings.js';
import { readCaseSettings } from '../companies/settings.js';

export type Located = SubjectCandidate & { donorCode: string; areaCode: string };

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

/** Every subject warning that holds on `today`. */
export async function subjectCandidates(
  trx: Transaction<DB>,
  today: string,
  settings: WarningSettings,
): Promise<Located[]> {
  const [terms, cases] = await Promise.all([
    termsEnding(trx, today, settings.termEndingDays),
    lateCases(trx, today),
  ]);
  return [...terms, ...cases];
}
