/**
 * Declarative data-quality rules for a project, in the manner of the IATI rulesets: each rule
 * has an id, a severity and a description in both languages, and checks plain facts about one
 * project (no I/O). Imports triage findings by severity: `critical` makes the record unusable
 * (its money cannot be attributed), `error` must be fixed before the record counts as complete,
 * `warning` is worth a look (real records often arrive out of order).
 */

export type Severity = 'critical' | 'error' | 'warning';

import { formatWanExact } from './money.js';
import { PROGRESS_STAGES, type ProgressStage, STAGE_NAMES_ZH, type Stage } from './stages.js';

export type { ProgressStage };

export interface Text {
  zh: string;
  en: string;
}

/** What the rules look at: one project, with its ledger already summed (actual transactions). */
export interface ProjectFacts {
  code: string;
  stage: Stage;
  /** For a suspended or cancelled project, the stage it had reached. */
  stageBeforeSuspension: ProgressStage | null;
  donors: ReadonlyArray<{ orgCode: string; shareBp: number }>;
  locations: ReadonlyArray<{ areaCode: string; shareBp: number }>;
  /** Planned and actual dates per stage (`YYYY-MM-DD`); stages without dates may be absent. */
  stageDates: Partial<Record<ProgressStage, { planned: string | null; actual: string | null }>>;
  budgetFen: number;
  committedFen: number;
  arrivedFen: number;
  disbursedFen: number;
  expendedFen: number;
  approvalDate: string | null;
  implementingOrgCode: string | null;
  livelihoodShareBp: number;
  /** The livelihood share the project's type gives by default. */
  defaultLivelihoodBp: number;
  livelihoodReason: string | null;
}

export interface Finding {
  rule: string;
  severity: Severity;
  /** The field at fault, e.g. `locations`, `stageDates.started.actual`, `approvalDate`. */
  field: string;
  message: Text;
}

export interface Rule {
  id: string;
  severity: Severity;
  description: Text;
  check(p: ProjectFacts): Array<Omit<Finding, 'rule' | 'severity'>>;
}

/** An amount in a message: 万元 with separators, as the screens show it. */
const wan = formatWanExact;

function sharesSum(
  what: 'locations' | 'donors',
  shares: ReadonlyArray<{ shareBp: number }>,
): Array<Omit<Finding, 'rule' | 'severity'>> {
  const sum = shares.reduce((s, x) => s + x.shareBp, 0);
  if (sum === 10000) return [];
  const zh = what === 'locations' ? '项目地点' : '出资方';
  return [
    {
      field: what,
      message: {
        zh: `${zh}份额合计应为 100%，现为 ${sum / 100}%`,
        en: `${what === 'locations' ? 'location' : 'donor'} shares must add up to 100%; they add up to ${sum / 100}%`,
      },
    },
  ];
}

/** Each pair of consecutive dated stages whose dates run backwards. */
function stageOrder(p: ProjectFacts, kind: 'planned' | 'actual') {
  const findings: Array<Omit<Finding, 'rule' | 'severity'>> = [];
  let previous: { stage: ProgressStage; date: string } | undefined;
  for (const stage of PROGRESS_STAGES) {
    const date = p.stageDates[stage]?.[kind] ?? null;
    if (date === null) continue;
    if (previous && date < previous.date) {
      findings.push({
        field: `stageDates.${stage}.${kind}`,
        message: {
          zh: `${kind === 'actual' ? '实际' : '计划'}${STAGE_NAMES_ZH[stage]}日期 ${date} 早于${STAGE_NAMES_ZH[previous.stage]}日期 ${previous.date}`,
          en: `${kind} ${stage} date ${date} is before the ${previous.stage} date ${previous.date}`,
        },
      });
    }
    previous = { stage, date };
  }
  return findings;
}

/** The furthest stage a project has reached (a suspended one keeps the stage it had). */
export function reachedStage(p: Pick<ProjectFacts, 'stage' | 'stageBeforeSuspension'>) {
  if (p.stage === 'suspended' || p.stage === 'cancelled') return p.stageBeforeSuspension;
  return p.stage;
}

function atLeast(p: ProjectFacts, stage: ProgressStage): boolean {
  const reached = reachedStage(p);
  return reached !== null && PROGRESS_STAGES.indexOf(reached) >= PROGRESS_STAGES.indexOf(stage);
}

/** Fields a project must have once it has reached a stage. */
const REQUIRED_BY_STAGE: ReadonlyArray<{
  from: ProgressStage;
  field: string;
  name: Text;
  present: (p: ProjectFacts) => boolean;
}> = [
  {
    from: 'approved',
    field: 'approvalDate',
    name: { zh: '立项日期', en: 'approval date' },
    present: (p) => p.approvalDate !== null,
  },
  {
    from: 'tendering',
    field: 'implementingOrgCode',
    name: { zh: '实施单位', en: 'implementing organisation' },
    present: (p) => p.implementingOrgCode !== null && p.implementingOrgCode !== '',
  },
  {
    from: 'started',
    field: 'stageDates.started.actual',
    name: { zh: '实际开工日期', en: 'actual start date' },
    present: (p) => (p.stageDates.started?.actual ?? null) !== null,
  },
  {
    from: 'completed',
    field: 'stageDates.completed.actual',
    name: { zh: '实际完工日期', en: 'actual completion date' },
    present: (p) => (p.stageDates.completed?.actual ?? null) !== null,
  },
  {
    from: 'accepted',
    field: 'stageDates.accepted.actual',
    name: { zh: '验收日期', en: 'acceptance date' },
    present: (p) => (p.stageDates.accepted?.actual ?? null) !== null,
  },
];

/** The rules, most severe first. */
export const RULES: readonly Rule[] = [
  {
    id: 'location-shares-sum',
    severity: 'critical',
    description: {
      zh: '项目地点份额合计为 100%',
      en: 'Location shares add up to 100%',
    },
    check: (p) => sharesSum('locations', p.locations),
  },
  {
    id: 'donor-shares-sum',
    severity: 'critical',
    description: { zh: '出资方份额合计为 100%', en: 'Donor shares add up to 100%' },
    check: (p) => sharesSum('donors', p.donors),
  },
  {
    id: 'actual-stage-order',
    severity: 'error',
    description: {
      zh: '各阶段实际日期按阶段顺序',
      en: 'Actual stage dates follow the stage order',
    },
    check: (p) => stageOrder(p, 'actual'),
  },
  {
    id: 'required-by-stage',
    severity: 'error',
    description: {
      zh: '项目到达某阶段后须填写该阶段的必填项',
      en: 'A project that has reached a stage has the fields that stage requires',
    },
    check: (p) =>
      REQUIRED_BY_STAGE.filter((r) => atLeast(p, r.from) && !r.present(p)).map((r) => ({
        field: r.field,
        message: {
          zh: `已到${STAGE_NAMES_ZH[r.from]}阶段，须填写${r.name.zh}`,
          en: `the ${r.name.en} is required from the ${r.from} stage on`,
        },
      })),
  },
  {
    id: 'livelihood-override-reason',
    severity: 'error',
    description: {
      zh: '民生占比与项目类型默认值不同时须说明理由',
      en: 'A livelihood share that differs from the type’s default has a reason',
    },
    check: (p) =>
      p.livelihoodShareBp !== p.defaultLivelihoodBp && !p.livelihoodReason?.trim()
        ? [
            {
              field: 'livelihoodReason',
              message: {
                zh: `民生占比 ${p.livelihoodShareBp / 100}% 与类型默认 ${p.defaultLivelihoodBp / 100}% 不同，须说明理由`,
                en: `the livelihood share ${p.livelihoodShareBp / 100}% differs from the type’s ${p.defaultLivelihoodBp / 100}%; give a reason`,
              },
            },
          ]
        : [],
  },
  {
    id: 'planned-stage-order',
    severity: 'warning',
    description: {
      zh: '各阶段计划日期按阶段顺序',
      en: 'Planned stage dates follow the stage order',
    },
    check: (p) => stageOrder(p, 'planned'),
  },
  {
    id: 'disbursed-within-committed',
    severity: 'warning',
    description: { zh: '拨付不超过承诺', en: 'Disbursements do not exceed commitments' },
    check: (p) =>
      p.disbursedFen > p.committedFen
        ? [
            {
              field: 'disbursedFen',
              message: {
                zh: `已拨付 ${wan(p.disbursedFen)} 万元，超过承诺 ${wan(p.committedFen)} 万元`,
                en: `disbursed ${wan(p.disbursedFen)} × 10k yuan exceeds the ${wan(p.committedFen)} × 10k yuan committed`,
              },
            },
          ]
        : [],
  },
  {
    id: 'committed-within-budget',
    severity: 'warning',
    description: { zh: '承诺不超过预算', en: 'Commitments do not exceed the budget' },
    check: (p) =>
      p.committedFen > p.budgetFen
        ? [
            {
              field: 'committedFen',
              message: {
                zh: `已承诺 ${wan(p.committedFen)} 万元，超过预算 ${wan(p.budgetFen)} 万元`,
                en: `committed ${wan(p.committedFen)} × 10k yuan exceeds the budget of ${wan(p.budgetFen)} × 10k yuan`,
              },
            },
          ]
        : [],
  },
];

const RANK: Record<Severity, number> = { critical: 0, error: 1, warning: 2 };

/** Every finding of every rule on the project, most severe first (rule order within one). */
export function evaluate(p: ProjectFacts, rules: readonly Rule[] = RULES): Finding[] {
  return rules
    .flatMap((r) => r.check(p).map((f) => ({ rule: r.id, severity: r.severity, ...f })))
    .sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}
