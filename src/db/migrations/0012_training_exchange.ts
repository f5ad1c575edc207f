import { sql } from 'kysely';
import { notNull, oneOf, type ShanhaiMigration, types, withId, withTimestamps } from './kit.js';

/** As written when this migration was released (src/domain/training.ts holds today's lists). */
const PLACES = ['xinjiang', 'donor'];
const EXCHANGE_KINDS = [
  'study-tour',
  'camp',
  'performance',
  'reading-room',
  'school-pairing',
  'township-pairing',
  'other',
];

/**
 * Training (decision 0027): programmes such as 天山计划; sessions, each organised by one donor in
 * one area, with distinct participants and person-times (人次) as counts, named participants
 * where known, and outcomes (jobs found afterwards, certificates). Exchange activities
 * (交往交流交融): a kind, dates, several organising donors and several areas, participants by
 * origin. Every rule a check can hold is a check here too; the use cases refuse first, by field.
 */
export const trainingExchange: ShanhaiMigration = {
  async up(db, engine) {
    const t = types(engine);
    const ref = engine === 'postgres' ? 'bigint' : 'integer';

    await withTimestamps(
      withId(db.schema.createTable('training_programmes'), engine)
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('programme_code', 'text', (c) => c.notNull().references('programmes.code'))
        .addColumn('name', 'text', notNull)
        .addColumn('name_en', 'text', notNull)
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)),
      engine,
    ).execute();

    await withTimestamps(
      withId(db.schema.createTable('training_sessions'), engine)
        .addColumn('programme_code', 'text', (c) => c.notNull().references('programmes.code'))
        .addColumn('training_programme_id', ref, (c) => c.references('training_programmes.id'))
        .addColumn('organiser_code', 'text', (c) => c.notNull().references('organisations.code'))
        .addColumn('project_id', ref, (c) => c.references('projects.id'))
        .addColumn('area_code', 'text', (c) => c.notNull().references('areas.code'))
        .addColumn('start_date', t.date, notNull)
        .addColumn('end_date', t.date, notNull)
        .addColumn('place', 'text', notNull)
        .addColumn('topic', 'text', notNull)
        .addColumn('participants', 'integer', notNull)
        .addColumn('person_times', 'integer', notNull)
        .addColumn('jobs_found', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('certificates', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('note', 'text')
        .addColumn('published_at', t.timestamp)
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addCheckConstraint('training_sessions_place', oneOf('place', PLACES))
        .addCheckConstraint('training_sessions_dates', sql`end_date >= start_date`)
        .addCheckConstraint(
          'training_sessions_counts',
          sql`participants >= 0 and person_times >= participants and jobs_found >= 0
            and certificates >= 0`,
        ),
      engine,
    ).execute();
    await db.schema
      .createIndex('training_sessions_organiser')
      .on('training_sessions')
      .columns(['organiser_code', 'start_date'])
      .execute();
    await db.schema
      .createIndex('training_sessions_area')
      .on('training_sessions')
      .columns(['area_code', 'start_date'])
      .execute();
    await db.schema
      .createIndex('training_sessions_programme')
      .on('training_sessions')
      .columns(['training_programme_id', 'start_date'])
      .execute();
    await db.schema
      .createIndex('training_sessions_start')
      .on('training_sessions')
      .column('start_date')
      .execute();

    // A participant known by name; `person_id` links to the people module's person when there
    // is one (no foreign key: the people tables are another migration's).
    await withId(db.schema.createTable('training_participants'), engine)
      .addColumn('session_id', ref, (c) =>
        c.notNull().references('training_sessions.id').onDelete('cascade'),
      )
      .addColumn('name', 'text', notNull)
      .addColumn('organisation', 'text')
      .addColumn('person_id', ref)
      .execute();
    await db.schema
      .createIndex('training_participants_session')
      .on('training_participants')
      .column('session_id')
      .execute();
    await db.schema
      .createIndex('training_participants_person')
      .on('training_participants')
      .column('person_id')
      .execute();

    await withTimestamps(
      withId(db.schema.createTable('exchange_activities'), engine)
        .addColumn('programme_code', 'text', (c) => c.notNull().references('programmes.code'))
        .addColumn('kind', 'text', notNull)
        .addColumn('title', 'text', notNull)
        .addColumn('start_date', t.date, notNull)
        .addColumn('end_date', t.date, notNull)
        .addColumn('place', 'text')
        .addColumn('participants_local', 'integer', notNull)
        .addColumn('participants_donor', 'integer', notNull)
        .addColumn('note', 'text')
        .addColumn('published_at', t.timestamp)
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addCheckConstraint('exchange_activities_kind', oneOf('kind', EXCHANGE_KINDS))
        .addCheckConstraint('exchange_activities_dates', sql`end_date >= start_date`)
        .addCheckConstraint(
          'exchange_activities_counts',
          sql`participants_local >= 0 and participants_donor >= 0`,
        ),
      engine,
    ).execute();
    await db.schema
      .createIndex('exchange_activities_start')
      .on('exchange_activities')
      .columns(['start_date', 'kind'])
      .execute();
    for (const [table, column, refs] of [
      ['exchange_organisers', 'org_code', 'organisations.code'],
      ['exchange_areas', 'area_code', 'areas.code'],
    ] as const) {
      await db.schema
        .createTable(table)
        .addColumn('activity_id', ref, (c) =>
          c.notNull().references('exchange_activities.id').onDelete('cascade'),
        )
        .addColumn(column, 'text', (c) => c.notNull().references(refs))
        .addPrimaryKeyConstraint(`${table}_pk`, ['activity_id', column])
        .execute();
      await db.schema
        .createIndex(`${table}_${column}`)
        .on(table)
        .columns([column, 'activity_id'])
        .execute();
    }
  },
};
