/**
 * Consumption aid's measure (decision 0024, 0028): sales in fen; a month counts when it
 * overlaps the period (a period of 2026-10-15 to 2026-11-10 keeps October and November).
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import { visibleTo } from '../access/donor-records.js';
import {
  col,
  defineMeasures,
  inCodes,
  type MeasureInput,
  measureQuery,
  monthKey,
  recordFilter,
} from '../analytics/measure.js';

function monthsInPeriod(input: MeasureInput, alias = 's') {
  const p = input.filters.period;
  if (!p) return sql<SqlBool>`1 = 1`;
  return sql<SqlBool>`${sql.ref(`${alias}.month`)} between ${p.from.slice(0, 7)} and ${p.to.slice(0, 7)}`;
}

/**
 * The sales' sum from the sums kept per programme, donor, area, month and publication
 * (`consumption_sales_totals`, migration 0037; read here since decision 0080): every filter is a
 * key and the visibility rule reads `nullif(published, 0)`, null exactly when the summed sales
 * have no publication time. `summed: false` reads the sales (the tests compare the two).
 */
function salesFromTotals(input: MeasureInput) {
  const parts: Expression<SqlBool>[] = [monthsInPeriod(input, 't')];
  if (input.filters.programme !== undefined) {
    parts.push(sql<SqlBool>`t.programme_code = ${input.filters.programme}`);
  }
  if (input.donors) parts.push(inCodes(col('t.donorCode'), input.donors));
  if (input.areas) parts.push(inCodes(col('t.areaCode'), input.areas));
  const visible = visibleTo(
    input.actor,
    input.ref,
    { published: sql`nullif(t.published, 0)`, donor: col('t.donorCode'), area: col('t.areaCode') },
    { anonymous: 'published' },
  );
  if (visible) parts.push(visible);
  return measureQuery(input, {
    from: sql`consumption_sales_totals t`,
    where: sql<SqlBool>`(${sql.join(parts, sql` and `)})`,
    value: sql`cast(coalesce(sum(t.amount_fen), 0) as text)`,
    keys: {
      programme: col('t.programmeCode'),
      donor: col('t.donorCode'),
      area: col('t.areaCode'),
      period: monthKey(col('t.month'), input.granularity),
    },
  });
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
    query: (input) => (input.summed === false ? salesQuery(input) : salesFromTotals(input)),
  },
]);

function salesQuery(input: MeasureInput) {
  return measureQuery(input, {
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
  });
}
