/**
 * A company's request (诉求) as a case, pure: its status machine and its times in working days.
 *
 * Status: open → in_progress → resolved → closed; open or in_progress → rejected (with a
 * reason); a resolved case may be reopened (→ in_progress). Resolving and closing need at least
 * one response: a case is never closed unanswered. The first response to an open case moves it
 * to in_progress (the use case does that, not the caller).
 *
 * Working days are the working days of China's official calendar (UTC+8, no daylight saving):
 * Monday to Friday, less the public holidays, plus the weekend days worked in their place (调休),
 * as domain/china-holidays.ts lists them (decision 0066; a year it does not list counts Monday to
 * Friday). A request sent on Friday evening Beijing time is a Friday request; one sent on the eve
 * of the Spring Festival is not late before the festival is over.
 */
import { calendarDelta, isChinaWorkingDay } from './china-holidays.js';
import { type ProblemRef, problem } from './problems.js';

export const CASE_STATUSES = ['open', 'in_progress', 'resolved', 'closed', 'rejected'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Still waiting for the company: counted by `cases_open`. */
export const OPEN_CASE_STATUSES = ['open', 'in_progress'] as const;

export const CASE_CATEGORIES = [
  'land',
  'permits',
  'financing',
  'labour',
  'logistics',
  'utilities',
  'policy',
  'other',
] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];

/** Working days without a response after which a case is late (an early warning). */
export const DEFAULT_CASE_RESPONSE_WORKING_DAYS = 3;

const MOVES: Record<CaseStatus, readonly CaseStatus[]> = {
  open: ['in_progress', 'rejected'],
  in_progress: ['resolved', 'rejected'],
  resolved: ['closed', 'in_progress'],
  closed: [],
  rejected: [],
};

export interface CaseMove {
  from: CaseStatus;
  to: CaseStatus;
  responses: number;
  reason?: string | null | undefined;
}

/** The statuses a case in `from` may move to. */
export function caseMovesFrom(from: CaseStatus): readonly CaseStatus[] {
  return MOVES[from];
}

/** Null when the move is allowed, or the problem (with the field it is about) otherwise. */
export function caseMoveProblem(m: CaseMove): { field: string; problem: ProblemRef } | null {
  if (!MOVES[m.from].includes(m.to)) {
    return { field: 'to', problem: problem('companyCase.badMove', { from: m.from, to: m.to }) };
  }
  if ((m.to === 'resolved' || m.to === 'closed') && m.responses === 0) {
    return { field: 'to', problem: problem('companyCase.noResponse', { to: m.to }) };
  }
  if (m.to === 'rejected' && (m.reason ?? '').trim() === '') {
    return { field: 'reason', problem: problem('companyCase.rejectReason', {}) };
  }
  return null;
}

const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/** The date in China (UTC+8) of an instant, `YYYY-MM-DD`. */
export function chinaDate(at: string | Date): string {
  const ms = (typeof at === 'string' ? Date.parse(at) : at.getTime()) + CHINA_OFFSET_MS;
  return new Date(ms).toISOString().slice(0, 10);
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Working days after `from` up to and including `to` (dates): Monday to Tuesday is 1, Friday
 * to Monday is 1, the same day 0; negative never (0 when `to` is not after `from`). The
 * weekdays are counted by whole weeks, then the holiday calendar's adjustments added.
 */
export function workingDaysBetween(from: string, to: string): number {
  if (to <= from) return 0;
  const a = new Date(`${from}T00:00:00Z`).getTime();
  const b = new Date(`${to}T00:00:00Z`).getTime();
  const days = Math.round((b - a) / 86_400_000);
  const weeks = Math.floor(days / 7);
  let n = weeks * 5;
  // The remainder (fewer than 7 days) walked day by day.
  let d = new Date(a + weeks * 7 * 86_400_000).toISOString().slice(0, 10);
  while (d < to) {
    d = nextDay(d);
    const w = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (w !== 0 && w !== 6) n++;
  }
  return n + calendarDelta(from, to);
}

/** The last working day of `n` working days after `from` (the response's deadline). */
export function addWorkingDays(from: string, n: number): string {
  let d = from;
  let left = n;
  while (left > 0) {
    d = nextDay(d);
    if (isChinaWorkingDay(d)) left--;
  }
  return d;
}

/**
 * Whether a case is late today: still open (no response yet) and today (China) is after the
 * deadline of `workingDays` working days from the day it was opened.
 */
export function caseIsLate(
  c: { status: CaseStatus; openedAt: string; firstResponseAt: string | null },
  now: string | Date,
  workingDays: number,
): boolean {
  if (c.firstResponseAt !== null || c.status !== 'open') return false;
  return chinaDate(now) > addWorkingDays(chinaDate(c.openedAt), workingDays);
}

/** Working days from opening to an instant (the first response, the resolution), or null. */
export function workingDaysTo(openedAt: string, at: string | null): number | null {
  return at === null ? null : workingDaysBetween(chinaDate(openedAt), chinaDate(at));
}

/**
 * The instant before which an unanswered open case is late at `now`: cases opened on China
 * dates whose deadline has passed (the SQL twin of {@link caseIsLate}).
 */
export function lateOpenedBefore(now: string | Date, workingDays: number): string {
  const today = chinaDate(now);
  // The first opening date still within its deadline today: walk back from today.
  let date = today;
  // Bounded: N working days span at most N weeks plus the longest holiday (9 days) and more.
  for (let i = 0; i < workingDays * 7 + 30; i++) {
    const previous = new Date(`${date}T00:00:00Z`);
    previous.setUTCDate(previous.getUTCDate() - 1);
    const candidate = previous.toISOString().slice(0, 10);
    if (addWorkingDays(candidate, workingDays) < today) break;
    date = candidate;
  }
  // Midnight of that date in China, as a UTC instant.
  return new Date(Date.parse(`${date}T00:00:00Z`) - CHINA_OFFSET_MS).toISOString();
}
