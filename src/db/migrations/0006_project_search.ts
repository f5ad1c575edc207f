import { markRebuild, type ShanhaiMigration } from './kit.js';

/**
 * One narrow row per project with its code and names in lower case, for the registry's free-text
 * search: scanning 400,000 short strings is about ten times faster than scanning the projects
 * table's wide rows (docs/performance.md). Kept by the project use cases
 * (src/modules/projects/search.ts); existing projects are backfilled by the rebuild that follows
 * the migrations.
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
    await markRebuild(db, 'project-search');
  },
};
