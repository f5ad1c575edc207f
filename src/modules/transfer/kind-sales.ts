/**
 * Consumption-aid sales as a kind (decision 0064): created through `createSale` (the codes, the
 * donor's `consumption.write` grant), identified by programme, donor, area, month, channel,
 * category and product: one that exists is skipped. Exported from the sales the caller may see
 * (the list's own condition).
 */
import type { z } from 'zod';
import { problem } from '../../domain/problems.js';
import { can } from '../access/authorize.js';
import { type SaleInput, saleListQuery } from '../consumption/schema.js';
import { createSale, filteredSales } from '../consumption/service.js';
import type { ServiceContext } from '../core/context.js';
import { loadReference } from '../reference/reference.js';
import {
  type ExportFilters,
  type ExportRecord,
  type KindHandler,
  orderedRecords,
  pastRow,
} from './kind-handler.js';
import type { Row } from './rows.js';

/** The sales list's filters (`GET /api/consumption-sales`) without its paging. */
const saleFilters = saleListQuery.omit({ limit: true, offset: true });

const identity = (row: Row) => {
  const b = row.body as unknown as SaleInput;
  return [b.programme, b.donor, b.area, b.month, b.channel, b.productCategory, b.product].join('|');
};

export const saleHandler: KindHandler = {
  complete(row, options) {
    if (row.body.programme === undefined && options.programme) {
      row.body.programme = options.programme;
    }
  },
  identity,
  async checker(ctx) {
    const ref = await loadReference(ctx.db);
    return async (row) => {
      const b = row.body as unknown as SaleInput;
      if (
        ref.orgs.has(b.donor) &&
        !can(ctx.actor, 'consumption.write', { orgPath: ref.orgs.pathOf(b.donor) })
      ) {
        return {
          severity: 'error',
          ref: problem('import.outOfScope', { code: b.donor }),
          field: 'donor',
        };
      }
      const same = await ctx.db
        .selectFrom('consumptionSales')
        .select('id')
        .where('programmeCode', '=', b.programme)
        .where('donorCode', '=', b.donor)
        .where('areaCode', '=', b.area)
        .where('month', '=', b.month)
        .where('channel', '=', b.channel)
        .where('productCategory', '=', b.productCategory)
        .where('product', '=', b.product ?? '')
        .executeTakeFirst();
      return same
        ? { severity: 'warning', ref: problem('import.exists', { code: row.key }) }
        : null;
    };
  },
  async apply(ctx, row) {
    await createSale(ctx, row.body as unknown as SaleInput);
  },
  filters: saleFilters,
  records: saleRecords,
};

/** The sales the caller may see that the list's filters select (the list's own conditions). */
async function* saleRecords(
  ctx: ServiceContext,
  filters: ExportFilters,
): AsyncGenerator<ExportRecord> {
  const ref = await loadReference(ctx.db);
  const selected = filteredSales(ctx, ref, filters as z.infer<typeof saleFilters>);
  // The list's order: newest month first, then id (decision 0082).
  const page = (last: { month: string; id: number } | undefined, size: number) => {
    let q = selected.selectAll('s').orderBy('s.month', 'desc').orderBy('s.id', 'desc').limit(size);
    if (last) q = q.where(pastRow('s.month', 's.id', 'desc', last.month, last.id));
    return q.execute();
  };
  yield* orderedRecords(page, (rows) =>
    rows.map((s) => ({
      programme: s.programmeCode,
      donor: s.donorCode,
      area: s.areaCode,
      month: s.month,
      channel: s.channel,
      productCategory: s.productCategory,
      product: s.product,
      amountFen: Number(s.amountFen),
      quantity: Number(s.quantity),
      unit: s.unit,
      note: s.note,
      published: s.publishedAt !== null,
    })),
  );
}
