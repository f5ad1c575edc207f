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
 *
 * Before all of that: without an area or a pairing, for whole years and a caller whose view the
 * totals can express, the sums kept per programme, lead donor, year, type, stage and publication
 * at every commit (`analytics_totals`, projects/totals.ts, decision 0051).
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
  periodKey,
  yearKey,
} from '../analytics/measure.js';
import { allOf, PROJECT_KEYS, placesAtLevel, projectConditions } from '../projects/measures.js';
import { moneyFromTotals } from '../projects/totals.js';

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
  if (input.filters.period === undefined && !input.dimensions.includes('period')) {
    return measureQuery(input, {
      from: sql`projects p join project_figures f on f.project_id = p.id`,
      where: allOf(projectConditions(input)),
      value: exact(FIGURES[type]),
      keys: PROJECT_KEYS,
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
    keys: {
      ...PROJECT_KEYS,
      period:
        input.granularity === 'year'
          ? yearKey(col('t.year'))
          : periodKey(input.db, col('t.date'), input.granularity),
    },
  });
}

/** The two pairing classes as rows `pc(k)`, to split each amount into its in- and cross-pair parts. */
const PAIRING_CLASSES = sql`(select 'in-pair' as k union all select 'cross-pair' as k) pc`;

/** A pairing class's part of `alias` is not zero (no row for a class a part has nothing of). */
function nonZeroPart(alias: string): Expression<SqlBool> {
  const a = sql.raw(alias);
  return sql<SqlBool>`(case when pc.k = 'cross-pair' then ${a}.cross_pair_fen else ${a}.amount_fen - ${a}.cross_pair_fen end) <> 0`;
}

/**
 * The calendar years of a period, as a list: `year in (…)` lets SQLite's planner start from the
 * project's donor where `year between` made it scan the area index (4× slower for one donor and
 * one year; bench/analytics.ts).
 */
function yearsOf(period: { from: string; to: string }): number[] {
  const out: number[] = [];
  for (let y = Number(period.from.slice(0, 4)); y <= Number(period.to.slice(0, 4)); y++)
    out.push(y);
  return out;
}

/**
 * The period of a measure kept per year (area shares, compliance parts): whole calendar years
 * only, and keyed by year only.
 *
 * @throws InvalidInputError `analytics.periodNotWholeYears` on `filters.period`,
 *   `analytics.granularityUnsupported` on `granularity`
 */
function wholeYears(input: MeasureInput, name: string, alias: string): Expression<SqlBool>[] {
  if (input.dimensions.includes('period') && input.granularity !== 'year') {
    throw InvalidInputError.field(
      'granularity',
      problem('analytics.granularityUnsupported', {
        name: input.granularity,
        measure: name,
        known: 'year',
      }),
    );
  }
  const period = input.filters.period;
  if (!period) return [];
  if (!period.from.endsWith('-01-01') || !period.to.endsWith('-12-31')) {
    throw InvalidInputError.field(
      'filters.period',
      problem('analytics.periodNotWholeYears', { measure: name, ...period }),
    );
  }
  return [sql<SqlBool>`${sql.ref(`${alias}.year`)} in (${sql.join(yearsOf(period))})`];
}

/**
 * Disbursements split into in-pair and cross-pair parts, for the whole project (no area): the
 * compliance parts on the actual basis (each donor's part of each year's disbursements, its
 * cross-pair part being the share of the project's locations that are cross-pair for that donor;
 * decisions 0004, 0011), by year.
 */
function disbursedByPairing(input: MeasureInput, name: string) {
  const pairing = input.filters.pairing;
  return measureQuery(input, {
    from: sql`compliance_parts cp join projects p on p.id = cp.project_id cross join ${PAIRING_CLASSES}`,
    where: allOf([
      sql<SqlBool>`cp.basis = 'actual'`,
      nonZeroPart('cp'),
      ...wholeYears(input, name, 'cp'),
      ...(pairing ? [sql<SqlBool>`pc.k = ${pairing}`] : []),
      ...projectConditions(input),
    ]),
    value: exactSum(
      sql`case when pc.k = 'cross-pair' then cp.cross_pair_fen else cp.amount_fen - cp.cross_pair_fen end`,
    ),
    keys: { ...PROJECT_KEYS, period: yearKey(col('cp.year')), pairing: col('pc.k') },
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
  const years = wholeYears(input, name, 'ap');
  const at = placesAtLevel(input, 'ap');
  const { area: _area, ...rest } = input.filters;
  const projects = projectConditions({ ...input, filters: rest, areas: null });
  const shares = AREA_SHARES[type];
  const table = sql.table(shares.table);
  // Disbursements only: `area_parts` keeps each part's cross-pair fen.
  const split =
    type === 'disbursement' &&
    (input.filters.pairing !== undefined || input.dimensions.includes('pairing'));
  const pairing = input.filters.pairing;
  const from = at
    ? sql`${table} ap join areas a on a.code = ap.area_code join projects p on p.id = ap.project_id`
    : sql`${table} ap join projects p on p.id = ap.project_id`;
  return measureQuery(input, {
    from: split ? sql`${from} cross join ${PAIRING_CLASSES}` : from,
    where: allOf([
      ...(at ? [at] : [sql<SqlBool>`ap.area_code = ${input.filters.area}`]),
      ...years,
      ...projects,
      ...(split ? [nonZeroPart('ap')] : []),
      ...(split && pairing ? [sql<SqlBool>`pc.k = ${pairing}`] : []),
    ]),
    value: split
      ? exactSum(
          sql`case when pc.k = 'cross-pair' then ap.cross_pair_fen else ap.amount_fen - ap.cross_pair_fen end`,
        )
      : exact(shares.amount),
    keys: {
      ...PROJECT_KEYS,
      area: col('ap.areaCode'),
      period: yearKey(col('ap.year')),
      ...(split ? { pairing: col('pc.k') } : {}),
    },
  });
}

function ledgerMeasure(name: string, type: TransactionType, label: Measure['label']): Measure {
  return {
    name,
    unit: 'fen',
    label,
    description: {
      zh: `${label.zh}：实际台账分录（冲正相抵）之和，期间按分录日期筛选；按地区筛选或分组时取项目在该地区的份额（按地点份额拆分，跨地区项目按份额分到各地区，各地区之和等于合计${type === 'disbursement' ? '；与地区资金一致' : ''}），期间须为整年、按年分组${type === 'disbursement' ? '；按结对类别（结对内 / 打破对结）拆分时取合规部分（各援助方份额中打破对结地点的部分），按年' : ''}；项目类型与阶段为项目的（当前阶段）`,
      en: `${label.en}: the sum of actual ledger entries (reversals netted), the period on the entry date; by area, each project's share in the area (split by location shares: a project in several areas is divided between them, so the areas add up to the total${type === 'disbursement' ? "; as the area's funds" : ''}), the period in whole years and keyed by year${type === 'disbursement' ? "; by pairing (in-pair / cross-pair), the compliance parts (each donor's share of the disbursements in locations cross-pair for it), by year" : ''}; the project type and (current) stage are the project's`,
    },
    dimensions: [
      'programme',
      'donor',
      'area',
      'period',
      'projectType',
      'stage',
      ...(type === 'disbursement' ? (['pairing'] as const) : []),
    ],
    query: (input) => {
      // The sums kept at every commit, when they give exactly this answer (decision 0051).
      const summed = moneyFromTotals(input, type);
      if (summed) return summed;
      if (input.filters.area !== undefined || input.dimensions.includes('area')) {
        return areaShares(input, name, type);
      }
      if (input.filters.pairing !== undefined || input.dimensions.includes('pairing')) {
        return disbursedByPairing(input, name);
      }
      return wholeProjects(input, type);
    },
  };
}

export const ledgerMeasures = defineMeasures('ledger', [
  ledgerMeasure('committed_fen', 'commitment', {
    zh: '承诺资金（分）',
    en: 'Committed (fen)',
    ug: 'ۋەدە قىلىنغان مەبلەغ',
  }),
  ledgerMeasure('arrived_fen', 'arrival', {
    zh: '到位资金（分）',
    en: 'Arrived (fen)',
    ug: 'ئورنىغا يەتكەن مەبلەغ',
  }),
  ledgerMeasure('disbursed_fen', 'disbursement', {
    zh: '拨付资金（分）',
    en: 'Disbursed (fen)',
    ug: 'ئاجرىتىلغان مەبلەغ',
  }),
  ledgerMeasure('spent_fen', 'expenditure', {
    zh: '支出资金（分）',
    en: 'Spent (fen)',
    ug: 'چىقىم قىلىنغان مەبلەغ',
  }),
]);
