/**
 * The sales list's total and the summary by month from the sums kept per programme, donor, area,
 * month and publication (`consumption_sales_totals`, migration 0037, decision 0065): at national
 * scale ~29,000 sums instead of 2,000,000 sales. Only when every filter is a key of the sums
 * (donor, area, period), and, from the sums per channel or per category (migration 0041), one of
 * those; both at once return null and the caller reads the sales. The answers equal the sales' own (test/consumption/totals.test.ts).
 */
import { sql } from 'kysely';
import { listConditions } from '../access/donor-records.js';
import type { ServiceContext } from '../core/context.js';
import type { Reference } from '../reference/reference.js';
import type { SaleListQuery } from './schema.js';

type Filters = Omit<SaleListQuery, 'limit' | 'offset'>;

/**
 * The sums that answer `q` grouped by `by` (none: the total): `consumption_sales_totals` when no
 * channel or category is asked for, `consumption_sales_channels` (`…_categories`, migration 0041,
 * decision 0080) when the channel (the category) is a filter or the grouping and the other is
 * neither; null when both are, and the caller reads the sales.
 */
function totalsTable(q: Filters, by?: 'channel' | 'productCategory' | 'month') {
  const channel = q.channel !== undefined || by === 'channel';
  const category = q.productCategory !== undefined || by === 'productCategory';
  if (channel && category) return null;
  if (channel) return 'consumptionSalesChannels' as const;
  if (category) return 'consumptionSalesCategories' as const;
  return 'consumptionSalesTotals' as const;
}

/**
 * The list's filters on the sums, or null when they need the sales. The visibility rule and the
 * subtrees (the same `listConditions` the sales' list uses) read `nullif(published, 0)` as the
 * publication time: null exactly when the sales summed have none.
 */
function filteredTotals(
  ctx: ServiceContext,
  ref: Reference,
  q: Filters,
  by?: 'channel' | 'productCategory' | 'month',
) {
  const table = totalsTable(q, by);
  if (!table) return null;
  // One alias for the three tables: their common columns are typed alike.
  let query = ctx.db.selectFrom(`${table} as t` as 'consumptionSalesTotals as t');
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
  if (q.channel !== undefined) query = query.where(sql<boolean>`t.channel = ${q.channel}`);
  if (q.productCategory !== undefined) {
    query = query.where(sql<boolean>`t.product_category = ${q.productCategory}`);
  }
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

/** The summary by month, channel or product category under the filters, or null (read the sales). */
export async function summedBy(
  ctx: ServiceContext,
  ref: Reference,
  q: Filters,
  by: 'channel' | 'productCategory' | 'month',
) {
  const query = filteredTotals(ctx, ref, q, by);
  if (!query) return null;
  const key = sql.ref(by === 'productCategory' ? 't.product_category' : `t.${by}`);
  const rows = await query
    .select((eb) => [
      sql<string>`${key}`.as('key'),
      eb.fn.sum<number | string>('t.amountFen').as('fen'),
      eb.fn.sum<number | string>('t.rowCount').as('n'),
    ])
    .groupBy(key)
    .orderBy(key)
    .execute();
  const out = rows.map((r) => ({
    key: String(r.key),
    amountFen: Number(r.fen),
    rows: Number(r.n),
  }));
  return { by, rows: out, amountFen: out.reduce((s, r) => s + r.amountFen, 0) };
}
