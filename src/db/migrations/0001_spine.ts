import { sql } from 'kysely';
import { notNull, oneOf, type ShanhaiMigration, types, withId, withTimestamps } from './kit.js';

const LEVELS = ['province', 'prefecture', 'county', 'township', 'village'];
const ROLES = ['coordinator', 'donor-editor', 'recipient-editor', 'auditor', 'viewer'];

/** Areas, organisations, programmes, pairings, accounts, history. */
export const spine: ShanhaiMigration = {
  async up(db, engine) {
    const t = types(engine);

    await withTimestamps(
      db.schema
        .createTable('areas')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('parent_code', 'text', (c) => c.references('areas.code'))
        .addColumn('level', 'text', notNull)
        .addColumn('kind', 'text')
        .addColumn('name', 'text', notNull)
        .addColumn('pinyin', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('initials', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('xpcc_division', 'text')
        .addColumn('edition', 'text')
        .addColumn('valid_from', t.date)
        .addColumn('valid_to', t.date)
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addCheckConstraint('areas_level', oneOf('level', LEVELS))
        .addCheckConstraint(
          'areas_validity',
          sql`valid_to is null or valid_from is null or valid_to >= valid_from`,
        ),
      engine,
    ).execute();
    await db.schema.createIndex('areas_parent').on('areas').column('parent_code').execute();
    await db.schema.createIndex('areas_initials').on('areas').column('initials').execute();
    await db.schema.createIndex('areas_name').on('areas').column('name').execute();

    await withTimestamps(
      db.schema
        .createTable('organisations')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', notNull)
        .addColumn('name_en', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('kind', 'text', notNull)
        .addColumn('parent_code', 'text', (c) => c.references('organisations.code'))
        .addColumn('area_code', 'text', (c) => c.references('areas.code'))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)),
      engine,
    ).execute();
    await db.schema
      .createIndex('organisations_parent')
      .on('organisations')
      .column('parent_code')
      .execute();

    await withTimestamps(
      db.schema
        .createTable('programmes')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', notNull)
        .addColumn('name_en', 'text', notNull)
        .addColumn('start_year', 'integer')
        .addColumn('end_year', 'integer'),
      engine,
    ).execute();

    await db.schema
      .createTable('programme_thresholds')
      .addColumn('programme_code', 'text', (c) => c.notNull().references('programmes.code'))
      .addColumn('from_year', 'integer', notNull)
      .addColumn('county_and_below_bp', 'integer', notNull)
      .addColumn('livelihood_bp', 'integer', notNull)
      .addColumn('note', 'text')
      .addPrimaryKeyConstraint('programme_thresholds_pk', ['programme_code', 'from_year'])
      .addCheckConstraint(
        'programme_thresholds_bp',
        sql`county_and_below_bp between 0 and 10000 and livelihood_bp between 0 and 10000`,
      )
      .execute();

    await withTimestamps(
      withId(db.schema.createTable('pairings'), engine)
        .addColumn('programme_code', 'text', (c) => c.notNull().references('programmes.code'))
        .addColumn('donor_code', 'text', (c) => c.notNull().references('organisations.code'))
        .addColumn('recipient_area_code', 'text', (c) => c.references('areas.code'))
        .addColumn('recipient_org_code', 'text', (c) => c.references('organisations.code'))
        .addColumn('parent_id', engine === 'postgres' ? 'bigint' : 'integer', (c) =>
          c.references('pairings.id'),
        )
        .addColumn('valid_from', t.date, notNull)
        .addColumn('valid_to', t.date)
        .addColumn('confidence', 'text')
        .addColumn('note', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addCheckConstraint(
          'pairings_recipient',
          sql`recipient_area_code is not null or recipient_org_code is not null`,
        )
        .addCheckConstraint('pairings_validity', sql`valid_to is null or valid_to >= valid_from`),
      engine,
    ).execute();
    await db.schema
      .createIndex('pairings_area')
      .on('pairings')
      .columns(['recipient_area_code', 'valid_from'])
      .execute();
    await db.schema.createIndex('pairings_donor').on('pairings').column('donor_code').execute();

    await withTimestamps(
      withId(db.schema.createTable('users'), engine)
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', notNull)
        .addColumn('password_hash', 'text', notNull)
        .addColumn('origin', 'text', notNull)
        .addColumn('disabled_at', t.timestamp)
        .addColumn('password_changed_at', t.timestamp, notNull)
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addCheckConstraint('users_origin', oneOf('origin', ['cli', 'api', 'demo'])),
      engine,
    ).execute();

    const userRef = engine === 'postgres' ? 'bigint' : 'integer';
    await withId(db.schema.createTable('user_roles'), engine)
      .addColumn('user_id', userRef, (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('role', 'text', notNull)
      .addColumn('org_code', 'text', (c) => c.references('organisations.code'))
      .addColumn('area_code', 'text', (c) => c.references('areas.code'))
      .addCheckConstraint('user_roles_role', oneOf('role', ROLES))
      .execute();
    await db.schema.createIndex('user_roles_user').on('user_roles').column('user_id').execute();

    await db.schema
      .createTable('sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', userRef, (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', t.timestamp, notNull)
      .addColumn('expires_at', t.timestamp, notNull)
      .addColumn('last_seen_at', t.timestamp, notNull)
      .addColumn('ip', 'text')
      .addColumn('user_agent', 'text')
      .execute();
    await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

    await withId(db.schema.createTable('api_tokens'), engine)
      .addColumn('user_id', userRef, (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('name', 'text', notNull)
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('prefix', 'text', notNull)
      .addColumn('created_at', t.timestamp, notNull)
      .addColumn('expires_at', t.timestamp)
      .addColumn('last_used_at', t.timestamp)
      .addColumn('revoked_at', t.timestamp)
      .execute();

    await withId(db.schema.createTable('login_attempts'), engine)
      .addColumn('username', 'text', notNull)
      .addColumn('ip', 'text', notNull)
      .addColumn('at', t.timestamp, notNull)
      .addColumn('succeeded', 'integer', notNull)
      .execute();
    await db.schema
      .createIndex('login_attempts_username')
      .on('login_attempts')
      .columns(['username', 'at'])
      .execute();
    await db.schema
      .createIndex('login_attempts_ip')
      .on('login_attempts')
      .columns(['ip', 'at'])
      .execute();

    await db.schema
      .createTable('history')
      .addColumn('id', 'bigint', (c) => c.primaryKey())
      .addColumn('at', t.timestamp, notNull)
      .addColumn('actor', 'text', notNull)
      .addColumn('action', 'text', notNull)
      .addColumn('entity_type', 'text', notNull)
      .addColumn('entity_id', 'text', notNull)
      .addColumn('before', 'text')
      .addColumn('after', 'text')
      .addColumn('request_id', 'text')
      .addColumn('prev_hash', 'text', notNull)
      .addColumn('hash', 'text', (c) => c.notNull().unique())
      .execute();
    await db.schema
      .createIndex('history_entity')
      .on('history')
      .columns(['entity_type', 'entity_id'])
      .execute();
    await db.schema
      .createTable('history_head')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('last_id', 'bigint', notNull)
      .addColumn('last_hash', 'text', notNull)
      .execute();
    await db
      .insertInto('history_head')
      .values({ id: 1, last_id: 0, last_hash: '0'.repeat(64) })
      .execute();

    // The history is append-only: the application never updates or deletes it, and the
    // database refuses to. Someone with the rights to drop these triggers can still edit
    // rows; `shanhai verify-history` detects that through the hash chain.
    if (engine === 'postgres') {
      await sql`create function shanhai_history_append_only() returns trigger language plpgsql as $$
        begin raise exception 'history is append-only'; end $$`.execute(db);
      await sql`create trigger history_no_update before update or delete on history
        for each row execute function shanhai_history_append_only()`.execute(db);
    } else {
      await sql`create trigger history_no_update before update on history
        begin select raise(abort, 'history is append-only'); end`.execute(db);
      await sql`create trigger history_no_delete before delete on history
        begin select raise(abort, 'history is append-only'); end`.execute(db);
    }

    await db.schema
      .createTable('meta')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', notNull)
      .addColumn('updated_at', t.timestamp, notNull)
      .execute();
  },
};
