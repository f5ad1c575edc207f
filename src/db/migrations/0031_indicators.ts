import { type ColumnDefinitionBuilder, sql } from 'kysely';
import { notNull, oneOf, type ShanhaiMigration, types, withId, withTimestamps } from './kit.js';

/**
 * The indicator model (issue 10, decision 0048): data elements, indicator formulas (computed,
 * never stored), indicator sets per programme with their items and reporting areas, targets,
 * and the values entered by hand — element × area × period × optional donor × disaggregation
 * cell, each an exact integer (a number scaled by its element's decimals, fen, basis points) or
 * a text. A missing donor is NULL; uniqueness treats it as one more key through coalesce.
 */
export const indicators: ShanhaiMigration = {
  async up(db, engine) {
    const t = types(engine);
    const version = (c: ColumnDefinitionBuilder) => c.notNull().defaultTo(1);
    await withTimestamps(
      db.schema
        .createTable('indicator_elements')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', notNull)
        .addColumn('name_en', 'text', notNull)
        .addColumn('value_type', 'text', notNull)
        .addColumn('aggregation', 'text', notNull)
        .addColumn('scale', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('disaggregations', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('version', 'integer', version)
        .addCheckConstraint(
          'indicator_elements_type',
          oneOf('value_type', ['number', 'money', 'percentage', 'text']),
        )
        .addCheckConstraint(
          'indicator_elements_aggregation',
          oneOf('aggregation', ['sum', 'average', 'last']),
        )
        .addCheckConstraint('indicator_elements_scale', sql`scale between 0 and 6`),
      engine,
    ).execute();
    await withTimestamps(
      db.schema
        .createTable('indicator_formulas')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', notNull)
        .addColumn('name_en', 'text', notNull)
        .addColumn('formula', 'text', notNull)
        .addColumn('decimals', 'integer', (c) => c.notNull().defaultTo(2))
        .addColumn('version', 'integer', version)
        .addCheckConstraint('indicator_formulas_decimals', sql`decimals between 0 and 6`),
      engine,
    ).execute();
    await withTimestamps(
      db.schema
        .createTable('indicator_sets')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('programme_code', 'text', (c) => c.notNull().references('programmes.code'))
        .addColumn('name', 'text', notNull)
        .addColumn('name_en', 'text', notNull)
        .addColumn('period_type', 'text', notNull)
        .addColumn('due_days', 'integer', notNull)
        .addColumn('version', 'integer', version)
        .addCheckConstraint(
          'indicator_sets_period_type',
          oneOf('period_type', ['year', 'half', 'quarter', 'month']),
        ),
      engine,
    ).execute();
    await db.schema
      .createTable('indicator_set_items')
      .addColumn('set_code', 'text', (c) =>
        c.notNull().references('indicator_sets.code').onDelete('cascade'),
      )
      .addColumn('item_code', 'text', notNull)
      .addColumn('position', 'integer', notNull)
      .addPrimaryKeyConstraint('indicator_set_items_pk', ['set_code', 'item_code'])
      .execute();
    await db.schema
      .createTable('indicator_set_reporters')
      .addColumn('set_code', 'text', (c) =>
        c.notNull().references('indicator_sets.code').onDelete('cascade'),
      )
      .addColumn('area_code', 'text', (c) => c.notNull().references('areas.code'))
      .addColumn('donor_code', 'text', (c) => c.references('organisations.code'))
      .execute();
    await sql`create unique index indicator_set_reporters_key
      on indicator_set_reporters (set_code, area_code, coalesce(donor_code, ''))`.execute(db);

    await withTimestamps(
      withId(db.schema.createTable('indicator_values'), engine)
        .addColumn('element_code', 'text', (c) => c.notNull().references('indicator_elements.code'))
        .addColumn('area_code', 'text', (c) => c.notNull().references('areas.code'))
        .addColumn('period', 'text', notNull)
        .addColumn('period_start', 'text', notNull)
        .addColumn('period_end', 'text', notNull)
        .addColumn('donor_code', 'text', (c) => c.references('organisations.code'))
        .addColumn('cell', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('value_int', t.bigint)
        .addColumn('value_text', 'text')
        .addColumn('note', 'text')
        .addColumn('entered_by', 'text', notNull)
        .addColumn('version', 'integer', version)
        .addCheckConstraint(
          'indicator_values_one_value',
          sql`(value_int is null) <> (value_text is null)`,
        ),
      engine,
    ).execute();
    await sql`create unique index indicator_values_key on indicator_values
      (element_code, area_code, period, coalesce(donor_code, ''), cell)`.execute(db);
    // The analytics reads: one element's values in a span of time, by area.
    await db.schema
      .createIndex('indicator_values_element_start')
      .on('indicator_values')
      .columns(['element_code', 'period_start', 'area_code'])
      .execute();

    await withTimestamps(
      withId(db.schema.createTable('indicator_targets'), engine)
        .addColumn('element_code', 'text', (c) => c.notNull().references('indicator_elements.code'))
        .addColumn('area_code', 'text', (c) => c.notNull().references('areas.code'))
        .addColumn('period', 'text', notNull)
        .addColumn('donor_code', 'text', (c) => c.references('organisations.code'))
        .addColumn('value_int', t.bigint, notNull)
        .addColumn('version', 'integer', version),
      engine,
    ).execute();
    await sql`create unique index indicator_targets_key on indicator_targets
      (element_code, area_code, period, coalesce(donor_code, ''))`.execute(db);
  },
};
