import { sql } from 'kysely';
import { notNull, type ShanhaiMigration, types, withId } from './kit.js';

/**
 * IATI import (issue 11, decision 0052): the activity identifier each imported project came from
 * (so a re-import recognises it), every transaction read with its own currency, value and value
 * date (kept whether or not it reached the ledger, with the reason when it did not), and the
 * currency rates the coordinator maintains (micro-yuan per unit of a currency, from a date).
 */
export const iati: ShanhaiMigration = {
  async up(db, engine) {
    const t = types(engine);
    await db.schema
      .createTable('iati_activities')
      .addColumn('iati_identifier', 'text', (c) => c.primaryKey())
      .addColumn('project_id', t.bigint, (c) => c.notNull().references('projects.id'))
      .addColumn('imported_at', t.timestamp, notNull)
      .execute();
    await withId(
      db.schema
        .createTable('iati_transactions')
        .addColumn('project_id', t.bigint, (c) => c.notNull().references('projects.id'))
        .addColumn('type_code', 'text', notNull)
        .addColumn('ledger_type', 'text')
        .addColumn('currency', 'text', notNull)
        .addColumn('value', 'text', notNull)
        .addColumn('value_date', 'text')
        .addColumn('date', 'text')
        .addColumn('provider_ref', 'text')
        .addColumn('receiver_ref', 'text')
        .addColumn('fund_transaction_id', t.bigint, (c) => c.references('fund_transactions.id'))
        .addColumn('skipped_reason', 'text'),
      engine,
    ).execute();
    await db.schema
      .createIndex('iati_transactions_project')
      .on('iati_transactions')
      .column('project_id')
      .execute();
    await db.schema
      .createTable('currency_rates')
      .addColumn('currency', 'text', notNull)
      .addColumn('valid_from', 'text', notNull)
      .addColumn('micro_yuan_per_unit', t.bigint, notNull)
      .addColumn('updated_at', t.timestamp, notNull)
      .addColumn('updated_by', 'text', notNull)
      .addPrimaryKeyConstraint('currency_rates_pk', ['currency', 'valid_from'])
      .addCheckConstraint('currency_rates_positive', sql`micro_yuan_per_unit > 0`)
      .execute();
  },
};
