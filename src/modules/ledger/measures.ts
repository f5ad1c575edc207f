/**
 * The ledger's measures (decision 0024): actual commitments, arrivals, disbursements and
 * expenditure in fen, reversals netted (a reversal carries the opposite amount). The period
 * filters on the entry's date; the other filters and visibility are the project's
 * (projects/measures.ts `projectConditions`).
 *
 * Without a period or a year, a total reads each project's all-years sums from the
 * `project-figures` projection (one row per project, kept at every write) instead of every
 * ledger entry: 7.3 million entries at national scale took 6–7 s to add up on SQLite, the
 * 400,000 projects' rows about 0.3 s. With a period the entries are summed (see 0024).
 */
import { type SqlBool, sql } from 'kysely';
import type { TransactionType } from '../../domain/ledger.js';
import { col, defineMeasures, inPeriod, type Measure, measureQuery } from '../analytics/measure.js';
import { allOf, projectConditions } from '../projects/measures.js';

/** The `project_figures` column holding each project's all-years actual sum of the type. */
const FIGURES = {
  commitment: 'f.committedFen',
  arrival: 'f.arrivedFen',
  disbursement: 'f.disbursedFen',
  expenditure: 'f.expendedFen',
} as const satisfies Record<TransactionType, string>;

function ledgerMeasure(name: string, type: TransactionType, label: Measure['label']): Measure {
  return {
    name,
    unit: 'fen',
    label,
    description: {
      zh: `${label.zh}：实际台账分录（冲正相抵）之和，期间按分录日期筛选`,
      en: `${label.en}: the sum of actual ledger entries (reversals netted), the period on the entry date`,
    },
    dimensions: ['donor', 'year'],
    query: (input) =>
      input.filters.period === undefined && !input.dimensions.includes('year')
        ? measureQuery(input, {
            from: sql`projects p join project_figures f on f.project_id = p.id`,
            where: allOf(projectConditions(input)),
            value: sql`coalesce(sum(${col(FIGURES[type])}), 0)`,
            keys: { donor: col('p.leadDonorCode') },
          })
        : measureQuery(input, {
            from: sql`fund_transactions t join projects p on p.id = t.project_id`,
            where: allOf([
              sql<SqlBool>`t.type = ${type} and t.planned = 0`,
              inPeriod(input, col('t.date')),
              ...projectConditions(input),
            ]),
            value: sql`coalesce(sum(t.value_fen), 0)`,
            keys: { donor: col('p.leadDonorCode'), year: col('t.year') },
          }),
  };
}

export const ledgerMeasures = defineMeasures('ledger', [
  ledgerMeasure('committed_fen', 'commitment', { zh: '承诺资金（分）', en: 'Committed (fen)' }),
  ledgerMeasure('arrived_fen', 'arrival', { zh: '到位资金（分）', en: 'Arrived (fen)' }),
  ledgerMeasure('disbursed_fen', 'disbursement', { zh: '拨付资金（分）', en: 'Disbursed (fen)' }),
  ledgerMeasure('spent_fen', 'expenditure', { zh: '支出资金（分）', en: 'Spent (fen)' }),
]);
