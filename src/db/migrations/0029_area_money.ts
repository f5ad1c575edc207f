import { sql } from 'kysely';
import { markRebuild, notNull, type ShanhaiMigration, types } from './kit.js';

/**
 * `area_money` (decision 0044): each project's actual commitments, arrivals and expenditure per
 * year in every area of its places, split by its location shares as `area_parts` splits the
 * disbursements (a project wholly inside an area counts whole), so that the analytics measures
 * by area add up to their totals instead of counting a project's whole money in every area it
 * spans. Backfilled by the rebuild that follows the migrations (markRebuild).
 */
export const areaMoney: ShanhaiMigration = {
  async up(db, engine) {
    const t = types(engine);
    const ref = engine === 'postgres' ? 'bigint' : 'integer';
    await db.schema
      .createTable('area_money')
      .addColumn('project_id', ref, (c) =>
        c.notNull().references('projects.id').onDelete('cascade'),
      )
      .addColumn('area_code', 'text', notNull)
      .addColumn('year', 'integer', notNull)
      .addColumn('committed_fen', t.bigint, notNull)
      .addColumn('arrived_fen', t.bigint, notNull)
      .addColumn('expended_fen', t.bigint, notNull)
      .addPrimaryKeyConstraint('area_money_pk', ['project_id', 'area_code', 'year'])
      .$call((b) => (engine === 'sqlite' ? b.modifyEnd(sql`without rowid`) : b))
      .execute();
    // An area's rows (the area filter), by year.
    await db.schema
      .createIndex('area_money_area')
      .on('area_money')
      .columns(['area_code', 'year', 'project_id'])
      .execute();
    await markRebuild(db, 'area-money');
  },
};
