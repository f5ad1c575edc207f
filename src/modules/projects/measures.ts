/**
 * The projects' measures (decision 0024): how many projects, and the jobs their results report.
 * Every project measure, and the ledger's (ledger/measures.ts), filters and limits projects with
 * {@link projectConditions}: the registry's own filters and the `projects.read` twin in SQL.
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import {
  col,
  defineMeasures,
  inCodes,
  type MeasureInput,
  measureQuery,
} from '../analytics/measure.js';
import { isLocatedIn, visibleCondition } from './repository.js';

/**
 * Projects `p` that pass the filters as the registry reads them — the programme, the lead
 * donor in the donor's subtree, a location in the area's subtree — and that the actor may see
 * (`visibleCondition`, the `projects.read` policy in SQL). The period is each measure's own.
 */
export function projectConditions(input: MeasureInput): Expression<SqlBool>[] {
  const { filters } = input;
  const parts: Expression<SqlBool>[] = [];
  if (filters.programme !== undefined) {
    parts.push(sql<SqlBool>`p.programme_code = ${filters.programme}`);
  }
  if (input.donors) parts.push(inCodes(col('p.leadDonorCode'), input.donors));
  if (input.areas) parts.push(isLocatedIn(col('p.id') as Expression<number>, input.areas));
  const visible = visibleCondition(input.actor, input.ref, {
    donor: filters.donor,
    area: filters.area,
  });
  if (visible) {
    parts.push(
      visible(col('p.id') as Expression<number>, sql<SqlBool>`p.published_at is not null`),
    );
  }
  return parts;
}

/** The conditions joined with `and` (true when there are none). */
export function allOf(parts: readonly Expression<SqlBool>[]): Expression<SqlBool> {
  return parts.length > 0 ? sql<SqlBool>`(${sql.join(parts, sql` and `)})` : sql<SqlBool>`1 = 1`;
}

/** The plan year of projects `p` within the period's years (a year overlaps the period). */
function yearInPeriod(input: MeasureInput): Expression<SqlBool>[] {
  const p = input.filters.period;
  if (!p) return [];
  return [
    sql<SqlBool>`p.year between ${Number(p.from.slice(0, 4))} and ${Number(p.to.slice(0, 4))}`,
  ];
}

export const projectMeasures = defineMeasures('projects', [
  {
    name: 'projects',
    unit: 'count',
    label: { zh: '项目数', en: 'Projects' },
    description: {
      zh: '项目个数；期间按项目所属计划年度（与期间有交集的年度）筛选',
      en: 'Projects; the period keeps those whose plan year overlaps it',
    },
    dimensions: ['donor', 'year'],
    query: (input) =>
      measureQuery(input, {
        from: sql`projects p`,
        where: allOf([...projectConditions(input), ...yearInPeriod(input)]),
        value: sql`count(*)`,
        keys: { donor: col('p.leadDonorCode'), year: col('p.year') },
      }),
  },
  {
    name: 'jobs_created',
    unit: 'count',
    label: { zh: '带动就业（人）', en: 'Jobs created' },
    description: {
      zh: '项目成效中已实现的就业人数：每个项目取期间内（按截至日期）最大的一条实际数，再求和',
      en: 'Jobs from projects’ achieved results: per project the largest achieved figure dated (as of) within the period, summed',
    },
    dimensions: ['donor'],
    query: (input) => {
      const period = input.filters.period;
      const dated = period ? sql` and r.as_of between ${period.from} and ${period.to}` : sql``;
      return measureQuery(input, {
        from: sql`projects p join (select r.project_id, max(r.value) as jobs from project_results r where r.metric = 'jobs' and r.planned = 0${dated} group by r.project_id) j on j.project_id = p.id`,
        where: allOf(projectConditions(input)),
        value: sql`coalesce(sum(j.jobs), 0)`,
        keys: { donor: col('p.leadDonorCode') },
      });
    },
  },
]);
