import type { ShanhaiMigration } from './kit.js';

/**
 * Requests counted per client address and minute (issue 12 defect 10, decision 0040): what an
 * address spends on public routes without signing in, kept in the database so that every
 * instance of the server counts against the same budget (src/http/rate-limit.ts). Rows older
 * than an hour are deleted now and then.
 */
export const requestCounts: ShanhaiMigration = {
  async up(db) {
    await db.schema
      .createTable('request_counts')
      .addColumn('address', 'text', (c) => c.notNull())
      .addColumn('minute', 'bigint', (c) => c.notNull())
      .addColumn('spent', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('request_counts_pk', ['address', 'minute'])
      .execute();
    await db.schema
      .createIndex('request_counts_minute')
      .on('request_counts')
      .column('minute')
      .execute();
  },
};
