import type { ShanhaiMigration } from './kit.js';

/**
 * The registry's sort orders as indexes, each ending in the code, the tie-breaker, which now
 * runs in the same direction as the sort so one index serves both directions. A bulk import
 * gives thousands of projects the same `updated_at`; without the code in the index the newest
 * page sorted every one of them.
 */
export const registryOrder: ShanhaiMigration = {
  async up(db) {
    await db.schema.dropIndex('projects_updated').execute();
    for (const [name, column] of [
      ['projects_sort_updated', 'updated_at'],
      ['projects_sort_budget', 'budget_fen'],
      ['projects_sort_name', 'name_zh'],
      ['projects_sort_year', 'year'],
    ] as const) {
      await db.schema.createIndex(name).on('projects').columns([column, 'code']).execute();
    }
  },
};
