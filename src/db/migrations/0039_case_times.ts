import { sql } from 'kysely';
import {
  type KeptColumn,
  keptSumsTriggers,
  markRebuild,
  notNull,
  type ShanhaiMigration,
  types,
} from './kit.js';

/**
 * Company cases summed per company and officer, kept at every commit by triggers on
 * `company_cases` (decision 0069, issue 9's speed): the case times per officer, donor or area
 * read ~70,000 sums instead of ~200,000 cases at national scale. `officer_key` is the case's
 * officer, 0 when it has none (a key column cannot be null on PostgreSQL). Kept: the cases, the
 * responded ones and their response working days, the resolved ones and their resolution working
 * days. Lateness depends on today: it is counted from the open cases (a few), not kept.
 *
 * The sums are backfilled by the rebuild that follows the migrations (markRebuild of
 * `case-times`, src/modules/record-totals.ts), never here.
 */
const row = (r: 'new' | 'old', expression: string) => sql.raw(expression.replaceAll('$.', `${r}.`));
const kept = (column: string, expression: string): KeptColumn => ({
  column,
  of: (r) => row(r, expression),
});

export const caseTimes: ShanhaiMigration = {
  async up(db, engine) {
    const t = types(engine);
    await db.schema
      .createTable('company_case_times')
      .addColumn('officer_key', t.bigint, notNull)
      .addColumn('company_id', t.bigint, notNull)
      .addColumn('cases', t.bigint, notNull)
      .addColumn('responded', t.bigint, notNull)
      .addColumn('response_days', t.bigint, notNull)
      .addColumn('resolved', t.bigint, notNull)
      .addColumn('resolution_days', t.bigint, notNull)
      .addPrimaryKeyConstraint('company_case_times_pk', ['officer_key', 'company_id'] as never)
      .$call((b) => (engine === 'sqlite' ? b.modifyEnd(sql`without rowid`) : b))
      .execute();
    await db.schema
      .createIndex('company_case_times_company')
      .on('company_case_times')
      .columns(['company_id'])
      .execute();
    await keptSumsTriggers(db, engine, {
      name: 'company_case_times',
      records: 'company_cases',
      sums: 'company_case_times',
      key: [kept('officer_key', 'coalesce($.officer_id, 0)'), kept('company_id', '$.company_id')],
      values: [
        kept('cases', '1'),
        kept('responded', 'case when $.first_response_at is null then 0 else 1 end'),
        kept('response_days', 'coalesce($.response_working_days, 0)'),
        kept('resolved', 'case when $.resolved_at is null then 0 else 1 end'),
        kept('resolution_days', 'coalesce($.resolution_working_days, 0)'),
      ],
      count: 'cases',
      updateOf: [
        'company_id',
        'officer_id',
        'first_response_at',
        'response_working_days',
        'resolved_at',
        'resolution_working_days',
      ],
    });
    await markRebuild(db, 'case-times');
  },
};
