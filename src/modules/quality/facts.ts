/**
 * The plain facts the data-quality rules and the early warnings look at, taken from a project's
 * aggregate (its row, children and ledger sums, loaded in one query per batch).
 */

import type { Executor } from '../../db/database.js';
import type { ProgressStage, ProjectFacts } from '../../domain/data-quality.js';
import { PROGRESS_STAGES } from '../../domain/stages.js';
import { loadAggregates, type ProjectAggregate } from '../projects/aggregate.js';
import type { Reference } from '../reference/reference.js';
import { loadReference } from '../reference/reference.js';

/** The facts of one project, with its id and the date of its last actual disbursement. */
export interface LoadedFacts extends ProjectFacts {
  id: number;
  lastDisbursementDate: string | null;
}

function isProgress(stage: string | null): stage is ProgressStage {
  return stage !== null && (PROGRESS_STAGES as readonly string[]).includes(stage);
}

/** A project's facts for the rules; the type's default livelihood share from the reference. */
export function qualityFactsOf(p: ProjectAggregate, ref: Reference): LoadedFacts {
  const dates: ProjectFacts['stageDates'] = {};
  for (const d of p.stageDates) {
    if (isProgress(d.stage)) dates[d.stage] = { planned: d.plannedDate, actual: d.actualDate };
  }
  const actual = p.ledger.filter((l) => l.planned === 0);
  const sum = (type: string) =>
    actual.filter((l) => l.type === type).reduce((s, l) => s + l.totalFen, 0);
  const disbursed = actual
    .filter((l) => l.type === 'disbursement' && l.lastDate !== null)
    .map((l) => l.lastDate as string);
  const row = p.row;
  return {
    id: p.id,
    code: row.code,
    stage: row.stage,
    stageBeforeSuspension: isProgress(row.stageBeforeSuspension) ? row.stageBeforeSuspension : null,
    donors: p.donors,
    locations: p.locations,
    stageDates: dates,
    budgetFen: row.budgetFen,
    committedFen: sum('commitment'),
    arrivedFen: sum('arrival'),
    disbursedFen: sum('disbursement'),
    expendedFen: sum('expenditure'),
    approvalDate: row.approvalDate,
    implementingOrgCode: row.implementingOrgCode,
    livelihoodShareBp: row.livelihoodShareBp,
    defaultLivelihoodBp: ref.projectTypes.get(row.typeCode)?.defaultLivelihoodBp ?? 0,
    livelihoodReason: row.livelihoodReason,
    lastDisbursementDate: disbursed.length > 0 ? (disbursed.sort().at(-1) ?? null) : null,
  };
}

const CHUNK = 1000;

/** The facts of the given projects, in chunks of one query each. */
export async function loadProjectFacts(
  db: Executor,
  ids: readonly number[],
): Promise<LoadedFacts[]> {
  const ref = await loadReference(db);
  const out: LoadedFacts[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const aggregates = await loadAggregates(db, { ids: ids.slice(i, i + CHUNK) });
    aggregates.sort((a, b) => (a.row.code < b.row.code ? -1 : a.row.code > b.row.code ? 1 : 0));
    out.push(...aggregates.map((a) => qualityFactsOf(a, ref)));
  }
  return out;
}
