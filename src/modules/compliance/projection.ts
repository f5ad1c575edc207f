/** The two rules' parts as a projection of projects (see parts.ts and core/projection.ts). */
import type { Projection } from '../core/projection.js';
import { PROJECTS, type ProjectAggregate } from '../projects/aggregate.js';
import { referenceIn } from '../reference/reference.js';
import { PartsComputer, partRow } from './parts.js';

export const complianceParts: Projection<ProjectAggregate, PartsComputer> = {
  name: 'compliance-parts',
  version: 1,
  entity: PROJECTS,
  table: 'complianceParts',
  sqlTable: 'compliance_parts',
  entityColumn: 'projectId',
  key: ['programmeCode', 'year', 'basis', 'donorCode', 'projectId'],
  columns: [
    'programmeCode',
    'year',
    'basis',
    'donorCode',
    'projectId',
    'amountFen',
    'countyFen',
    'livelihoodFen',
    'crossPairFen',
  ],
  prepare: async (db, memo) => new PartsComputer(await referenceIn(db, memo)),
  compute: (computer, project) => computer.partsOf(project).map(partRow),
};
