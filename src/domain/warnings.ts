/**
 * Early warnings (预警): conditions on a project's progress that someone should act on. Pure:
 * given plain facts about projects and today's date, the candidates that hold today.
 *
 * Kinds:
 * - `not-started`: the planned start date has passed and the project has not started.
 * - `stage-overdue`: the planned date of the project's next stage (other than `started`, which
 *   `not-started` covers) has passed without an actual date.
 * - `no-disbursement`: a project under way (started or completed, not yet accepted) has had no
 *   actual disbursement for N months, counted from its last actual disbursement, or from its
 *   actual start when it has none.
 * - `acceptance-pending`: completed more than 30 days ago and not accepted.
 *
 * Suspended, cancelled and finished (`evaluated`) projects raise none.
 *
 * The dedupe key names one occurrence of a condition: `kind:projectCode:stage:date`, the date
 * being the one the condition is measured from (the planned date, the last disbursement, the
 * completion). The same condition on the next day has the same key; a new occurrence (a planned
 * date moved and missed again, a disbursement followed by a new silence) has a new key.
 */
import type { ProjectFacts, Text } from './data-quality.js';
import { PROGRESS_STAGES, type ProgressStage, STAGE_NAMES_ZH } from './stages.js';

/** The warnings about a project's progress (the home page counts these). */
export const PROJECT_WARNING_KINDS = [
  'not-started',
  'no-disbursement',
  'stage-overdue',
  'acceptance-pending',
] as const;
export type ProjectWarningKind = (typeof PROJECT_WARNING_KINDS)[number];

/**
 * Every kind in the work queue: the project kinds, a person's term ending within N days
 * (`term-ending`, about a posting) and a company's request unanswered after N working days
 * (`case-late`, about a case). Decision 0029. A reporter's indicator values for a period still
 * incomplete after the due date (`report-late`, about a report). Decision 0054.
 */
export const WARNING_KINDS = [
  ...PROJECT_WARNING_KINDS,
  'term-ending',
  'case-late',
  'report-late',
] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

/** What a warning is about. */
export const WARNING_SUBJECTS = ['project', 'posting', 'company_case', 'report'] as const;
export type WarningSubject = (typeof WARNING_SUBJECTS)[number];

/** The subject of each kind. */
export function subjectOfKind(kind: WarningKind): WarningSubject {
  if (kind === 'term-ending') return 'posting';
  if (kind === 'case-late') return 'company_case';
  if (kind === 'report-late') return 'report';
  return 'project';
}

/** Days before a term's planned end from which it is a warning (setting, default). */
export const DEFAULT_TERM_ENDING_DAYS = 90;

/** Days after completion within which acceptance is expected. */
export const ACCEPTANCE_GRACE_DAYS = 30;
export const DEFAULT_NO_DISBURSEMENT_MONTHS = 6;

/** What detection looks at: a project's stage and dates, and its last actual disbursement. */
export type WarningFacts = Pick<
  ProjectFacts,
  'code' | 'stage' | 'stageBeforeSuspension' | 'stageDates'
> & { lastDisbursementDate: string | null };

export interface WarningSettings {
  noDisbursementMonths: number;
  /** A running posting whose planned end is within this many days is `term-ending`. */
  termEndingDays: number;
}

export interface WarningCandidate {
  kind: ProjectWarningKind;
  projectCode: string;
  dedupeKey: string;
  /** The stage concerned. */
  stage: ProgressStage;
  /** The date the condition is measured from. */
  since: string;
  message: Text;
}

/** `YYYY-MM-DD` plus whole days (negative to go back). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` plus whole months, clamped to the month's last day (01-31 + 1 month = 02-28/29). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0),
  ).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

function candidate(
  kind: ProjectWarningKind,
  p: WarningFacts,
  stage: ProgressStage,
  since: string,
  message: Text,
): WarningCandidate {
  return {
    kind,
    projectCode: p.code,
    stage,
    since,
    dedupeKey: `${kind}:${p.code}:${stage}:${since}`,
    message,
  };
}

const index = (s: ProgressStage) => PROGRESS_STAGES.indexOf(s);

/** The next progress stage that has a planned date, after the reached one (tendering may be skipped). */
function nextPlanned(p: WarningFacts, reached: ProgressStage) {
  for (const stage of PROGRESS_STAGES.slice(index(reached) + 1)) {
    const planned = p.stageDates[stage]?.planned ?? null;
    if (planned !== null) return { stage, planned };
    if (stage !== 'tendering') return null;
  }
  return null;
}

/** The warnings that hold for one project on `today`. */
export function detectWarnings(
  p: WarningFacts,
  today: string,
  settings: Pick<WarningSettings, 'noDisbursementMonths'>,
): WarningCandidate[] {
  if (p.stage === 'suspended' || p.stage === 'cancelled' || p.stage === 'evaluated') return [];
  const reached = p.stage;
  const found: WarningCandidate[] = [];
  const actual = (s: ProgressStage) => p.stageDates[s]?.actual ?? null;

  if (index(reached) < index('started') && actual('started') === null) {
    const planned = p.stageDates.started?.planned ?? null;
    if (planned !== null && planned < today) {
      found.push(
        candidate('not-started', p, 'started', planned, {
          zh: `计划 ${planned} 开工，至今未开工`,
          en: `planned to start on ${planned}, not started yet`,
        }),
      );
    }
  }

  const next = nextPlanned(p, reached);
  if (next && next.stage !== 'started' && next.planned < today && actual(next.stage) === null) {
    found.push(
      candidate('stage-overdue', p, next.stage, next.planned, {
        zh: `计划 ${next.planned} ${STAGE_NAMES_ZH[next.stage]}，已逾期`,
        en: `the ${next.stage} stage was planned for ${next.planned} and is overdue`,
      }),
    );
  }

  if (index(reached) >= index('started') && index(reached) < index('accepted')) {
    const since = p.lastDisbursementDate ?? actual('started');
    const months = settings.noDisbursementMonths;
    if (since !== null && addMonths(since, months) < today) {
      const what = p.lastDisbursementDate
        ? { zh: `最近一次拨付在 ${since}`, en: `the last disbursement was on ${since}` }
        : { zh: `${since} 开工以来`, en: `since the start on ${since}` };
      found.push(
        candidate('no-disbursement', p, reached, since, {
          zh: `${what.zh}，已超过 ${months} 个月无实际拨付`,
          en: `no actual disbursement for more than ${months} months (${what.en})`,
        }),
      );
    }
  }

  const completed = actual('completed');
  if (
    reached === 'completed' &&
    completed !== null &&
    addDays(completed, ACCEPTANCE_GRACE_DAYS) < today
  ) {
    found.push(
      candidate('acceptance-pending', p, 'accepted', completed, {
        zh: `${completed} 完工，超过 ${ACCEPTANCE_GRACE_DAYS} 天未验收移交`,
        en: `completed on ${completed} and not accepted within ${ACCEPTANCE_GRACE_DAYS} days`,
      }),
    );
  }
  return found;
}

/** A warning about something other than a project: a posting, a company's case, a report. */
export interface SubjectCandidate {
  kind: 'term-ending' | 'case-late' | 'report-late';
  subjectKind: 'posting' | 'company_case' | 'report';
  subjectId: number;
  dedupeKey: string;
  /** The date the condition is measured from: the planned end, the day the case was opened. */
  since: string;
  message: Text;
}

/** Whole days from `from` to `to` (dates). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * `term-ending`: a posting still running (no actual end) whose planned end is today or within
 * `days` days. The key carries the planned end: a term extended and ending again is a new one.
 */
export function detectTermEnding(
  p: { id: number; plannedEnd: string; actualEnd: string | null },
  today: string,
  days: number,
): SubjectCandidate | null {
  if (p.actualEnd !== null || p.plannedEnd < today || p.plannedEnd > addDays(today, days)) {
    return null;
  }
  const left = daysBetween(today, p.plannedEnd);
  return {
    kind: 'term-ending',
    subjectKind: 'posting',
    subjectId: p.id,
    dedupeKey: `term-ending:posting:${p.id}:${p.plannedEnd}`,
    since: p.plannedEnd,
    message: {
      zh: `任期 ${p.plannedEnd} 届满，还有 ${left} 天`,
      en: `the term ends on ${p.plannedEnd}, in ${left} days`,
    },
  };
}

/**
 * `case-late`: a company's case opened on `openedOn` (a date in China) still open with no
 * response after `workingDays` working days (the rule of domain/company-cases.ts, decided by
 * the caller). The key carries the opening date.
 */
export function caseLateCandidate(
  c: { id: number; openedOn: string },
  workingDays: number,
): SubjectCandidate {
  return {
    kind: 'case-late',
    subjectKind: 'company_case',
    subjectId: c.id,
    dedupeKey: `case-late:company_case:${c.id}:${c.openedOn}`,
    since: c.openedOn,
    message: {
      zh: `${c.openedOn} 提出的诉求，超过 ${workingDays} 个工作日未答复`,
      en: `request of ${c.openedOn} not answered within ${workingDays} working days`,
    },
  };
}

/** Which report a `report-late` warning is about (kept in its detail). */
export interface ReportRef {
  set: string;
  period: string;
  dueDate: string;
  area: string;
  donor: string | null;
}

/** A period key in words: `2026年第3季度` / `2026 Q3` (`2025`, `2026-H1`, `2026-Q3`, `2026-11`). */
export function periodInWords(key: string): Text {
  const m = /^(\d{4})(?:-(H[12]|Q[1-4]|\d{2}))?$/.exec(key);
  if (!m) return { zh: key, en: key };
  const [, year, part] = m;
  if (!part) return { zh: `${year}年`, en: `${year}` };
  if (part.startsWith('H')) {
    const first = part === 'H1';
    return {
      zh: `${year}年${first ? '上' : '下'}半年`,
      en: `the ${first ? 'first' : 'second'} half of ${year}`,
    };
  }
  if (part.startsWith('Q')) return { zh: `${year}年第${part[1]}季度`, en: `${year} Q${part[1]}` };
  return { zh: `${year}年${Number(part)}月`, en: `${year}-${part}` };
}

/**
 * `report-late`: a reporter (an area, optionally with a donor) of an indicator set whose values
 * for a period are still incomplete after the period's due date — nothing or part entered (the
 * completeness status `late`, decision 0048). A report has no numeric id: the subject id is 0
 * and the key names the set, the period, the area and the donor (`-` when none). The same
 * silence on the next day has the same key; completing the report ends it.
 */
export function reportLateCandidate(
  r: ReportRef & { entered: number; expected: number },
): SubjectCandidate {
  const who = `${r.area}:${r.donor ?? '-'}`;
  const period = periodInWords(r.period);
  return {
    kind: 'report-late',
    subjectKind: 'report',
    subjectId: 0,
    dedupeKey: `report-late:report:${r.set}:${r.period}:${who}`,
    since: r.dueDate,
    message:
      r.entered === 0
        ? {
            zh: `${period.zh}指标数据应于 ${r.dueDate} 前报送，至今未报`,
            en: `the indicator values of ${period.en} were due by ${r.dueDate}; none entered`,
          }
        : {
            zh: `${period.zh}指标数据应于 ${r.dueDate} 前报送，仅报 ${r.entered}/${r.expected} 项`,
            en: `the indicator values of ${period.en} were due by ${r.dueDate}; only ${r.entered} of ${r.expected} entered`,
          },
  };
}
