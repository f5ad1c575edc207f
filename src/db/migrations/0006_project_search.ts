import { sql } from 'kysely';
import type { ShanhaiMigration } from './kit.js';

/**
 * One narrow row per project with its code and names in lower case, for the registry's free-text
 * search: scanning 400,000 short strings is about ten times faster than scanning the projects
 * table's wide rows (docs/performance.md). Kept by the project use cases
 * (src/modules/projects/search.ts); the backfill runs here, once.
 */
export const projectSearch: ShanhaiMigration = {
  async up(db, engine) {
    const ref = engine === 'postgres' ? 'bigint' : 'integer';
    await db.schema
      .createTable('project_search')
      .addColumn('project_id', ref, (c) =>
        c.primaryKey().references('projects.id').onDelete('cascade'),
      )
      .addColumn('text', 'text', (c) => c.notNull())
      .execute();
    const { refreshAllProjectSearch } = await import('../../modules/projects/search.js');
    await refreshAllProjectSearch(db);
    // Planner statistics for the new rows, or the first searches plan blind.
    await sql`analyze project_search`.execute(db);
  },
};
