/**
 * The ledger's measures (decision 0024): actual commitments, arrivals, disbursements and
 * expenditure in fen, reversals netted (a reversal carries the opposite amount). The period
 * filters on the entry's date; the other filters and visibility are the project's
 * (projects/measures.ts `projectConditions`).
 */
import { type SqlBool, sql } from 'kysely';
import type { TransactionType } from '../../domain/ledger.js';
import { col, defineMeasures, inPeriod, type Measure, measureQuery } from '../analytics/measure.js';
import { allOf, projectConditions } from '../projects/measures.js';

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
      measureQuery(input, {
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
