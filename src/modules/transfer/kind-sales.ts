/**
 * Consumption-aid sales as a kind (decision 0064): created through `createSale` (the codes, the
 * donor's `consumption.write` grant), identified by programme, donor, area, month, channel,
 * category and product: one that exists is skipped. Exported from the sales the caller may see
 * (the list's own condition).
 */
import { problem } from '../../domain/problems.js';
import { can } from '../access/authorize.js';
import { rowConditions } from '../companies/visibility.js';
import type { SaleInput } from '../consumption/schema.js';
import { createSale } from '../consumption/service.js';
import type { ServiceContext } from '../core/context.js';
import { loadReference } from '../reference/reference.js';
import type { ExportRecord, KindHandler } from './kind-handler.js';
import type { Row } from './rows.js';

const PAGE = 2000;

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
  records: saleRecords,
};

async function* saleRecords(ctx: ServiceContext): AsyncGenerator<ExportRecord> {
  const ref = await loadReference(ctx.db);
  const visible = rowConditions(ctx.actor, ref, {}, 's');
  let after = 0;
  for (;;) {
    let q = ctx.db
      .selectFrom('consumptionSales as s')
      .selectAll('s')
      .where('s.id', '>', after)
      .orderBy('s.id')
      .limit(PAGE);
    for (const condition of visible) q = q.where(() => condition);
    const rows = await q.execute();
    if (rows.length === 0) return;
    for (const s of rows) {
      yield {
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
      };
    }
    after = Number(rows[rows.length - 1]?.id ?? after);
  }
}
