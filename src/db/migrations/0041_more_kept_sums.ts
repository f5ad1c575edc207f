import { sql } from 'kysely';
import type { Engine } from '../database.js';
import {
  type KeptColumn,
  keptSumsTriggers,
  markRebuild,
  notNull,
  type ShanhaiMigration,
  types,
} from './kit.js';

/**
 * More sums of records tables kept at every commit by row triggers (decision 0080, issue 9's
 * speed; the pattern of 0037 and 0039):
 *
 * - `training_session_totals`: the training sessions per programme, organiser, area, start month
 *   and publication (1 when the session has a publication time): sessions, participants,
 *   person-times, jobs found. The training measures read ~7,000 sums for five years instead of
 *   ~100,000 sessions at national scale when the period is whole months.
 * - `consumption_sales_channels` and `consumption_sales_categories`: the sales per programme,
 *   donor, area, month, publication and channel (resp. product category): amount and rows. The
 *   sales summary by channel (by category) of a year reads ~7,000 (~11,000) sums instead of the
 *   year's ~100,000 sales.
 *
 * Backfilled by the rebuild that follows the migrations (markRebuild of `training-totals`,
 * `sales-channels`, `sales-categories`; src/modules/record-totals.ts), never here.
 */
const row = (r: 'new' | 'old', expression: string) => sql.raw(expression.replaceAll('$.', `${r}.`));
const kept = (column: string, expression: string): KeptColumn => ({
  column,
  of: (r) => row(r, expression),
});
const published = kept('published', 'case when $.published_at is null then 0 else 1 end');

/** The start month `YYYY-MM` of a `date` column (ISO text on SQLite). */
const monthOf = (engine: Engine, column: string) =>
  engine === 'postgres' ? `to_char($.${column}, 'YYYY-MM')` : `substr($.${column}, 1, 7)`;

export const moreKeptSums: ShanhaiMigration = {
  async up(db, engine) {
    const t = types(engine);
    await db.schema
      .createTable('training_session_totals')
      .addColumn('programme_code', 'text', notNull)
      .addColumn('organiser_code', 'text', notNull)
      .addColumn('area_code', 'text', notNull)
      .addColumn('month', 'text', notNull)
      .addColumn('published', 'integer', notNull)
      .addColumn('sessions', t.bigint, notNull)
      .addColumn('participants', t.bigint, notNull)
      .addColumn('person_times', t.bigint, notNull)
      .addColumn('jobs_found', t.bigint, notNull)
      .addPrimaryKeyConstraint('training_session_totals_pk', [
        'programme_code',
        'organiser_code',
        'area_code',
        'month',
        'published',
      ] as never)
      .$call((b) => (engine === 'sqlite' ? b.modifyEnd(sql`without rowid`) : b))
      .execute();
    await db.schema
      .createIndex('training_session_totals_month')
      .on('training_session_totals')
      .columns(['month'])
      .execute();
    await keptSumsTriggers(db, engine, {
      name: 'training_session_totals',
      records: 'training_sessions',
      sums: 'training_session_totals',
      key: [
        kept('programme_code', '$.programme_code'),
        kept('organiser_code', '$.organiser_code'),
        kept('area_code', '$.area_code'),
        kept('month', monthOf(engine, 'start_date')),
        published,
      ],
      values: [
        kept('sessions', '1'),
        kept('participants', '$.participants'),
        kept('person_times', '$.person_times'),
        kept('jobs_found', '$.jobs_found'),
      ],
      count: 'sessions',
      updateOf: [
        'programme_code',
        'organiser_code',
        'area_code',
        'start_date',
        'published_at',
        'participants',
        'person_times',
        'jobs_found',
      ],
    });
    await markRebuild(db, 'training-totals');

    for (const [sums, by] of [
      ['consumption_sales_channels', 'channel'],
      ['consumption_sales_categories', 'product_category'],
    ] as const) {
      await db.schema
        .createTable(sums)
        .addColumn('programme_code', 'text', notNull)
        .addColumn('donor_code', 'text', notNull)
        .addColumn('area_code', 'text', notNull)
        .addColumn('month', 'text', notNull)
        .addColumn('published', 'integer', notNull)
        .addColumn(by, 'text', notNull)
        .addColumn('amount_fen', t.bigint, notNull)
        .addColumn('row_count', t.bigint, notNull)
        .addPrimaryKeyConstraint(`${sums}_pk`, [
          'programme_code',
          'donor_code',
          'area_code',
          'month',
          'published',
          by,
        ] as never)
        .$call((b) => (engine === 'sqlite' ? b.modifyEnd(sql`without rowid`) : b))
        .execute();
      await db.schema.createIndex(`${sums}_month`).on(sums).columns(['month', by]).execute();
      await keptSumsTriggers(db, engine, {
        name: sums,
        records: 'consumption_sales',
        sums,
        key: [
          kept('programme_code', '$.programme_code'),
          kept('donor_code', '$.donor_code'),
          kept('area_code', '$.area_code'),
          kept('month', '$.month'),
          published,
          kept(by, `$.${by}`),
        ],
        values: [kept('amount_fen', '$.amount_fen'), kept('row_count', '1')],
        count: 'row_count',
        updateOf: [
          'programme_code',
          'donor_code',
          'area_code',
          'month',
          'published_at',
          by,
          'amount_fen',
        ],
      });
    }
    await markRebuild(db, 'sales-channels');
    await markRebuild(db, 'sales-categories');
  },
};
