/**
 * The measures' fast path (decision 0051): `analytics_totals`, the sums of the `analytics-facts`
 * projection per programme, lead donor, year, project type, stage and publication, kept by
 * triggers at every commit. A request reads them when they can give exactly what the query over
 * the records gives:
 *
 * - no area (filter or dimension) and no pairing (they read the area and compliance parts);
 * - a period, if any, of whole calendar years (the totals are per year), keyed by year only;
 * - a caller who sees every project the filters keep (coordinator, auditor, system, or a donor
 *   editor filtering on a donor under the grant), or one who sees only the published ones
 *   (anonymous, a user without a grant): `published = 1`. A caller whose grants add unpublished
 *   projects (a donor's, an area's) gets the query over the records.
 *
 * Otherwise `null`, and the measure runs its query over the records. The answers are equal, row
 * for row (test/analytics/totals-fast-path.test.ts), including which groups exist with a zero.
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import { exactSum } from '../../db/database.js';
import { visibility } from '../../domain/access.js';
import type { TransactionType } from '../../domain/ledger.js';
import {
  col,
  inCodes,
  type MeasureInput,
  type MeasureQuery,
  measureQuery,
  yearKey,
} from '../analytics/measure.js';
import { visibleCondition } from './repository.js';

const SNAKE = {
  commitment: { fen: 's.committed_fen', n: 's.committed_n' },
  arrival: { fen: 's.arrived_fen', n: 's.arrived_n' },
  disbursement: { fen: 's.disbursed_fen', n: 's.disbursed_n' },
  expenditure: { fen: 's.expended_fen', n: 's.expended_n' },
} as const satisfies Record<TransactionType, { fen: string; n: string }>;

/** The years of a whole-year period; null when the period is not whole calendar years. */
function wholeYears(period: { from: string; to: string }): number[] | null {
  if (!period.from.endsWith('-01-01') || !period.to.endsWith('-12-31')) return null;
  const out: number[] = [];
  for (let y = Number(period.from.slice(0, 4)); y <= Number(period.to.slice(0, 4)); y++)
    out.push(y);
  return out.length > 0 ? out : null;
}

/**
 * The filters and visibility as conditions on the totals `s`, or null when the totals cannot
 * honour them (an area, a pairing, a period finer than years, grants adding unpublished projects).
 */
function totalsConditions(input: MeasureInput): Expression<SqlBool>[] | null {
  const { filters, dimensions } = input;
  if (input.summed === false) return null;
  if (filters.area !== undefined || dimensions.includes('area')) return null;
  if (filters.pairing !== undefined || dimensions.includes('pairing')) return null;
  if (dimensions.includes('period') && input.granularity !== 'year') return null;
  const parts: Expression<SqlBool>[] = [];
  if (filters.programme !== undefined) {
    parts.push(sql<SqlBool>`s.programme_code = ${filters.programme}`);
  }
  if (input.donors) parts.push(inCodes(col('s.donorCode'), input.donors));
  if (filters.projectType !== undefined) {
    parts.push(sql<SqlBool>`s.type_code = ${filters.projectType}`);
  }
  if (filters.stage !== undefined) parts.push(sql<SqlBool>`s.stage = ${filters.stage}`);
  if (visibleCondition(input.actor, input.ref, { donor: filters.donor }) !== null) {
    // Restricted: the published projects, plus those the grants add — expressible only when
    // the grants add none.
    const v = visibility(input.actor);
    if (v === null || v.donors.length > 0 || v.areas.length > 0) return null;
    parts.push(sql<SqlBool>`s.published = 1`);
  }
  return parts;
}

const KEYS = {
  programme: col('s.programmeCode'),
  donor: col('s.donorCode'),
  projectType: col('s.typeCode'),
  stage: col('s.stage'),
  period: yearKey(col('s.year')),
};

function fromTotals(
  input: MeasureInput,
  where: Expression<SqlBool>[],
  value: Expression<unknown>,
  period: Expression<unknown> = KEYS.period,
): MeasureQuery {
  return measureQuery(input, {
    from: sql`analytics_totals s`,
    where: where.length > 0 ? sql<SqlBool>`(${sql.join(where, sql` and `)})` : sql<SqlBool>`1 = 1`,
    value,
    keys: { ...KEYS, period },
  });
}

/**
 * A ledger type's actual sum (reversals netted) from the totals: by year or for whole years
 * (groups with an entry of the type), or over all years (a group for every project, as
 * `project_figures` gives). Null when the totals cannot answer exactly.
 */
export function moneyFromTotals(input: MeasureInput, type: TransactionType): MeasureQuery | null {
  const where = totalsConditions(input);
  if (!where) return null;
  const columns = SNAKE[type];
  const period = input.filters.period;
  if (period !== undefined || input.dimensions.includes('period')) {
    if (period !== undefined) {
      const years = wholeYears(period);
      if (!years) return null;
      where.push(sql<SqlBool>`s.year in (${sql.join(years)})`);
    }
    where.push(sql<SqlBool>`${sql.raw(columns.n)} > 0`);
  }
  return fromTotals(input, where, exactSum(sql.raw(columns.fen)));
}

/**
 * Achieved jobs from the totals (each project's largest figure per year, summed): by year
 * (undated figures under no year), or for one whole year. Over several years, or all of them,
 * without the period dimension, a project's largest figure is not a sum of its years': null.
 */
export function jobsFromTotals(input: MeasureInput): MeasureQuery | null {
  const where = totalsConditions(input);
  if (!where) return null;
  const period = input.filters.period;
  const byPeriod = input.dimensions.includes('period');
  if (period !== undefined) {
    const years = wholeYears(period);
    if (!years || (!byPeriod && years.length !== 1)) return null;
    where.push(sql<SqlBool>`s.year in (${sql.join(years)})`);
  } else if (!byPeriod) {
    return null;
  }
  where.push(sql<SqlBool>`s.jobs_n > 0`);
  return fromTotals(
    input,
    where,
    exactSum(sql`s.jobs`),
    sql`case when s.year = 0 then null else cast(s.year as text) end`,
  );
}

/** Projects by plan year from the totals: any period (its years overlap the plan year). */
export function projectsFromTotals(input: MeasureInput): MeasureQuery | null {
  const where = totalsConditions(input);
  if (!where) return null;
  const period = input.filters.period;
  if (period !== undefined) {
    where.push(
      sql<SqlBool>`s.year between ${Number(period.from.slice(0, 4))} and ${Number(period.to.slice(0, 4))}`,
    );
  }
  where.push(sql<SqlBool>`s.projects > 0`);
  return fromTotals(input, where, exactSum(sql`s.projects`));
}
