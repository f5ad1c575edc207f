/**
 * Builds the plain facts the data-quality rules and the early warnings look at, for many
 * projects at once: one query per part (donors, locations, stage dates, ledger sums), grouped
 * by project, in chunks of ids, never one query per project.
 */
import type { Executor } from '../../db/database.js';
import type { ProgressStage, ProjectFacts } from '../../domain/data-quality.js';
import { PROGRESS_STAGES } from '../../domain/data-quality.js';

/** The facts of one project, with its id and the date of its last actual disbursement. */
export interface LoadedFacts extends ProjectFacts {
  id: number;
  lastDisbursementDate: string | null;
}

const CHUNK = 500;

function isProgress(stage: string): stage is ProgressStage {
  return (PROGRESS_STAGES as readonly string[]).includes(stage);
}

async function loadChunk(db: Executor, ids: number[]): Promise<LoadedFacts[]> {
  const [projects, donors, locations, stageDates, sums] = await Promise.all([
    db
      .selectFrom('projects as p')
      .innerJoin('projectTypes as t', 't.code', 'p.typeCode')
      .select([
        'p.id',
        'p.code',
        'p.stage',
        'p.stageBeforeSuspension',
        'p.budgetFen',
        'p.approvalDate',
        'p.implementingOrgCode',
        'p.livelihoodShareBp',
        'p.livelihoodReason',
        't.defaultLivelihoodBp',
      ])
      .where('p.id', 'in', ids)
      .orderBy('p.code')
      .execute(),
    db
      .selectFrom('projectDonors')
      .select(['projectId', 'orgCode', 'shareBp'])
      .where('projectId', 'in', ids)
      .orderBy('shareBp', 'desc')
      .orderBy('orgCode')
      .execute(),
    db
      .selectFrom('projectLocations')
      .select(['projectId', 'areaCode', 'shareBp'])
      .where('projectId', 'in', ids)
      .orderBy('areaCode')
      .execute(),
    db
      .selectFrom('projectStageDates')
      .select(['projectId', 'stage', 'plannedDate', 'actualDate'])
      .where('projectId', 'in', ids)
      .execute(),
    db
      .selectFrom('fundTransactions')
      .select((eb) => [
        'projectId',
        'type',
        eb.fn.sum<number | string>('valueFen').as('total'),
        eb.fn.max('date').as('lastDate'),
      ])
      .where('projectId', 'in', ids)
      .where('planned', '=', 0)
      .groupBy(['projectId', 'type'])
      .execute(),
  ]);
  const byProject = <T extends { projectId: number }>(rows: T[]) => {
    const map = new Map<number, T[]>();
    for (const r of rows) map.set(r.projectId, [...(map.get(r.projectId) ?? []), r]);
    return map;
  };
  const donorsOf = byProject(donors);
  const locationsOf = byProject(locations);
  const datesOf = byProject(stageDates);
  const sumsOf = byProject(sums);
  return projects.map((p) => {
    const dates: ProjectFacts['stageDates'] = {};
    for (const d of datesOf.get(p.id) ?? []) {
      if (isProgress(d.stage)) dates[d.stage] = { planned: d.plannedDate, actual: d.actualDate };
    }
    const ledger = sumsOf.get(p.id) ?? [];
    const sum = (type: string) => Number(ledger.find((s) => s.type === type)?.total ?? 0);
    const lastDisbursement = ledger.find((s) => s.type === 'disbursement')?.lastDate ?? null;
    const before = p.stageBeforeSuspension;
    return {
      id: p.id,
      code: p.code,
      stage: p.stage,
      stageBeforeSuspension: before !== null && isProgress(before) ? before : null,
      donors: (donorsOf.get(p.id) ?? []).map((d) => ({ orgCode: d.orgCode, shareBp: d.shareBp })),
      locations: (locationsOf.get(p.id) ?? []).map((l) => ({
        areaCode: l.areaCode,
        shareBp: l.shareBp,
      })),
      stageDates: dates,
      budgetFen: p.budgetFen,
      committedFen: sum('commitment'),
      arrivedFen: sum('arrival'),
      disbursedFen: sum('disbursement'),
      expendedFen: sum('expenditure'),
      approvalDate: p.approvalDate,
      implementingOrgCode: p.implementingOrgCode,
      livelihoodShareBp: p.livelihoodShareBp,
      defaultLivelihoodBp: p.defaultLivelihoodBp,
      livelihoodReason: p.livelihoodReason,
      lastDisbursementDate: lastDisbursement === null ? null : String(lastDisbursement),
    };
  });
}

/** The facts of the given projects (ordered by code within each chunk of ids). */
export async function loadProjectFacts(
  db: Executor,
  ids: readonly number[],
): Promise<LoadedFacts[]> {
  const out: LoadedFacts[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    out.push(...(await loadChunk(db, ids.slice(i, i + CHUNK))));
  }
  return out;
}
