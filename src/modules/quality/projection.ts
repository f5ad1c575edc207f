/**
 * Data-quality findings as a projection of projects: each project's findings are kept in
 * `quality_findings` with every write (see core/projection.ts), so the programme-wide list is an
 * indexed read instead of evaluating every visible project per request.
 */
import { evaluate, type Severity } from '../../domain/data-quality.js';
import type { Projection } from '../core/projection.js';
import { PROJECTS, type ProjectAggregate } from '../projects/aggregate.js';
import { type Reference, referenceIn } from '../reference/reference.js';
import { qualityFactsOf } from './facts.js';

export const SEVERITY_RANK: Record<Severity, number> = { critical: 0, error: 1, warning: 2 };

export const qualityFindings: Projection<ProjectAggregate, Reference> = {
  name: 'quality-findings',
  version: 1,
  entity: PROJECTS,
  table: 'qualityFindings',
  sqlTable: 'quality_findings',
  entityColumn: 'projectId',
  key: ['projectId', 'rule', 'field'],
  columns: [
    'projectId',
    'rule',
    'field',
    'severity',
    'severityRank',
    'ordinal',
    'messageZh',
    'messageEn',
    'projectCode',
    'programmeCode',
    'year',
    'published',
  ],
  prepare: (db, memo) => referenceIn(db, memo),
  compute: (ref, project) =>
    evaluate(qualityFactsOf(project, ref)).map((f, ordinal) => ({
      projectId: project.id,
      rule: f.rule,
      field: f.field,
      severity: f.severity,
      severityRank: SEVERITY_RANK[f.severity],
      ordinal,
      messageZh: f.message.zh,
      messageEn: f.message.en,
      projectCode: project.row.code,
      programmeCode: project.row.programmeCode,
      year: project.row.year,
      published: project.row.publishedAt === null ? 0 : 1,
    })),
};
