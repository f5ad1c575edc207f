import { sql } from 'kysely';
import { oneOf, type ShanhaiMigration } from './kit.js';

/**
 * Warnings about silent reporting (issue 10 point 5, decision 0054): a new subject kind
 * `report` — one reporter's (area, optional donor) values of an indicator set for a period, still
 * incomplete after the due date. A report has no numeric id of its own: `subject_id` is 0, and the
 * set, period, area and donor name it in the dedupe key and the detail (area and donor are also
 * the warning's columns, for visibility and filters).
 *
 * Only the CHECK on `subject_kind` changes. PostgreSQL drops and re-adds it. SQLite cannot alter
 * a CHECK, so the table is rebuilt as 0015 does: the same columns and constraints, every row
 * copied with its id, the old table dropped and the new one renamed, every index recreated from
 * its own definition, the AUTOINCREMENT counter carried over so no id is reused.
 */
export const reportWarnings: ShanhaiMigration = {
  async up(db, engine) {
    const subjects = oneOf('subject_kind', ['project', 'posting', 'company_case', 'report']);
    if (engine === 'postgres') {
      await sql`alter table warnings
        drop constraint warnings_subject_kind,
        add constraint warnings_subject_kind check (${subjects})`.execute(db);
      return;
    }
    const projectLink = sql`(subject_kind = 'project') = (project_id is not null and project_id = subject_id)`;
    const seq = await sql<{ seq: number }>`select seq from sqlite_sequence
      where name = 'warnings'`.execute(db);
    // Every index of the table as it stands (0002, 0008, 0015), to recreate after the rename.
    const indexes = await sql<{ sql: string }>`select sql from sqlite_master
      where type = 'index' and tbl_name = 'warnings' and sql is not null order by name`.execute(db);
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
      select id, project_id, subject_kind, subject_id, donor_code, area_code, kind, dedupe_key,
        detail, detected_at, status, owner_user_id, resolution_note, resolved_at, version,
        created_at, updated_at
      from warnings`.execute(db);
    const before = await sql<{ n: number }>`select count(*) as n from warnings`.execute(db);
    const after = await sql<{ n: number }>`select count(*) as n from warnings_rebuilt`.execute(db);
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
    for (const index of indexes.rows) await sql.raw(index.sql).execute(db);
    await sql`analyze warnings`.execute(db);
  },
};
