import { sql } from 'kysely';
import { markRebuild, notNull, oneOf, type ShanhaiMigration } from './kit.js';

/** The reference tables: an in-memory copy of them is valid while their token is unchanged. */
const REFERENCE_TABLES = [
  'areas',
  'organisations',
  'programmes',
  'programme_thresholds',
  'pairings',
  'project_types',
] as const;

/**
 * One write path with projections (decision 0013):
 *
 * - `projection_state`: per projection, the version of the code its rows were built by and
 *   whether a rebuild is owed. Projections built by the backfills of 0004 and 0006 (before
 *   this table) are recorded as built at version 1, unless a migration of this run marked them.
 * - `quality_findings`: each project's data-quality findings, a projection like the rules'
 *   parts, listed by index instead of evaluated per request; with the project's code,
 *   programme, year and publication, which the list filters and sorts by.
 * - `reference_version`: one token that changes (triggers, on both engines) whenever a
 *   reference table changes, also when written outside shanhai; a process keeps those tables in
 *   memory while the token it read them under stands.
 * - The history head follows each inserted entry by trigger, so appending is one insert.
 */
export const projections: ShanhaiMigration = {
  async up(db, engine) {
    await sql`create table if not exists projection_state (
      name text primary key,
      version integer not null,
      needs_rebuild integer not null
    )`.execute(db);
    for (const name of ['compliance-parts', 'project-search']) {
      await sql`insert into projection_state (name, version, needs_rebuild) values (${name}, 1, 0)
        on conflict (name) do nothing`.execute(db);
    }

    const ref = engine === 'postgres' ? 'bigint' : 'integer';
    await db.schema
      .createTable('quality_findings')
      .addColumn('project_id', ref, (c) =>
        c.notNull().references('projects.id').onDelete('cascade'),
      )
      .addColumn('rule', 'text', notNull)
      .addColumn('field', 'text', notNull)
      .addColumn('severity', 'text', notNull)
      .addColumn('severity_rank', 'integer', notNull)
      // Its place among the project's findings: most severe first, then in rule order.
      .addColumn('ordinal', 'integer', notNull)
      .addColumn('message_zh', 'text', notNull)
      .addColumn('message_en', 'text', notNull)
      // The project's own fields the list filters and sorts by, kept with the finding.
      .addColumn('project_code', 'text', notNull)
      .addColumn('programme_code', 'text', notNull)
      .addColumn('year', 'integer', notNull)
      .addColumn('published', 'integer', notNull)
      .addPrimaryKeyConstraint('quality_findings_pk', ['project_id', 'rule', 'field'])
      .addCheckConstraint(
        'quality_findings_severity',
        oneOf('severity', ['critical', 'error', 'warning']),
      )
      .execute();
    await db.schema
      .createIndex('quality_findings_order')
      .on('quality_findings')
      .columns(['severity_rank', 'project_code', 'ordinal'])
      .execute();
    await db.schema
      .createIndex('quality_findings_filter')
      .on('quality_findings')
      .columns(['programme_code', 'year', 'severity_rank', 'project_code', 'ordinal'])
      .execute();
    await db.schema
      .createIndex('quality_findings_published')
      .on('quality_findings')
      .columns(['published', 'severity_rank', 'project_code', 'ordinal'])
      .execute();
    await markRebuild(db, 'quality-findings');
    // Counting what anonymous callers may see reads an index, not 400,000 wide rows.
    await db.schema
      .createIndex('projects_published')
      .on('projects')
      .column('published_at')
      .execute();

    await db.schema
      .createTable('reference_version')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('token', 'text', notNull)
      .execute();
    if (engine === 'postgres') {
      await sql`insert into reference_version (id, token) values (1, gen_random_uuid()::text)`.execute(
        db,
      );
      await sql`create function shanhai_reference_changed() returns trigger language plpgsql as $$
        begin update reference_version set token = gen_random_uuid()::text where id = 1; return null; end $$`.execute(
        db,
      );
      for (const table of REFERENCE_TABLES) {
        await sql`create trigger ${sql.raw(`${table}_reference_changed`)}
          after insert or update or delete or truncate on ${sql.table(table)}
          for each statement execute function shanhai_reference_changed()`.execute(db);
      }
      await sql`create function shanhai_history_head() returns trigger language plpgsql as $$
        begin update history_head set last_id = new.id, last_hash = new.hash where id = 1; return null; end $$`.execute(
        db,
      );
      await sql`create trigger history_head_follows after insert on history
        for each row execute function shanhai_history_head()`.execute(db);
    } else {
      await sql`insert into reference_version (id, token) values (1, lower(hex(randomblob(16))))`.execute(
        db,
      );
      for (const table of REFERENCE_TABLES) {
        for (const event of ['insert', 'update', 'delete']) {
          await sql`create trigger ${sql.raw(`${table}_reference_${event}`)}
            after ${sql.raw(event)} on ${sql.table(table)}
            begin update reference_version set token = lower(hex(randomblob(16))) where id = 1; end`.execute(
            db,
          );
        }
      }
      await sql`create trigger history_head_follows after insert on history
        begin update history_head set last_id = new.id, last_hash = new.hash where id = 1; end`.execute(
        db,
      );
    }
  },
};
