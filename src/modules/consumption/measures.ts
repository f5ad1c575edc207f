/**
 * Consumption aid's measure (decision 0024, 0028): sales in fen; a month counts when it
 * overlaps the period (a period of 2026-10-15 to 2026-11-10 keeps October and November).
 */
import { type SqlBool, sql } from 'kysely';
import {
  col,
  defineMeasures,
  type MeasureInput,
  measureQuery,
  monthKey,
  recordFilter,
} from '../analytics/measure.js';

function monthsInPeriod(input: MeasureInput) {
  const p = input.filters.period;
  if (!p) return sql<SqlBool>`1 = 1`;
  return sql<SqlBool>`s.month between ${p.from.slice(0, 7)} and ${p.to.slice(0, 7)}`;
}

export const consumptionMeasures = defineMeasures('consumption', [
  {
    name: 'consumption_sales_fen',
    unit: 'fen',
    label: {
      zh: '消费帮扶销售额',
      en: 'Consumption-aid sales',
      ug: 'ئىستېمال ئارقىلىق ياردەم سېتىش سوممىسى',
    },
    description: {
      zh: '受援地产品经援助方渠道的销售额（分）；按月份与期间是否重叠筛选',
      en: 'Sales of recipient-area products through donor channels (fen); a month counts when it overlaps the period',
    },
    dimensions: ['programme', 'donor', 'area', 'period'],
    query: (input) =>
      measureQuery(input, {
        from: sql`consumption_sales s`,
        where: sql<SqlBool>`(${recordFilter(input, {
          donor: 's.donorCode',
          area: 's.areaCode',
          programme: 's.programmeCode',
          published: 's.publishedAt',
        })} and ${monthsInPeriod(input)})`,
        value: sql`cast(coalesce(sum(s.amount_fen), 0) as text)`,
        keys: {
          programme: col('s.programmeCode'),
          donor: col('s.donorCode'),
          area: col('s.areaCode'),
          period: monthKey(col('s.month'), input.granularity),
        },
      }),
  },
]);
