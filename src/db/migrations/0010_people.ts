import { sql } from 'kysely';
import { notNull, oneOf, type ShanhaiMigration, types, withId, withTimestamps } from './kit.js';

/** The kinds of aid personnel at the start, with their default term in months (decision 0025). */
const KINDS = [
  { code: 'cadre', name: '干部', nameEn: 'Cadre', months: 36, sort: 1 },
  { code: 'teacher', name: '教师', nameEn: 'Teacher', months: 18, sort: 2 },
  { code: 'doctor', name: '医生', nameEn: 'Doctor', months: 18, sort: 3 },
  { code: 'technician', name: '专业技术人才', nameEn: 'Technician', months: 18, sort: 4 },
  { code: 'other', name: '其他', nameEn: 'Other', months: 12, sort: 5 },
];

/**
 * Aid personnel (干部人才, decision 0025): persons sent by a donor, the kinds of personnel
 * (configurable; a programme may set its own term per kind), batches (numbered per donor and
 * programme) and postings (one person's service in one host organisation and area, over a term),
 * and the log of reads of unmasked personal data.
 *
 * A posting's `ends_on` is the day its service ends: the actual end when the term ended (early or
 * not), the planned end otherwise (a CHECK keeps it so). "Serving in an area subtree on a date"
 * is `area_code in (the subtree's codes) and term_start <= date and ends_on >= date`, read from
 * `postings_area`; "for a donor" from `postings_donor` (the donor is the person's, kept on the
 * posting for that index).
 */
export const people: ShanhaiMigration = {
  async up(db, engine) {
    const t = types(engine);
    const ref = engine === 'postgres' ? 'bigint' : 'integer';

    await withTimestamps(
      db.schema
        .createTable('personnel_kinds')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', notNull)
        .addColumn('name_en', 'text', notNull)
        .addColumn('default_term_months', 'integer', notNull)
        .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
        .addCheckConstraint('personnel_kinds_months', sql`default_term_months between 1 and 120`),
      engine,
    ).execute();
    const now = new Date().toISOString();
    await db
      .insertInto('personnel_kinds')
      .values(
        KINDS.map((k) => ({
          code: k.code,
          name: k.name,
          name_en: k.nameEn,
          default_term_months: k.months,
          sort: k.sort,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();

    // A programme's own term for a kind, where it differs from the kind's default.
    await db.schema
      .createTable('personnel_kind_terms')
      .addColumn('programme_code', 'text', (c) => c.notNull().references('programmes.code'))
      .addColumn('kind_code', 'text', (c) => c.notNull().references('personnel_kinds.code'))
      .addColumn('term_months', 'integer', notNull)
      .addPrimaryKeyConstraint('personnel_kind_terms_pk', ['programme_code', 'kind_code'])
      .addCheckConstraint('personnel_kind_terms_months', sql`term_months between 1 and 120`)
      .execute();

    await withTimestamps(
      withId(db.schema.createTable('persons'), engine)
        .addColumn('name_zh', 'text', notNull)
        .addColumn('name_ug', 'text')
        .addColumn('sex', 'text', notNull)
        .addColumn('ethnicity', 'text')
        .addColumn('birth_year', 'integer')
        /** The organisation the person comes from: a known organisation, or its name. */
        .addColumn('home_org_code', 'text', (c) => c.references('organisations.code'))
        .addColumn('home_org_name', 'text')
        .addColumn('phone', 'text')
        .addColumn('id_card_number', 'text')
        .addColumn('donor_code', 'text', (c) => c.notNull().references('organisations.code'))
        .addColumn('published_at', t.timestamp)
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addCheckConstraint('persons_sex', oneOf('sex', ['female', 'male']))
        .addCheckConstraint(
          'persons_birth_year',
          sql`birth_year is null or birth_year between 1900 and 2100`,
        ),
      engine,
    ).execute();
    await db.schema
      .createIndex('persons_donor')
      .on('persons')
      .columns(['donor_code', 'name_zh'])
      .execute();
    await sql`create unique index persons_id_card on persons (id_card_number)
      where id_card_number is not null`.execute(db);

    await withTimestamps(
      withId(db.schema.createTable('personnel_batches'), engine)
        .addColumn('donor_code', 'text', (c) => c.notNull().references('organisations.code'))
        .addColumn('programme_code', 'text', (c) => c.notNull().references('programmes.code'))
        .addColumn('number', 'integer', notNull)
        .addColumn('name', 'text')
        .addColumn('starts_on', t.date)
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addUniqueConstraint('personnel_batches_number', ['donor_code', 'programme_code', 'number'])
        .addCheckConstraint('personnel_batches_positive', sql`number >= 1`),
      engine,
    ).execute();

    await withTimestamps(
      withId(db.schema.createTable('postings'), engine)
        .addColumn('person_id', ref, (c) => c.notNull().references('persons.id'))
        .addColumn('donor_code', 'text', (c) => c.notNull().references('organisations.code'))
        .addColumn('programme_code', 'text', (c) => c.notNull().references('programmes.code'))
        .addColumn('batch_id', ref, (c) => c.references('personnel_batches.id'))
        .addColumn('kind_code', 'text', (c) => c.notNull().references('personnel_kinds.code'))
        /** The host organisation: a known organisation, or its name (at least one of them). */
        .addColumn('host_org_code', 'text', (c) => c.references('organisations.code'))
        .addColumn('host_org_name', 'text')
        .addColumn('area_code', 'text', (c) => c.notNull().references('areas.code'))
        .addColumn('role', 'text', notNull)
        .addColumn('mode', 'text', notNull)
        .addColumn('cross_pair', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('term_start', t.date, notNull)
        .addColumn('planned_end', t.date, notNull)
        .addColumn('actual_end', t.date)
        .addColumn('end_reason', 'text')
        .addColumn('ends_on', t.date, notNull)
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addCheckConstraint('postings_mode', oneOf('mode', ['long-term', 'flexible']))
        .addCheckConstraint('postings_cross_pair', sql`cross_pair in (0, 1)`)
        .addCheckConstraint(
          'postings_host',
          sql`host_org_code is not null or host_org_name is not null`,
        )
        .addCheckConstraint('postings_term', sql`planned_end >= term_start`)
        .addCheckConstraint('postings_actual', sql`actual_end is null or actual_end >= term_start`)
        .addCheckConstraint('postings_ends_on', sql`ends_on = coalesce(actual_end, planned_end)`)
        .addCheckConstraint(
          'postings_early_reason',
          sql`actual_end is null or actual_end >= planned_end or end_reason is not null`,
        ),
      engine,
    ).execute();
    await db.schema
      .createIndex('postings_person')
      .on('postings')
      .columns(['person_id', 'term_start'])
      .execute();
    await db.schema
      .createIndex('postings_area')
      .on('postings')
      .columns(['area_code', 'term_start', 'ends_on'])
      .execute();
    await db.schema
      .createIndex('postings_donor')
      .on('postings')
      .columns(['donor_code', 'term_start', 'ends_on'])
      .execute();
    await db.schema.createIndex('postings_ends').on('postings').columns(['ends_on']).execute();
    await db.schema.createIndex('postings_batch').on('postings').column('batch_id').execute();

    // Every read of a person's unmasked personal data (phone, ID-card number, birth year).
    await withId(db.schema.createTable('person_access_log'), engine)
      .addColumn('person_id', ref, (c) => c.notNull().references('persons.id'))
      .addColumn('actor', 'text', notNull)
      .addColumn('user_id', ref)
      /** Where it was read: `person` (the person's page), `roster`, `history` … */
      .addColumn('purpose', 'text', notNull)
      .addColumn('request_id', 'text')
      .addColumn('at', t.timestamp, notNull)
      .execute();
    await db.schema
      .createIndex('person_access_log_at')
      .on('person_access_log')
      .columns(['at', 'id'])
      .execute();
    await db.schema
      .createIndex('person_access_log_person')
      .on('person_access_log')
      .columns(['person_id', 'at'])
      .execute();
  },
};
