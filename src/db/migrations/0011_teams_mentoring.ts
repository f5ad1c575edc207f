import { sql } from 'kysely';
import { notNull, oneOf, type ShanhaiMigration, types, withId, withTimestamps } from './kit.js';

/** Institution pairings' kinds (decision 0026). */
const INSTITUTION_KINDS = ['hospital-department', 'school-school', 'township', 'other'];

/**
 * Teams, institution pairings and mentoring (decision 0026).
 *
 * - Institution pairings (以院包科, school–school, township pairings) are sub-pairings in the
 *   pairing table: an organisation paired with a recipient organisation (a department of it for
 *   以院包科) or a township, under a donor's pairing (`parent_id`). They gain a `kind` (null for
 *   area pairings), the recipient's `recipient_department` and `published_at` (null:
 *   unpublished; area pairings, reference data, stay public whatever it holds).
 * - Teams (组团式): a donor's group of doctors or teachers taking over a host institution in an
 *   area, with members (persons) over time, one of them at a time the leader.
 * - Mentoring (传帮带): a mentor (a person) and one local mentee, named with an organisation
 *   (not necessarily a person record), over dates, with one assessment per year.
 */
export const teamsMentoring: ShanhaiMigration = {
  async up(db, engine) {
    const t = types(engine);
    const ref = engine === 'postgres' ? 'bigint' : 'integer';

    await sql`alter table pairings add column kind text
      check (kind is null or ${oneOf('kind', INSTITUTION_KINDS)})`.execute(db);
    await sql`alter table pairings add column recipient_department text`.execute(db);
    await sql`alter table pairings add column published_at ${sql.raw(t.timestamp)}`.execute(db);
    await db.schema
      .createIndex('pairings_institution')
      .on('pairings')
      .columns(['kind', 'donor_code'])
      .execute();

    await withTimestamps(
      withId(db.schema.createTable('teams'), engine)
        .addColumn('kind', 'text', notNull)
        .addColumn('name', 'text', notNull)
        .addColumn('donor_code', 'text', (c) => c.notNull().references('organisations.code'))
        .addColumn('host_org_code', 'text', (c) => c.references('organisations.code'))
        .addColumn('host_org_name', 'text')
        .addColumn('area_code', 'text', (c) => c.notNull().references('areas.code'))
        .addColumn('starts_on', t.date, notNull)
        .addColumn('ends_on', t.date)
        .addColumn('note', 'text')
        .addColumn('published_at', t.timestamp)
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addCheckConstraint('teams_kind', oneOf('kind', ['medical', 'education', 'other']))
        .addCheckConstraint(
          'teams_host',
          sql`host_org_code is not null or host_org_name is not null`,
        )
        .addCheckConstraint('teams_dates', sql`ends_on is null or ends_on >= starts_on`),
      engine,
    ).execute();
    await db.schema
      .createIndex('teams_donor')
      .on('teams')
      .columns(['donor_code', 'starts_on'])
      .execute();
    await db.schema
      .createIndex('teams_area')
      .on('teams')
      .columns(['area_code', 'starts_on'])
      .execute();

    await db.schema
      .createTable('team_members')
      .$call((b) => withId(b, engine))
      .addColumn('team_id', ref, (c) => c.notNull().references('teams.id'))
      .addColumn('person_id', ref, (c) => c.notNull().references('persons.id'))
      .addColumn('role', 'text', notNull)
      .addColumn('starts_on', t.date, notNull)
      .addColumn('ends_on', t.date)
      .addCheckConstraint('team_members_role', oneOf('role', ['leader', 'member']))
      .addCheckConstraint('team_members_dates', sql`ends_on is null or ends_on >= starts_on`)
      .execute();
    await db.schema
      .createIndex('team_members_team')
      .on('team_members')
      .columns(['team_id', 'starts_on'])
      .execute();
    await db.schema
      .createIndex('team_members_person')
      .on('team_members')
      .column('person_id')
      .execute();

    await withTimestamps(
      withId(db.schema.createTable('mentorings'), engine)
        .addColumn('mentor_person_id', ref, (c) => c.notNull().references('persons.id'))
        /** The mentor's donor, kept for scope and the by-donor lists. */
        .addColumn('donor_code', 'text', (c) => c.notNull().references('organisations.code'))
        .addColumn('area_code', 'text', (c) => c.notNull().references('areas.code'))
        .addColumn('mentee_name', 'text', notNull)
        .addColumn('mentee_org_code', 'text', (c) => c.references('organisations.code'))
        .addColumn('mentee_org_name', 'text')
        .addColumn('starts_on', t.date, notNull)
        .addColumn('ends_on', t.date)
        .addColumn('note', 'text')
        .addColumn('published_at', t.timestamp)
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addCheckConstraint('mentorings_dates', sql`ends_on is null or ends_on >= starts_on`),
      engine,
    ).execute();
    await db.schema
      .createIndex('mentorings_mentor')
      .on('mentorings')
      .columns(['mentor_person_id', 'starts_on'])
      .execute();
    await db.schema
      .createIndex('mentorings_donor')
      .on('mentorings')
      .columns(['donor_code', 'starts_on'])
      .execute();
    await db.schema
      .createIndex('mentorings_area')
      .on('mentorings')
      .columns(['area_code', 'starts_on'])
      .execute();

    await db.schema
      .createTable('mentoring_assessments')
      .addColumn('mentoring_id', ref, (c) => c.notNull().references('mentorings.id'))
      .addColumn('year', 'integer', notNull)
      .addColumn('grade', 'text', notNull)
      .addColumn('note', 'text')
      .addPrimaryKeyConstraint('mentoring_assessments_pk', ['mentoring_id', 'year'])
      .addCheckConstraint(
        'mentoring_assessments_grade',
        oneOf('grade', ['excellent', 'good', 'pass', 'fail']),
      )
      .execute();
  },
};
