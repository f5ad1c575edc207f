import type { ShanhaiMigration } from './kit.js';

/**
 * A covering index of consumption sales by month (decision 0042): a period's total of the
 * measure `consumption_sales_fen` for a programme, and the sales summaries of a period, read the
 * index alone (month, then programme, donor, area and publication for the filters and the
 * visibility rule, channel and product category for the summaries, and the amount) instead of
 * ~100,000 table rows a year. The donor and area indexes of migration 0013 still serve a donor's
 * or an area's sales.
 */
export const salesPeriodIndex: ShanhaiMigration = {
  async up(db) {
    await db.schema
      .createIndex('consumption_sales_period')
      .on('consumption_sales')
      .columns([
        'month',
        'programme_code',
        'donor_code',
        'area_code',
        'published_at',
        'channel',
        'product_category',
        'amount_fen',
      ])
      .execute();
  },
};
