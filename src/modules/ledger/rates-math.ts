/**
 * The fund and progress rates, as exact integer arithmetic. Pure: the service feeds it per-project
 * sums from one grouped query; nothing here reads the database.
 *
 * Definitions (see docs/decisions/0009-rates.md), all over *actual* transactions:
 * - arrival rate (到位率) = arrivals ÷ commitments: how much of what was committed has reached
 *   the recipient side;
 * - disbursement rate (拨付率) = disbursements ÷ arrivals: how much of the money that has arrived
 *   has been paid out to the implementers;
 * - investment completion (投资完成率) = expenditure ÷ budget of the projects not cancelled;
 * - start rate (开工率) = projects that reached `started` ÷ projects that reached `approved`,
 *   cancelled projects in neither (a suspended project counts at the stage it was suspended from);
 * - completion rate (完工率) = projects that reached `completed` ÷ the same denominator.
 *
 * Rates are basis points rounded down (`floor(n × 10000 / d)`), may exceed 10000 (data-quality
 * rules flag that) and are null when the denominator is 0. A project weighs in with a weight:
 * its donor's share (bp) when the rates are for one donor, its share located in the area (bp)
 * when for an area, the product of both for a donor in an area; amounts are Σ(sum × weight)
 * ÷ scale, rounded half up once at the end, so no fen is lost per project.
 */

import type { TransactionType } from '../../domain/ledger.js';
import { type ExactFen, exactFen } from '../../domain/money.js';
import { type ProgressStage, reachedStage, type Stage, stageIndex } from '../../domain/stages.js';

export interface ProjectFigures {
  stage: Stage;
  stageBeforeSuspension: Stage | null;
  budgetFen: number;
  /** Actual transactions of the project, summed by type (absent: 0). */
  sums: Partial<Record<TransactionType, number>>;
}

/** Sums over projects: exact, BigInt past 2^53 (decision 0031). */
export interface RateAmounts {
  committedFen: ExactFen;
  arrivedFen: ExactFen;
  disbursedFen: ExactFen;
  expendedFen: ExactFen;
  budgetFen: ExactFen;
}

export interface RateCounts {
  projects: number;
  approved: number;
  started: number;
  completed: number;
}

export interface Rates {
  arrivalRateBp: number | null;
  disbursementRateBp: number | null;
  investmentCompletionBp: number | null;
  startRateBp: number | null;
  completionRateBp: number | null;
  amounts: RateAmounts;
  counts: RateCounts;
}

/** `floor(n × 10000 / d)`, or null when d is 0; exact for sums of any size. */
export function rateBp(numerator: ExactFen, denominator: ExactFen): number | null {
  const d = BigInt(denominator);
  if (d === 0n) return null;
  return Number((BigInt(numerator) * 10000n) / d);
}

const KEYS = ['committedFen', 'arrivedFen', 'disbursedFen', 'expendedFen', 'budgetFen'] as const;
const TYPE_OF: Record<Exclude<(typeof KEYS)[number], 'budgetFen'>, TransactionType> = {
  committedFen: 'commitment',
  arrivedFen: 'arrival',
  disbursedFen: 'disbursement',
  expendedFen: 'expenditure',
};

/** Accumulates weighted projects into one set of rates. */
export class RateAccumulator {
  private readonly totals = new Map<(typeof KEYS)[number], bigint>(KEYS.map((k) => [k, 0n]));
  private readonly counts: RateCounts = { projects: 0, approved: 0, started: 0, completed: 0 };

  /** @param scale the weight that means "all of it" (1, 10000 or 10000²) */
  constructor(private readonly scale: bigint) {}

  /** Adds a project with its weight (0 leaves it out). */
  add(project: ProjectFigures, weight: bigint): void {
    if (weight <= 0n) return;
    const cancelled = project.stage === 'cancelled';
    for (const key of KEYS) {
      const fen =
        key === 'budgetFen'
          ? cancelled
            ? 0
            : project.budgetFen
          : (project.sums[TYPE_OF[key]] ?? 0);
      this.totals.set(key, (this.totals.get(key) ?? 0n) + BigInt(fen) * weight);
    }
    this.counts.projects += 1;
    if (cancelled) return;
    const reached = reachedStage(
      project.stage,
      project.stageBeforeSuspension as ProgressStage | null,
    );
    const index = reached === null ? -1 : stageIndex(reached);
    if (index >= stageIndex('approved')) this.counts.approved += 1;
    if (index >= stageIndex('started')) this.counts.started += 1;
    if (index >= stageIndex('completed')) this.counts.completed += 1;
  }

  /**
   * Adds `projects` projects of one stage at weight 1 whose amounts sum to `fen` (a grouped
   * sum read from the database: the same totals and counts as adding each of them).
   */
  addGroup(
    group: Pick<ProjectFigures, 'stage' | 'stageBeforeSuspension'> & { projects: number },
    fen: Record<(typeof KEYS)[number], bigint>,
  ): void {
    if (group.projects <= 0) return;
    const cancelled = group.stage === 'cancelled';
    for (const key of KEYS) {
      const add = key === 'budgetFen' && cancelled ? 0n : fen[key];
      this.totals.set(key, (this.totals.get(key) ?? 0n) + add * this.scale);
    }
    this.counts.projects += group.projects;
    if (cancelled) return;
    const reached = reachedStage(group.stage, group.stageBeforeSuspension as ProgressStage | null);
    const index = reached === null ? -1 : stageIndex(reached);
    if (index >= stageIndex('approved')) this.counts.approved += group.projects;
    if (index >= stageIndex('started')) this.counts.started += group.projects;
    if (index >= stageIndex('completed')) this.counts.completed += group.projects;
  }

  /** The rates of everything added so far. */
  result(): Rates {
    const half = this.scale / 2n;
    const amount = (key: (typeof KEYS)[number]) => {
      const total = this.totals.get(key) ?? 0n;
      return exactFen(this.scale === 1n ? total : (total + half) / this.scale);
    };
    const amounts: RateAmounts = {
      committedFen: amount('committedFen'),
      arrivedFen: amount('arrivedFen'),
      disbursedFen: amount('disbursedFen'),
      expendedFen: amount('expendedFen'),
      budgetFen: amount('budgetFen'),
    };
    const counts = { ...this.counts };
    return {
      arrivalRateBp: rateBp(amounts.arrivedFen, amounts.committedFen),
      disbursementRateBp: rateBp(amounts.disbursedFen, amounts.arrivedFen),
      investmentCompletionBp: rateBp(amounts.expendedFen, amounts.budgetFen),
      startRateBp: rateBp(counts.started, counts.approved),
      completionRateBp: rateBp(counts.completed, counts.approved),
      amounts,
      counts,
    };
  }
}
