/**
 * A generated project's life as of a date: a planned schedule from its approval on, the stages
 * whose planned date has come having happened (a few days either side, never after `today`),
 * and the money that follows them. Built to obey every data-quality rule
 * (`domain/data-quality.ts`) and to raise no early warning (`domain/warnings.ts`) on `today`:
 *
 * - actual and planned stage dates run in stage order; nothing actual is dated after `today`;
 * - the next stage is planned after `today` (no `not-started`, no `stage-overdue`);
 * - a project under way has had a disbursement within the last ~4 months (no `no-disbursement`);
 * - acceptance follows completion within 20 days of plan (no `acceptance-pending`);
 * - the commitment is the budget, and disbursements never exceed it.
 *
 * A `late` project instead has its next stage planned before `today` and not reached: the
 * deliberate share of overdue work a benchmark needs.
 */
import type { TransactionType } from '../domain/ledger.js';
import { allocate } from '../domain/money.js';
import type { ProgressStage, Stage } from '../domain/stages.js';
import { addDays } from '../domain/warnings.js';
import type { prng } from './generator-data.js';

type Rng = ReturnType<typeof prng>;

export interface TimelineInput {
  year: number;
  type: string;
  budgetFen: number;
  /** Whether the project tenders (turnkey and joint delivery of works do). */
  tenders: boolean;
  today: string;
  late: boolean;
}

export interface TimelineStageDate {
  stage: ProgressStage;
  plannedDate: string | null;
  actualDate: string | null;
}

export interface TimelineMoney {
  type: TransactionType;
  valueFen: number;
  date: string;
  planned: 0 | 1;
}

export interface Timeline {
  stage: Stage;
  stageBeforeSuspension: ProgressStage | null;
  stageReason: string | null;
  approvalDate: string | null;
  stageDates: TimelineStageDate[];
  money: TimelineMoney[];
}

const WORKS = new Set(['livelihood', 'industry', 'culture-education']);

const min = (a: string, b: string) => (a < b ? a : b);
const max = (a: string, b: string) => (a > b ? a : b);

/** The project's timeline as of `input.today`, drawn from the project's own generator `r`. */
export function projectTimeline(input: TimelineInput, r: Rng): Timeline {
  const { today } = input;
  const works = WORKS.has(input.type);
  // The planned schedule, every gap at least 15 days so a week's slip either side keeps order.
  const approval = addDays(`${input.year}-01-01`, r.int(10, 150));
  const planned = new Map<ProgressStage, string>();
  planned.set('approved', approval);
  let at = approval;
  if (input.tenders) {
    at = addDays(at, r.int(20, 50));
    planned.set('tendering', at);
  }
  at = addDays(at, r.int(15, 40));
  planned.set('started', at);
  at = addDays(at, works ? r.int(150, 330) : r.int(30, 150));
  planned.set('completed', at);
  at = addDays(at, r.int(5, 20));
  planned.set('accepted', at);
  at = addDays(at, r.int(90, 240));
  planned.set('audited', at);
  at = addDays(at, r.int(120, 300));
  planned.set('evaluated', at);
  const slips = [...planned.keys()].map(() => r.int(-7, 7));
  const fate = r.next();
  const lateBy = r.int(20, 120);

  // The stages whose planned date has come have happened, in order, never after today.
  const actual = new Map<ProgressStage, string>();
  let previous = '';
  [...planned.entries()].forEach(([stage, date], i) => {
    if (date > today) return;
    const slipped = stage === 'approved' ? date : addDays(date, slips[i] ?? 0);
    const when = min(max(slipped, previous), today);
    actual.set(stage, when);
    previous = when;
  });
  const reached: ProgressStage = [...actual.keys()].at(-1) ?? 'reserve';

  // A late project: its next stage was planned a while ago and has not happened.
  if (input.late && reached !== 'evaluated') {
    const order = [...planned.keys()];
    const next = order[order.indexOf(reached as ProgressStage) + 1] ?? 'approved';
    const due = addDays(today, -lateBy);
    const floor = reached === 'reserve' ? `${input.year}-01-01` : (actual.get(reached) ?? '');
    const prev = reached === 'reserve' ? floor : (planned.get(reached) ?? floor);
    const moved = max(max(due, floor), prev);
    if (moved < today) planned.set(next, moved);
  }

  // Now and then a project is suspended or cancelled where it stood.
  let stage: Stage = reached;
  let stageBeforeSuspension: ProgressStage | null = null;
  let stageReason: string | null = null;
  const under = ['approved', 'tendering', 'started', 'completed'].includes(reached);
  if (fate < 0.01 && under && reached !== 'completed') {
    stage = 'cancelled';
    stageReason = '项目合并';
  } else if (fate < 0.025 && under) {
    stage = 'suspended';
    stageBeforeSuspension = reached;
    stageReason = '资金调整';
  }
  const approvalDate = actual.get('approved') ?? null;
  const stageDates: TimelineStageDate[] = [...planned.entries()].map(([s, p]) => ({
    stage: s,
    plannedDate: p,
    actualDate: actual.get(s) ?? null,
  }));

  const money: TimelineMoney[] = [];
  if (approvalDate === null || stage === 'cancelled') {
    return { stage, stageBeforeSuspension, stageReason, approvalDate, stageDates, money };
  }
  const budget = input.budgetFen;
  money.push({ type: 'commitment', valueFen: budget, date: approvalDate, planned: 0 });
  const started = actual.get('started');
  const draws = Array.from({ length: 8 }, () => r.int(3, 15));
  if (started === undefined) {
    return { stage, stageBeforeSuspension, stageReason, approvalDate, stageDates, money };
  }
  // Disbursements: 85% in instalments from the start to the planned completion (at most ~110
  // days apart), 10% after acceptance, 5% after the audit. Each is matched by an arrival a few
  // days before it and an expenditure a few weeks after (when those dates have come).
  const [works85, accept10, audit5] = allocate(budget, [8500, 1000, 500]) as [
    number,
    number,
    number,
  ];
  const completionPlanned = planned.get('completed') ?? started;
  const span = Math.max(
    0,
    (Date.parse(completionPlanned) - Date.parse(addDays(started, 5))) / 86_400_000,
  );
  const parts = Math.min(6, Math.ceil(span / 90) + 1);
  const step = parts > 1 ? Math.floor(span / (parts - 1)) : 0;
  const instalments = allocate(
    works85,
    Array.from({ length: parts }, (_, j) => (j === 0 ? 3 : 2)),
  ).map((valueFen, j) => ({ valueFen, date: addDays(started, 5 + j * step) }));
  const accepted = actual.get('accepted');
  const audited = actual.get('audited');
  if (accepted) instalments.push({ valueFen: accept10, date: addDays(accepted, draws[0] ?? 5) });
  if (audited) instalments.push({ valueFen: audit5, date: addDays(audited, draws[1] ?? 5) });
  let paid = 0;
  instalments.forEach((x, j) => {
    if (x.date > today || x.valueFen <= 0) return;
    paid += x.valueFen;
    money.push({
      type: 'arrival',
      valueFen: x.valueFen,
      date: max(approvalDate, addDays(x.date, -(draws[(j + 2) % 8] ?? 3))),
      planned: 0,
    });
    money.push({ type: 'disbursement', valueFen: x.valueFen, date: x.date, planned: 0 });
    const spent = addDays(x.date, 10 + (draws[(j + 3) % 8] ?? 5) * 2);
    if (spent <= today) {
      money.push({ type: 'expenditure', valueFen: x.valueFen, date: spent, planned: 0 });
    }
  });
  // What is still to pay, planned for the next stage ahead.
  if (paid < budget && stage !== 'suspended') {
    const ahead = [...planned.values()].find((d) => d > today) ?? addDays(today, 30);
    money.push({ type: 'disbursement', valueFen: budget - paid, date: ahead, planned: 1 });
  }
  return { stage, stageBeforeSuspension, stageReason, approvalDate, stageDates, money };
}
