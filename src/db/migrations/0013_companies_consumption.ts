import { sql } from 'kysely';
import { CASE_CATEGORIES, CASE_STATUSES } from '../../domain/company-cases.js';
import { PRODUCT_CATEGORIES, SALE_CHANNELS } from '../../domain/consumption.js';
import { notNull, oneOf, type ShanhaiMigration, types, withId, withTimestamps } from './kit.js';

/**
 * Companies brought in (招商引资) with their chief service officers over time and their requests
 * (诉求) as cases with responses; consumption-aid sales (消费帮扶) by month. Decision 0028.
 *
 * Indexes for national scale (~40,000 companies, ~200,000 cases, ~2,000,000 sales rows): the
 * measures total a donor subtree × area subtree × period, given to SQL as lists of codes
 * (never recursive queries), so each table is indexed by donor and by area, each followed by
 * the date the period filters on; the sales indexes carry the amount so a total is read from
 * the index alone.
 */
export const companiesConsumption: ShanhaiMigration = {
  async up(db, engine) {
    const t = types(engine);
    const ref = engine === 'postgres' ? 'bigint' : 'integer';

    await withTimestamps(
      withId(db.schema.createTable('companies'), engine)
        .addColumn('name', 'text', notNull)
        .addColumn('credit_code', 'text', (c) => c.notNull().unique())
        .addColumn('industry', 'text', notNull)
        .addColumn('programme_code', 'text', (c) => c.notNull().references('programmes.code'))
        .addColumn('donor_code', 'text', (c) => c.notNull().references('organisations.code'))
        .addColumn('area_code', 'text', (c) => c.notNull().references('areas.code'))
        .addColumn('signed_on', t.date, notNull)
        .addColumn('investment_planned_fen', t.bigint, notNull)
        .addColumn('investment_arrived_fen', t.bigint, notNull)
        .addColumn('jobs_planned', 'integer', notNull)
        .addColumn('jobs_actual', 'integer', notNull)
        .addColumn('local_hires', 'integer', notNull)
        .addColumn('note', 'text')
        .addColumn('published_at', t.timestamp)
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addCheckConstraint(
          'companies_figures',
          sql`investment_planned_fen >= 0 and investment_arrived_fen >= 0 and jobs_planned >= 0
            and jobs_actual >= 0 and local_hires >= 0 and local_hires <= jobs_actual`,
        ),
      engine,
    ).execute();
    await db.schema
      .createIndex('companies_donor')
      .on('companies')
      .columns(['donor_code', 'signed_on'])
      .execute();
    await db.schema
      .createIndex('companies_area')
      .on('companies')
      .columns(['area_code', 'signed_on'])
      .execute();

    await withTimestamps(
      withId(db.schema.createTable('company_officers'), engine)
        .addColumn('company_id', ref, (c) => c.notNull().references('companies.id'))
        .addColumn('name', 'text', notNull)
        .addColumn('contact', 'text')
        .addColumn('organisation', 'text')
        .addColumn('start_on', t.date, notNull)
        .addColumn('end_on', t.date)
        .addCheckConstraint('company_officers_dates', sql`end_on is null or end_on >= start_on`),
      engine,
    ).execute();
    await db.schema
      .createIndex('company_officers_company')
      .on('company_officers')
      .columns(['company_id', 'start_on'])
      .execute();

    await withTimestamps(
      withId(db.schema.createTable('company_cases'), engine)
        .addColumn('company_id', ref, (c) => c.notNull().references('companies.id'))
        /** The officer serving the company when the case was opened (for times per officer). */
        .addColumn('officer_id', ref, (c) => c.references('company_officers.id'))
        .addColumn('category', 'text', notNull)
        .addColumn('description', 'text', notNull)
        .addColumn('status', 'text', notNull)
        .addColumn('rejection_reason', 'text')
        .addColumn('opened_at', t.timestamp, notNull)
        .addColumn('first_response_at', t.timestamp)
        .addColumn('resolved_at', t.timestamp)
        .addColumn('closed_at', t.timestamp)
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addCheckConstraint('company_cases_status', oneOf('status', CASE_STATUSES))
        .addCheckConstraint('company_cases_category', oneOf('category', CASE_CATEGORIES))
        .addCheckConstraint(
          'company_cases_rejected',
          sql`status <> 'rejected' or rejection_reason is not null`,
        ),
      engine,
    ).execute();
    await db.schema
      .createIndex('company_cases_company')
      .on('company_cases')
      .columns(['company_id', 'opened_at'])
      .execute();
    await db.schema
      .createIndex('company_cases_board')
      .on('company_cases')
      .columns(['status', 'opened_at', 'id'])
      .execute();

    await withId(db.schema.createTable('company_case_responses'), engine)
      .addColumn('case_id', ref, (c) => c.notNull().references('company_cases.id'))
      .addColumn('responded_at', t.timestamp, notNull)
      .addColumn('text', 'text', notNull)
      .addColumn('responder', 'text', notNull)
      .addColumn('created_by', 'text', notNull)
      .addColumn('created_at', t.timestamp, notNull)
      .execute();
    await db.schema
      .createIndex('company_case_responses_case')
      .on('company_case_responses')
      .columns(['case_id', 'responded_at'])
      .execute();

    await withTimestamps(
      withId(db.schema.createTable('consumption_sales'), engine)
        .addColumn('programme_code', 'text', (c) => c.notNull().references('programmes.code'))
        .addColumn('donor_code', 'text', (c) => c.notNull().references('organisations.code'))
        .addColumn('area_code', 'text', (c) => c.notNull().references('areas.code'))
        .addColumn('month', 'text', notNull)
        .addColumn('channel', 'text', notNull)
        .addColumn('product_category', 'text', notNull)
        .addColumn('product', 'text')
        .addColumn('amount_fen', t.bigint, notNull)
        .addColumn('quantity', t.bigint, notNull)
        .addColumn('unit', 'text', notNull)
        .addColumn('note', 'text')
        .addColumn('published_at', t.timestamp)
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addCheckConstraint('consumption_sales_channel', oneOf('channel', SALE_CHANNELS))
        .addCheckConstraint(
          'consumption_sales_category',
          oneOf('product_category', PRODUCT_CATEGORIES),
        )
        .addCheckConstraint('consumption_sales_figures', sql`amount_fen >= 0 and quantity >= 0`),
      engine,
    ).execute();
    await db.schema
      .createIndex('consumption_sales_donor')
      .on('consumption_sales')
      .columns(['donor_code', 'month', 'area_code', 'amount_fen'])
      .execute();
    await db.schema
      .createIndex('consumption_sales_area')
      .on('consumption_sales')
      .columns(['area_code', 'month', 'donor_code', 'amount_fen'])
      .execute();
    await db.schema
      .createIndex('consumption_sales_month')
      .on('consumption_sales')
      .columns(['month', 'id'])
      .execute();
  },
};
