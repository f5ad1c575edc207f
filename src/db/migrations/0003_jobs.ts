import { sql } from 'kysely';
import { notNull, oneOf, type ShanhaiMigration, types, withId, withTimestamps } from './kit.js';

/**
 * The job queue (no Redis): typed, versioned jobs stored in the database, claimed by runners
 * with a lease (`locked_by`, `locked_until`), retried with backoff. `unique_key` makes a
 * scheduled run (e.g. `warnings.compute:2026-11-28`) happen once however many runners enqueue it.
 */
export const jobs: ShanhaiMigration = {
  async up(db, engine) {
    const t = types(engine);
    await withTimestamps(
      withId(db.schema.createTable('jobs'), engine)
        .addColumn('name', 'text', notNull)
        .addColumn('version', 'integer', notNull)
        .addColumn('payload', 'text', notNull)
        .addColumn('status', 'text', notNull)
        .addColumn('run_at', t.timestamp, notNull)
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('max_attempts', 'integer', notNull)
        .addColumn('last_error', 'text')
        .addColumn('locked_by', 'text')
        .addColumn('locked_until', t.timestamp)
        .addColumn('unique_key', 'text', (c) => c.unique())
        .addCheckConstraint('jobs_status', oneOf('status', ['queued', 'running', 'done', 'failed']))
        .addCheckConstraint('jobs_attempts', sql`attempts >= 0 and max_attempts >= 1`),
      engine,
    ).execute();
    await db.schema.createIndex('jobs_due').on('jobs').columns(['status', 'run_at']).execute();
  },
};
