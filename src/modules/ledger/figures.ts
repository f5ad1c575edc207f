/**
 * `project-figures`: one row per project with what the rates read of it — programme, year,
 * stage, budget — and its actual ledger summed by type over all years. A projection (see
 * core/projection.ts), so a year's rates read its projects' rows instead of summing their
 * transactions on every request.
 */
import type { TransactionType } from '../../domain/ledger.js';
import type { Projection } from '../core/projection.js';
import { PROJECTS, type ProjectAggregate } from '../projects/aggregate.js';

function actual(p: ProjectAggregate, type: TransactionType): number {
  return p.ledger
    .filter((l) => l.planned === 0 && l.type === type)
    .reduce((sum, l) => sum + l.totalFen, 0);
}

export const projectFigures: Projection<ProjectAggregate, null> = {
  name: 'project-figures',
  version: 1,
  entity: PROJECTS,
  table: 'projectFigures',
  sqlTable: 'project_figures',
  entityColumn: 'projectId',
  key: ['projectId'],
  columns: [
    'projectId',
    'projectCode',
    'programmeCode',
    'year',
    'stage',
    'stageBeforeSuspension',
    'budgetFen',
    'committedFen',
    'arrivedFen',
    'disbursedFen',
    'expendedFen',
  ],
  prepare: async () => null,
  compute: (_, p) => [
    {
      projectId: p.id,
      projectCode: p.row.code,
      programmeCode: p.row.programmeCode,
      year: p.row.year,
      stage: p.row.stage,
      stageBeforeSuspension: p.row.stageBeforeSuspension,
      budgetFen: p.row.budgetFen,
      committedFen: actual(p, 'commitment'),
      arrivedFen: actual(p, 'arrival'),
      disbursedFen: actual(p, 'disbursement'),
      expendedFen: actual(p, 'expenditure'),
    },
  ],
};
