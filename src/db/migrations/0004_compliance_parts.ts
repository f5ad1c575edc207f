import { sql } from 'kysely';
import { markRebuild, notNull, oneOf, type ShanhaiMigration, types } from './kit.js';

/**
 * The two 80% rules' parts per project, maintained: for each programme, year, basis (plan or
 * actual) and donor, one row per project with the donor's amount and its county-and-below,
 * livelihood and cross-pair parts in fen, split exactly as the rules split them. Written in the
 * same transaction as every ledger, plan, project, pairing or organisation change (see
 * src/modules/compliance/parts.ts), so the yearly report sums narrow rows in SQL; no rebuild
 * step. Existing data is backfilled by the rebuild that follows the migrations.
 */
export const complianceParts: ShanhaiMigration = {
  async up(db, engine) {
    const t = types(engine);
    const ref = engine === 'postgres' ? 'bigint' : 'integer';
    await db.schema
      .createTable('compliance_parts')
      .addColumn('programme_code', 'text', (c) => c.notNull().references('programmes.code'))
      .addColumn('year', 'integer', notNull)
      .addColumn('basis', 'text', notNull)
      .addColumn('donor_code', 'text', (c) => c.notNull().references('organisations.code'))
      .addColumn('project_id', ref, (c) =>
        c.notNull().references('projects.id').onDelete('cascade'),
      )
      .addColumn('amount_fen', t.bigint, notNull)
      .addColumn('county_fen', t.bigint, notNull)
      .addColumn('livelihood_fen', t.bigint, notNull)
      .addColumn('cross_pair_fen', t.bigint, notNull)
      .addPrimaryKeyConstraint('compliance_parts_pk', [
        'programme_code',
        'year',
        'basis',
        'donor_code',
        'project_id',
      ])
      .addCheckConstraint('compliance_parts_basis', oneOf('basis', ['plan', 'actual']))
      // SQLite: stored in key order, so a year's parts are one contiguous range to sum.
      .$call((b) => (engine === 'sqlite' ? b.modifyEnd(sql`without rowid`) : b))
      .addCheckConstraint(
        'compliance_parts_fen',
        sql`county_fen between 0 and amount_fen and livelihood_fen between 0 and amount_fen and cross_pair_fen between 0 and amount_fen`,
      )
      .execute();
    await db.schema
      .createIndex('compliance_parts_project')
      .on('compliance_parts')
      .column('project_id')
      .execute();
    // Plan items are found by project when a project's parts are refreshed.
    await db.schema
      .createIndex('plan_items_project')
      .on('plan_items')
      .column('project_id')
      .execute();
    // The backfill is owed, not run: the rebuild follows the migrations (see markRebuild).
    await markRebuild(db, 'compliance-parts');
  },
};
