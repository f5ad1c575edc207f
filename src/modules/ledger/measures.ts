/**
 * The ledger's measures (decision 0024): actual commitments, arrivals, disbursements and
 * expenditure in fen, reversals netted (a reversal carries the opposite amount). The period
 * filters on the entry's date; the other filters and visibility are the project's
 * (projects/measures.ts `projectConditions`).
 *
 * By area (a filter or the dimension), each project's share in the area, split by its location
 * shares (`area_parts` for disbursements, `area_money` for the others; decisions 0029, 0044).
 *
 * Without a period or a year, a total reads each project's all-years sums from the
 * `project-figures` projection (one row per project, kept at every write) instead of every
 * ledger entry: 7.3 million entries at national scale took 6–7 s to add up on SQLite, the
 * 400,000 projects' rows about 0.3 s. With a period the entries are summed (see 0024).
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import { exactSum } from '../../db/database.js';
import { InvalidInputError } from '../../domain/errors.js';
import type { TransactionType } from '../../domain/ledger.js';
import { problem } from '../../domain/problems.js';
import {
  col,
  defineMeasures,
  inPeriod,
  type Measure,
  type MeasureInput,
  measureQuery,
} from '../analytics/measure.js';
import { allOf, placesAtLevel, projectConditions } from '../projects/measures.js';

/** The `project_figures` column holding each project's all-years actual sum of the type. */
const FIGURES = {
  commitment: 'f.committedFen',
  arrival: 'f.arrivedFen',
  disbursement: 'f.disbursedFen',
  expenditure: 'f.expendedFen',
} as const satisfies Record<TransactionType, string>;

/** Sums read as text on both engines: exact past 2^53 (decision 0031). */
const exact = (column: string) => exactSum(sql`${col(column)}`);

/**
 * The whole project's entries (or all-years figures) for projects passing the filters; never by
 * area (see {@link areaShares}).
 */
function wholeProjects(input: MeasureInput, type: TransactionType) {
  if (input.filters.period === undefined && !input.dimensions.includes('year')) {
    return measureQuery(input, {
      from: sql`projects p join project_figures f on f.project_id = p.id`,
      where: allOf(projectConditions(input)),
      value: exact(FIGURES[type]),
      keys: { donor: col('p.leadDonorCode') },
    });
  }
  return measureQuery(input, {
    from: sql`fund_transactions t join projects p on p.id = t.project_id`,
    where: allOf([
      sql<SqlBool>`t.type = ${type} and t.planned = 0`,
      inPeriod(input, col('t.date')),
      ...projectConditions(input),
    ]),
    value: exact('t.valueFen'),
    keys: { donor: col('p.leadDonorCode'), year: col('t.year') },
  });
}

/**
 * Where each type's area shares are (decisions 0029, 0044): the disbursements in `area_parts`
 * (the area's funds' figure), the other types in `area_money`; both per project, area and year.
 */
const AREA_SHARES = {
  disbursement: { table: 'area_parts', amount: 'ap.amountFen' },
  commitment: { table: 'area_money', amount: 'ap.committedFen' },
  arrival: { table: 'area_money', amount: 'ap.arrivedFen' },
  expenditure: { table: 'area_money', amount: 'ap.expendedFen' },
} as const satisfies Record<TransactionType, { table: string; amount: string }>;

/**
 * Money in an area: the area's own share of each project, split by location shares (largest
 * remainder, exact fen; a project wholly inside counts whole), so that a level's areas add up to
 * the total; for disbursements the same figure as the area's funds. The shares are per year, so
 * a period must cover whole calendar years.
 *
 * @throws InvalidInputError `analytics.periodNotWholeYears` on `filters.period`
 */
function areaShares(input: MeasureInput, name: string, type: TransactionType) {
  const period = input.filters.period;
  const years: Expression<SqlBool>[] = [];
  if (period) {
    if (!period.from.endsWith('-01-01') || !period.to.endsWith('-12-31')) {
      throw InvalidInputError.field(
        'filters.period',
        problem('analytics.periodNotWholeYears', { measure: name, ...period }),
      );
    }
    years.push(
      sql<SqlBool>`ap.year between ${Number(period.from.slice(0, 4))} and ${Number(period.to.slice(0, 4))}`,
    );
  }
  const at = placesAtLevel(input, 'ap');
  const { area: _area, ...rest } = input.filters;
  const projects = projectConditions({ ...input, filters: rest, areas: null });
  const shares = AREA_SHARES[type];
  const table = sql.table(shares.table);
  return measureQuery(input, {
    from: at
      ? sql`${table} ap join areas a on a.code = ap.area_code join projects p on p.id = ap.project_id`
      : sql`${table} ap join projects p on p.id = ap.project_id`,
    where: allOf([
      ...(at ? [at] : [sql<SqlBool>`ap.area_code = ${input.filters.area}`]),
      ...years,
      ...projects,
    ]),
    value: exact(shares.amount),
    keys: { donor: col('p.leadDonorCode'), area: col('ap.areaCode'), year: col('ap.year') },
  });
}

function ledgerMeasure(name: string, type: TransactionType, label: Measure['label']): Measure {
  return {
    name,
    unit: 'fen',
    label,
    description: {
      zh: `${label.zh}：实际台账分录（冲正相抵）之和，期间按分录日期筛选；按地区筛选或分组时取项目在该地区的份额（按地点份额拆分，跨地区项目按份额分到各地区，各地区之和等于合计${type === 'disbursement' ? '；与地区资金一致' : ''}），期间须为整年`,
      en: `${label.en}: the sum of actual ledger entries (reversals netted), the period on the entry date; by area, each project's share in the area (split by location shares: a project in several areas is divided between them, so the areas add up to the total${type === 'disbursement' ? "; as the area's funds" : ''}), the period in whole years`,
    },
    dimensions: ['donor', 'area', 'year'],
    query: (input) =>
      input.filters.area !== undefined || input.dimensions.includes('area')
        ? areaShares(input, name, type)
        : wholeProjects(input, type),
  };
}

export const ledgerMeasures = defineMeasures('ledger', [
  ledgerMeasure('committed_fen', 'commitment', { zh: '承诺资金（分）', en: 'Committed (fen)' }),
  ledgerMeasure('arrived_fen', 'arrival', { zh: '到位资金（分）', en: 'Arrived (fen)' }),
  ledgerMeasure('disbursed_fen', 'disbursement', { zh: '拨付资金（分）', en: 'Disbursed (fen)' }),
  ledgerMeasure('spent_fen', 'expenditure', { zh: '支出资金（分）', en: 'Spent (fen)' }),
]);
