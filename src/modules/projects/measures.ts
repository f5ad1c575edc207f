/**
 * The projects' measures (decision 0024): how many projects, and the jobs their results report.
 * Every project measure, and the ledger's (ledger/measures.ts), filters and limits projects with
 * {@link projectConditions}: the registry's own filters and the `projects.read` twin in SQL.
 *
 * Area (decision 0038): the filter keeps projects located in the area's subtree (the
 * `project_places` projection, one index range); the dimension groups each project under every
 * area of the requested level it lies in ({@link placesAtLevel}), so a project in two prefectures
 * counts in both rows and the rows may add up to more than the total.
 *
 * Without an area, the counts and jobs read the sums kept at every commit when those give exactly
 * the same answer (projects/totals.ts, decision 0051).
 */
import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import { AREA_LEVELS, type AreaLevel } from '../../domain/areas.js';
import {
  col,
  defineMeasures,
  inCodes,
  type MeasureInput,
  measureQuery,
  periodKey,
  yearKey,
} from '../analytics/measure.js';
import { placedIn, visibleCondition } from './repository.js';
import { jobsFromTotals, projectsFromTotals } from './totals.js';

/**
 * Projects `p` that pass the filters as the registry reads them — the programme, the lead
 * donor in the donor's subtree, a location in the area's subtree, the project type, the stage
 * (the project's current stage) — and that the actor may see
 * (`visibleCondition`, the `projects.read` policy in SQL). The period is each measure's own.
 */
export function projectConditions(input: MeasureInput): Expression<SqlBool>[] {
  const { filters } = input;
  const parts: Expression<SqlBool>[] = [];
  if (filters.programme !== undefined) {
    parts.push(sql<SqlBool>`p.programme_code = ${filters.programme}`);
  }
  if (input.donors) parts.push(inCodes(col('p.leadDonorCode'), input.donors));
  if (filters.area !== undefined)
    parts.push(placedIn(col('p.id') as Expression<number>, filters.area));
  if (filters.projectType !== undefined) {
    parts.push(sql<SqlBool>`p.type_code = ${filters.projectType}`);
  }
  if (filters.stage !== undefined) parts.push(sql<SqlBool>`p.stage = ${filters.stage}`);
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

/**
 * The keys every project measure groups by that are the project's own: the programme, the lead
 * donor, the project type and the current stage.
 */
export const PROJECT_KEYS = {
  programme: col('p.programmeCode'),
  donor: col('p.leadDonorCode'),
  projectType: col('p.typeCode'),
  stage: col('p.stage'),
} as const;

/** The conditions joined with `and` (true when there are none). */
export function allOf(parts: readonly Expression<SqlBool>[]): Expression<SqlBool> {
  return parts.length > 0 ? sql<SqlBool>`(${sql.join(parts, sql` and `)})` : sql<SqlBool>`1 = 1`;
}

/**
 * Rows `alias` of a per-project, per-area table (`project_places`, `area_parts`: columns
 * `project_id`, `area_code`, joined to `areas a` on the area) that stand for the project at the
 * area dimension's level: its places at that level, and a place above it that has no place below
 * it (a project located in a prefecture as a whole, grouped by county, counts under the
 * prefecture, as records of other measures roll up). With an area filter, only places in the
 * filter's subtree, at the filter's level at least (a county filter grouped by prefecture keeps the
 * county's rows, which the endpoint rolls up to the prefecture). Null without the dimension.
 */
export function placesAtLevel(input: MeasureInput, alias: string): Expression<SqlBool> | null {
  if (!input.dimensions.includes('area') || input.areaLevel === null) return null;
  const depth = (l: AreaLevel) => AREA_LEVELS.indexOf(l);
  const filterArea =
    input.filters.area === undefined ? undefined : input.ref.areas.get(input.filters.area);
  const top = filterArea ? depth(filterArea.level as AreaLevel) : 0;
  const level = AREA_LEVELS[Math.max(depth(input.areaLevel), top)] as AreaLevel;
  const above = AREA_LEVELS.slice(top, depth(level));
  const place = sql.raw(alias);
  const leaf = sql<SqlBool>`not exists (select 1 from project_places c join areas ca on ca.code = c.area_code where c.project_id = ${place}.project_id and ca.parent_code = ${place}.area_code)`;
  const parts: Expression<SqlBool>[] = [
    above.length > 0
      ? sql<SqlBool>`(a.level = ${level} or (a.level in (${sql.join(above)}) and ${leaf}))`
      : sql<SqlBool>`a.level = ${level}`,
  ];
  if (input.areas) {
    const levels = new Set<string>([...above, level]);
    const under = input.areas.filter((code) => levels.has(input.ref.areas.get(code)?.level ?? ''));
    parts.push(inCodes(col(`${alias}.areaCode`), under));
  }
  return allOf(parts);
}

/**
 * `from` joined to the project's places at the area dimension's level (`pp`, `a`), with their
 * condition; `from` and no condition without the dimension.
 */
export function withPlaces(
  input: MeasureInput,
  from: RawBuilder<unknown>,
): { from: RawBuilder<unknown>; where: Expression<SqlBool>[] } {
  const at = placesAtLevel(input, 'pp');
  if (!at) return { from, where: [] };
  return {
    from: sql`${from} join project_places pp on pp.project_id = p.id join areas a on a.code = pp.area_code`,
    where: [at],
  };
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
    label: { zh: '项目数', en: 'Projects', ug: 'تۈر سانى' },
    description: {
      zh: '项目个数；期间按项目所属计划年度（与期间有交集的年度）筛选，按期间分组只能按年；阶段为项目当前阶段',
      en: 'Projects; the period keeps those whose plan year overlaps it, and groups them by plan year only (year granularity); the stage is the current one',
    },
    dimensions: ['programme', 'donor', 'area', 'period', 'projectType', 'stage'],
    granularities: ['year'],
    query: (input) => {
      const summed = projectsFromTotals(input);
      if (summed) return summed;
      const places = withPlaces(input, sql`projects p`);
      return measureQuery(input, {
        from: places.from,
        where: allOf([...projectConditions(input), ...yearInPeriod(input), ...places.where]),
        value: sql`count(*)`,
        keys: { ...PROJECT_KEYS, area: col('pp.areaCode'), period: yearKey(col('p.year')) },
      });
    },
  },
  {
    name: 'jobs_created',
    unit: 'count',
    label: { zh: '带动就业（人）', en: 'Jobs created', ug: 'ئىشقا ئورۇنلاشتۇرۇش (ئادەم)' },
    description: {
      zh: '项目成效中已实现的就业人数：每个项目取期间内（按截至日期）最大的一条实际数，再求和；按期间分组时取各期间内的最大数（累计数，各期间之和不等于全期）',
      en: 'Jobs from projects’ achieved results: per project the largest achieved figure dated (as of) within the period, summed; by period, the largest within each period (cumulative figures: periods do not add up to the whole)',
    },
    dimensions: ['programme', 'donor', 'area', 'period', 'projectType', 'stage'],
    query: (input) => {
      const summed = jobsFromTotals(input);
      if (summed) return summed;
      const period = input.filters.period;
      const dated = period ? sql` and r.as_of between ${period.from} and ${period.to}` : sql``;
      // By period: each project's largest achieved figure dated within each period (the figure
      // as reported then: cumulative, so periods do not add up to the whole period's figure).
      const byPeriod = input.dimensions.includes('period');
      const key = periodKey(input.db, col('r.asOf'), input.granularity);
      const places = withPlaces(
        input,
        byPeriod
          ? sql`projects p join (select r.project_id, ${key} as pk, max(r.value) as jobs from project_results r where r.metric = 'jobs' and r.planned = 0${dated} group by r.project_id, ${key}) j on j.project_id = p.id`
          : sql`projects p join (select r.project_id, max(r.value) as jobs from project_results r where r.metric = 'jobs' and r.planned = 0${dated} group by r.project_id) j on j.project_id = p.id`,
      );
      return measureQuery(input, {
        from: places.from,
        where: allOf([...projectConditions(input), ...places.where]),
        value: sql`coalesce(sum(j.jobs), 0)`,
        keys: { ...PROJECT_KEYS, area: col('pp.areaCode'), period: col('j.pk') },
      });
    },
  },
]);
