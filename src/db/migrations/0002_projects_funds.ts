import { sql } from 'kysely';
import { notNull, oneOf, type ShanhaiMigration, types, withId, withTimestamps } from './kit.js';

export const STAGES = [
  'reserve',
  'approved',
  'tendering',
  'started',
  'completed',
  'accepted',
  'audited',
  'evaluated',
  'suspended',
  'cancelled',
];
const TRANSACTION_TYPES = ['commitment', 'arrival', 'disbursement', 'expenditure'];
const DELIVERY_MODES = ['turnkey', 'cheque', 'joint'];

/**
 * Projects, their donors, locations, stages and results; the fund ledger; annual plans;
 * configurable project types; data-quality findings and early warnings.
 */
export const projectsAndFunds: ShanhaiMigration = {
  async up(db, engine) {
    const t = types(engine);
    const ref = engine === 'postgres' ? 'bigint' : 'integer';

    await withTimestamps(
      db.schema
        .createTable('project_types')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', notNull)
        .addColumn('name_en', 'text', notNull)
        .addColumn('default_livelihood_bp', 'integer', notNull)
        .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
        .addCheckConstraint('project_types_bp', sql`default_livelihood_bp between 0 and 10000`),
      engine,
    ).execute();

    await withTimestamps(
      withId(db.schema.createTable('projects'), engine)
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('programme_code', 'text', (c) => c.notNull().references('programmes.code'))
        .addColumn('name_zh', 'text', notNull)
        .addColumn('name_en', 'text')
        .addColumn('name_ug', 'text')
        .addColumn('type_code', 'text', (c) => c.notNull().references('project_types.code'))
        .addColumn('livelihood_share_bp', 'integer', notNull)
        .addColumn('livelihood_reason', 'text')
        .addColumn('fixed_asset', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('delivery_mode', 'text')
        .addColumn('continuing', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('stage', 'text', notNull)
        .addColumn('stage_before_suspension', 'text')
        .addColumn('stage_reason', 'text')
        .addColumn('budget_fen', t.bigint, notNull)
        .addColumn('implementing_org_code', 'text', (c) => c.references('organisations.code'))
        /** The first donor (largest share): what lists filter and sort on. */
        .addColumn('lead_donor_code', 'text', (c) => c.notNull().references('organisations.code'))
        /** The plan year the project belongs to (立项 year for new projects). */
        .addColumn('year', 'integer', notNull)
        .addColumn('approval_date', t.date)
        .addColumn('published_at', t.timestamp)
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addCheckConstraint('projects_stage', oneOf('stage', STAGES))
        .addCheckConstraint('projects_livelihood', sql`livelihood_share_bp between 0 and 10000`)
        .addCheckConstraint('projects_budget', sql`budget_fen >= 0`)
        .addCheckConstraint(
          'projects_delivery',
          sql`delivery_mode is null or ${oneOf('delivery_mode', DELIVERY_MODES)}`,
        ),
      engine,
    ).execute();
    await db.schema
      .createIndex('projects_registry')
      .on('projects')
      .columns(['programme_code', 'year', 'lead_donor_code', 'stage'])
      .execute();
    await db.schema
      .createIndex('projects_donor_year')
      .on('projects')
      .columns(['lead_donor_code', 'year'])
      .execute();
    await db.schema.createIndex('projects_updated').on('projects').column('updated_at').execute();

    await db.schema
      .createTable('project_donors')
      .addColumn('project_id', ref, (c) =>
        c.notNull().references('projects.id').onDelete('cascade'),
      )
      .addColumn('org_code', 'text', (c) => c.notNull().references('organisations.code'))
      .addColumn('share_bp', 'integer', notNull)
      .addPrimaryKeyConstraint('project_donors_pk', ['project_id', 'org_code'])
      .addCheckConstraint('project_donors_bp', sql`share_bp between 1 and 10000`)
      .execute();
    await db.schema
      .createIndex('project_donors_org')
      .on('project_donors')
      .columns(['org_code', 'project_id'])
      .execute();

    await db.schema
      .createTable('project_locations')
      .addColumn('project_id', ref, (c) =>
        c.notNull().references('projects.id').onDelete('cascade'),
      )
      .addColumn('area_code', 'text', (c) => c.notNull().references('areas.code'))
      .addColumn('share_bp', 'integer', notNull)
      .addPrimaryKeyConstraint('project_locations_pk', ['project_id', 'area_code'])
      .addCheckConstraint('project_locations_bp', sql`share_bp between 1 and 10000`)
      .execute();
    await db.schema
      .createIndex('project_locations_area')
      .on('project_locations')
      .columns(['area_code', 'project_id'])
      .execute();

    await db.schema
      .createTable('project_stage_dates')
      .addColumn('project_id', ref, (c) =>
        c.notNull().references('projects.id').onDelete('cascade'),
      )
      .addColumn('stage', 'text', notNull)
      .addColumn('planned_date', t.date)
      .addColumn('actual_date', t.date)
      .addPrimaryKeyConstraint('project_stage_dates_pk', ['project_id', 'stage'])
      .addCheckConstraint('project_stage_dates_stage', oneOf('stage', STAGES))
      .execute();

    await withId(db.schema.createTable('project_results'), engine)
      .addColumn('project_id', ref, (c) =>
        c.notNull().references('projects.id').onDelete('cascade'),
      )
      .addColumn('metric', 'text', notNull)
      .addColumn('planned', 'integer', notNull)
      .addColumn('value', t.bigint, notNull)
      .addColumn('female', t.bigint)
      .addColumn('male', t.bigint)
      .addColumn('ethnic_minority', t.bigint)
      .addColumn('as_of', t.date)
      .addColumn('note', 'text')
      .addCheckConstraint(
        'project_results_metric',
        oneOf('metric', ['jobs', 'trained', 'beneficiaries', 'output-value-fen']),
      )
      .addCheckConstraint('project_results_value', sql`value >= 0`)
      .execute();
    await db.schema
      .createIndex('project_results_project')
      .on('project_results')
      .column('project_id')
      .execute();

    await db.schema
      .createTable('file_blobs')
      .addColumn('sha256', 'text', (c) => c.primaryKey())
      .addColumn('size', t.bigint, notNull)
      .addColumn('content', engine === 'postgres' ? 'bytea' : 'blob', notNull)
      .execute();
    await withId(db.schema.createTable('project_documents'), engine)
      .addColumn('project_id', ref, (c) =>
        c.notNull().references('projects.id').onDelete('cascade'),
      )
      .addColumn('filename', 'text', notNull)
      .addColumn('media_type', 'text', notNull)
      .addColumn('sha256', 'text', (c) => c.notNull().references('file_blobs.sha256'))
      .addColumn('size', t.bigint, notNull)
      .addColumn('uploaded_by', 'text', notNull)
      .addColumn('uploaded_at', t.timestamp, notNull)
      .execute();
    await db.schema
      .createIndex('project_documents_project')
      .on('project_documents')
      .column('project_id')
      .execute();

    await withId(db.schema.createTable('fund_transactions'), engine)
      .addColumn('project_id', ref, (c) => c.notNull().references('projects.id'))
      .addColumn('type', 'text', notNull)
      .addColumn('planned', 'integer', notNull)
      .addColumn('value_fen', t.bigint, notNull)
      .addColumn('date', t.date, notNull)
      /** The calendar year of `date`, stored for the yearly rules' indexes. */
      .addColumn('year', 'integer', notNull)
      .addColumn('provider_org_code', 'text', (c) => c.references('organisations.code'))
      .addColumn('receiver_org_code', 'text', (c) => c.references('organisations.code'))
      .addColumn('note', 'text')
      .addColumn('created_at', t.timestamp, notNull)
      .addColumn('created_by', 'text', notNull)
      .addCheckConstraint('fund_transactions_type', oneOf('type', TRANSACTION_TYPES))
      .addCheckConstraint('fund_transactions_value', sql`value_fen >= 0`)
      .execute();
    await db.schema
      .createIndex('fund_transactions_project')
      .on('fund_transactions')
      .columns(['project_id', 'type', 'date'])
      .execute();
    await db.schema
      .createIndex('fund_transactions_year')
      .on('fund_transactions')
      .columns(['year', 'type', 'planned', 'project_id'])
      .execute();

    await withTimestamps(
      withId(db.schema.createTable('plans'), engine)
        .addColumn('programme_code', 'text', (c) => c.notNull().references('programmes.code'))
        .addColumn('donor_code', 'text', (c) => c.notNull().references('organisations.code'))
        .addColumn('year', 'integer', notNull)
        .addColumn('status', 'text', notNull)
        .addColumn('total_fen', t.bigint, notNull)
        .addColumn('submitted_at', t.timestamp)
        .addColumn('decided_at', t.timestamp)
        .addColumn('decided_by', 'text')
        .addColumn('return_reason', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addUniqueConstraint('plans_donor_year', ['programme_code', 'donor_code', 'year'])
        .addCheckConstraint(
          'plans_status',
          oneOf('status', ['draft', 'submitted', 'approved', 'returned']),
        )
        .addCheckConstraint('plans_total', sql`total_fen >= 0`),
      engine,
    ).execute();
    await db.schema
      .createTable('plan_items')
      .addColumn('plan_id', ref, (c) => c.notNull().references('plans.id').onDelete('cascade'))
      .addColumn('project_id', ref, (c) => c.notNull().references('projects.id'))
      .addColumn('planned_fen', t.bigint, notNull)
      .addPrimaryKeyConstraint('plan_items_pk', ['plan_id', 'project_id'])
      .addCheckConstraint('plan_items_fen', sql`planned_fen >= 0`)
      .execute();

    await withTimestamps(
      withId(db.schema.createTable('warnings'), engine)
        .addColumn('project_id', ref, (c) =>
          c.notNull().references('projects.id').onDelete('cascade'),
        )
        .addColumn('kind', 'text', notNull)
        /** What makes this warning one and the same across daily runs (kind + subject). */
        .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
        .addColumn('detail', 'text', notNull)
        .addColumn('detected_at', t.timestamp, notNull)
        .addColumn('status', 'text', notNull)
        .addColumn('owner_user_id', ref, (c) => c.references('users.id'))
        .addColumn('resolution_note', 'text')
        .addColumn('resolved_at', t.timestamp)
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addCheckConstraint(
          'warnings_status',
          oneOf('status', ['open', 'acknowledged', 'resolved', 'dismissed']),
        ),
      engine,
    ).execute();
    await db.schema
      .createIndex('warnings_queue')
      .on('warnings')
      .columns(['status', 'kind', 'project_id'])
      .execute();
  },
};
