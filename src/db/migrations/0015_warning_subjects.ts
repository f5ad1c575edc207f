import { sql } from 'kysely';
import { oneOf, type ShanhaiMigration } from './kit.js';

/**
 * Early warnings about more than projects (issue 9, decision 0029): a warning names its subject
 * by kind and id (`project`, `posting` — a person's term ending —, `company_case` — a company's
 * request left unanswered), keeps the subject's donor and area for visibility and the queue's
 * filters, and `project_id` becomes nullable (kept, with its cascade, for project warnings).
 * Every existing warning is a project's: `subject_kind = 'project'`, `subject_id = project_id`.
 *
 * PostgreSQL alters the table in place. SQLite cannot drop a NOT NULL, so the table is rebuilt
 * (create the new one, copy every row with its id, drop the old, rename, recreate every index),
 * inside this migration's transaction; no other table references `warnings`, so foreign keys
 * stay on. The AUTOINCREMENT counter is carried over so ids of deleted warnings are not reused.
 */
export const warningSubjects: ShanhaiMigration = {
  async up(db, engine) {
    const subjects = oneOf('subject_kind', ['project', 'posting', 'company_case']);
    // A project's warning points at its project; a warning about anything else has none.
    const projectLink = sql`(subject_kind = 'project') = (project_id is not null and project_id = subject_id)`;
    if (engine === 'postgres') {
      await sql`alter table warnings
        add column subject_kind text not null default 'project',
        add column subject_id bigint,
        add column donor_code text references organisations (code),
        add column area_code text references areas (code),
        alter column project_id drop not null`.execute(db);
      await sql`update warnings set subject_id = project_id`.execute(db);
      await sql`alter table warnings
        alter column subject_kind drop default,
        alter column subject_id set not null,
        add constraint warnings_subject_kind check (${subjects}),
        add constraint warnings_project_link check (${projectLink})`.execute(db);
    } else {
      const seq = await sql<{ seq: number }>`select seq from sqlite_sequence
        where name = 'warnings'`.execute(db);
      await sql`create table warnings_rebuilt (
        id integer primary key autoincrement,
        project_id integer references projects (id) on delete cascade,
        subject_kind text not null,
        subject_id integer not null,
        donor_code text references organisations (code),
        area_code text references areas (code),
        kind text not null,
        dedupe_key text not null unique,
        detail text not null,
        detected_at text not null,
        status text not null,
        owner_user_id integer references users (id),
        resolution_note text,
        resolved_at text,
        version integer not null default 1,
        created_at text not null,
        updated_at text not null,
        constraint warnings_status check (${oneOf('status', ['open', 'acknowledged', 'resolved', 'dismissed'])}),
        constraint warnings_subject_kind check (${subjects}),
        constraint warnings_project_link check (${projectLink})
      )`.execute(db);
      await sql`insert into warnings_rebuilt (id, project_id, subject_kind, subject_id, donor_code,
          area_code, kind, dedupe_key, detail, detected_at, status, owner_user_id, resolution_note,
          resolved_at, version, created_at, updated_at)
        select id, project_id, 'project', project_id, null, null, kind, dedupe_key, detail,
          detected_at, status, owner_user_id, resolution_note, resolved_at, version, created_at,
          updated_at
        from warnings`.execute(db);
      const before = await sql<{ n: number }>`select count(*) as n from warnings`.execute(db);
      const after = await sql<{ n: number }>`select count(*) as n from warnings_rebuilt`.execute(
        db,
      );
      if (Number(before.rows[0]?.n) !== Number(after.rows[0]?.n)) {
        throw new Error('warnings: the rebuilt table does not hold every row');
      }
      await sql`drop table warnings`.execute(db);
      await sql`alter table warnings_rebuilt rename to warnings`.execute(db);
      const now = await sql<{ seq: number }>`select seq from sqlite_sequence
        where name = 'warnings'`.execute(db);
      const counter = Math.max(Number(seq.rows[0]?.seq ?? 0), Number(now.rows[0]?.seq ?? 0));
      await sql`delete from sqlite_sequence where name = 'warnings'`.execute(db);
      if (counter > 0) {
        await sql`insert into sqlite_sequence (name, seq) values ('warnings', ${counter})`.execute(
          db,
        );
      }
      // The indexes of 0002 and 0008, dropped with the old table.
      await db.schema
        .createIndex('warnings_queue')
        .on('warnings')
        .columns(['status', 'kind', 'project_id'])
        .execute();
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
    }
    // The daily computation reads a kind's warnings by subject.
    await db.schema
      .createIndex('warnings_subject')
      .on('warnings')
      .columns(['subject_kind', 'subject_id'])
      .execute();
    await sql`analyze warnings`.execute(db);
  },
};
