import { sql } from 'kysely';
import { notNull, oneOf, type ShanhaiMigration, types, withId, withTimestamps } from './kit.js';

/**
 * Import jobs (issue 11 point 2, decision 0081): a dry run or a commit of an uploaded file run in
 * the background, its state and progress read by its owner while it runs, and its report kept
 * when it ends. The file itself is never stored: it lives in the memory of the process that runs
 * the job, so a job the process did not finish (a restart) is marked failed, never resumed.
 */
export const importJobs: ShanhaiMigration = {
  async up(db, engine) {
    const t = types(engine);
    await withTimestamps(
      withId(db.schema.createTable('import_jobs'), engine)
        .addColumn('owner_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('kind', 'text', notNull)
        .addColumn('dry_run', 'integer', notNull)
        .addColumn('filename', 'text')
        .addColumn('size', 'integer', notNull)
        .addColumn('options', 'text', notNull)
        .addColumn('state', 'text', notNull)
        .addColumn('phase', 'text')
        .addColumn('unit', 'text', notNull)
        .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('total', 'integer')
        .addColumn('report', 'text')
        .addColumn('error', 'text')
        .addColumn('worker', 'text')
        .addColumn('started_at', t.timestamp)
        .addColumn('finished_at', t.timestamp)
        .addCheckConstraint(
          'import_jobs_state',
          oneOf('state', ['queued', 'running', 'done', 'failed']),
        )
        .addCheckConstraint('import_jobs_unit', oneOf('unit', ['rows', 'bytes']))
        .addCheckConstraint('import_jobs_done', sql`done >= 0 and dry_run in (0, 1)`),
      engine,
    ).execute();
    await db.schema
      .createIndex('import_jobs_state')
      .on('import_jobs')
      .columns(['state', 'updated_at'])
      .execute();
  },
};
