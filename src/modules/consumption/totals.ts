/**
 * The sales list's total and the summary by month from the sums kept per programme, donor, area,
 * month and publication (`consumption_sales_totals`, migration 0037, decision 0065): at national
 * scale ~29,000 sums instead of 2,000,000 sales. Only when every filter is a key of the sums
 * (donor, area, period); a channel or product category filter returns null and the caller reads
 * the sales. The answers equal the sales' own (test/consumption/totals.test.ts).
 */
import { sql } from 'kysely';
import { listConditions } from '../access/donor-records.js';
import type { ServiceContext } from '../core/context.js';
import type { Reference } from '../reference/reference.js';
import type { SaleListQuery } from './schema.js';

type Filters = Omit<SaleListQuery, 'limit' | 'offset'>;

/**
 * The list's filters on the sums, or null when one needs the sales. The visibility rule and the
 * subtrees (the same `listConditions` the sales' list uses) read `nullif(published, 0)` as the
 * publication time: null exactly when the sales summed have none.
 */
function filteredTotals(ctx: ServiceContext, ref: Reference, q: Filters) {
  if (q.channel || q.productCategory) return null;
  let query = ctx.db.selectFrom('consumptionSalesTotals as t');
  const conditions = listConditions(
    ctx.actor,
    ref,
    q,
    {
      published: sql`nullif(t.published, 0)`,
      donor: sql.ref('t.donor_code'),
      area: sql.ref('t.area_code'),
    },
    { anonymous: 'published' },
  );
  for (const condition of conditions) query = query.where(() => condition);
  if (q.from) query = query.where('t.month', '>=', q.from);
  if (q.to) query = query.where('t.month', '<=', q.to);
  return query;
}

/** The number of sales and their sum under the filters, or null (read the sales). */
export async function summedTotal(ctx: ServiceContext, ref: Reference, q: Filters) {
  const query = filteredTotals(ctx, ref, q);
  if (!query) return null;
  return query
    .select((eb) => [
      eb.fn.sum<number | string | null>('t.rowCount').as('n'),
      eb.fn.sum<number | string | null>('t.amountFen').as('fen'),
    ])
    .executeTakeFirstOrThrow();
}

/** The summary by month under the filters, or null (read the sales). */
export async function summedByMonth(ctx: ServiceContext, ref: Reference, q: Filters) {
  const query = filteredTotals(ctx, ref, q);
  if (!query) return null;
  const rows = await query
    .select((eb) => [
      't.month as key',
      eb.fn.sum<number | string>('t.amountFen').as('fen'),
      eb.fn.sum<number | string>('t.rowCount').as('n'),
    ])
    .groupBy('t.month')
    .orderBy('t.month')
    .execute();
  const out = rows.map((r) => ({ key: r.key, amountFen: Number(r.fen), rows: Number(r.n) }));
  return { by: 'month' as const, rows: out, amountFen: out.reduce((s, r) => s + r.amountFen, 0) };
}
