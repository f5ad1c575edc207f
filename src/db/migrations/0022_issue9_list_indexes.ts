import type { ShanhaiMigration } from './kit.js';

/**
 * Indexes for issue 9's lists at national scale (decision 0042, docs/performance.md): ~40,000
 * companies and ~200,000 cases, newest first. Without them the companies list and the case board
 * sorted every visible row to show one page; with them the page is read in index order and
 * stops at its end.
 */
export const issue9ListIndexes: ShanhaiMigration = {
  async up(db) {
    await db.schema
      .createIndex('company_cases_newest')
      .on('company_cases')
      .columns(['opened_at', 'id'])
      .execute();
    await db.schema
      .createIndex('companies_newest')
      .on('companies')
      .columns(['signed_on', 'id'])
      .execute();
  },
};
