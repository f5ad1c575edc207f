import { sql } from 'kysely';
import { markRebuild, notNull, type ShanhaiMigration, types } from './kit.js';

/**
 * Indexes for lists at national scale (docs/performance.md, `npm run bench:routes`):
 *
 * - the warnings work queue, newest first, with or without a status: read in index order and
 *   stopped at the page, instead of sorting 250,000 warnings that share one detection time; and
 *   a project's warnings, which the daily computation reads batch by batch;
 * - the projects pulling a donor's rule down most: each rule's offending part (the amount not
 *   counted for it) indexed per programme, year, basis and donor, so the report reads each
 *   failing donor's top ten from the index instead of ranking every part of every failing donor;
 * - `project_figures`: one row per project with its actual ledger summed by type and what the
 *   rates read of the project (a projection, src/modules/ledger/figures.ts), so a year's rates
 *   read 20,000 narrow rows instead of summing 240,000 transactions.
 */
export const listIndexes: ShanhaiMigration = {
  async up(db, engine) {
    // The daily computation reads each batch's warnings by project.
    await db.schema.createIndex('warnings_project').on('warnings').column('project_id').execute();
    await db.schema
      .createIndex('warnings_newest')
      .on('warnings')
      .columns(['detected_at', 'id'])
      .execute();
    await db.schema
      .createIndex('warnings_status_newest')
      .on('warnings')
      .columns(['status', 'detected_at', 'id'])
      .execute();
    await sql`create index compliance_parts_county_gap on compliance_parts
      (programme_code, year, basis, donor_code, (amount_fen - county_fen))`.execute(db);
    await sql`create index compliance_parts_livelihood_gap on compliance_parts
      (programme_code, year, basis, donor_code, (amount_fen - livelihood_fen))`.execute(db);

    const t = types(engine);
    await db.schema
      .createTable('project_figures')
      .addColumn('project_id', engine === 'postgres' ? 'bigint' : 'integer', (c) =>
        c.primaryKey().references('projects.id').onDelete('cascade'),
      )
      .addColumn('project_code', 'text', notNull)
      .addColumn('programme_code', 'text', notNull)
      .addColumn('year', 'integer', notNull)
      .addColumn('stage', 'text', notNull)
      .addColumn('stage_before_suspension', 'text')
      .addColumn('budget_fen', t.bigint, notNull)
      .addColumn('committed_fen', t.bigint, notNull)
      .addColumn('arrived_fen', t.bigint, notNull)
      .addColumn('disbursed_fen', t.bigint, notNull)
      .addColumn('expended_fen', t.bigint, notNull)
      .execute();
    await db.schema
      .createIndex('project_figures_year')
      .on('project_figures')
      .columns(['programme_code', 'year'])
      .execute();
    await markRebuild(db, 'project-figures');
    // Statistics for the new indexes: without them SQLite's planner sums a year's parts through
    // a culprits index (four times slower than the primary key's range).
    await sql`analyze compliance_parts`.execute(db);
    await sql`analyze warnings`.execute(db);
  },
};
