import { sql } from 'kysely';
import { TRANSACTION_TYPES } from '../../domain/ledger.js';
import { notNull, oneOf, type ShanhaiMigration, types, withId } from './kit.js';

/**
 * The ledger is append-only (decision 0018): an entry made in error is corrected by a reversal
 * entry, never deleted. `reverses_id` names the entry a reversal cancels; only a reversal may
 * carry a negative amount (the opposite of its entry's), an entry is reversed at most once (a
 * unique index), and never by itself.
 *
 * SQLite cannot change a table's checks in place, so there the table is rebuilt (copied into a
 * new table with the new checks, the old one dropped, the new one renamed, its indexes made
 * again); PostgreSQL alters it.
 */
export const ledgerReversals: ShanhaiMigration = {
  async up(db, engine) {
    const value = sql`(reverses_id is null and value_fen >= 0)
      or (reverses_id is not null and value_fen <= 0)`;
    const notSelf = sql`reverses_id is null or reverses_id <> id`;
    if (engine === 'postgres') {
      await sql`alter table fund_transactions
        add column reverses_id bigint references fund_transactions (id)`.execute(db);
      await sql`alter table fund_transactions drop constraint fund_transactions_value`.execute(db);
      await sql`alter table fund_transactions
        add constraint fund_transactions_value check (${value})`.execute(db);
      await sql`alter table fund_transactions
        add constraint fund_transactions_not_self check (${notSelf})`.execute(db);
    } else {
      const t = types(engine);
      await withId(db.schema.createTable('fund_transactions_new'), engine)
        .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id'))
        .addColumn('type', 'text', notNull)
        .addColumn('planned', 'integer', notNull)
        .addColumn('value_fen', t.bigint, notNull)
        .addColumn('date', t.date, notNull)
        .addColumn('year', 'integer', notNull)
        .addColumn('provider_org_code', 'text', (c) => c.references('organisations.code'))
        .addColumn('receiver_org_code', 'text', (c) => c.references('organisations.code'))
        .addColumn('note', 'text')
        .addColumn('created_at', t.timestamp, notNull)
        .addColumn('created_by', 'text', notNull)
        // Named by the table's final name: the rename below keeps the reference as written.
        .addColumn('reverses_id', 'integer', (c) => c.references('fund_transactions.id'))
        .addCheckConstraint('fund_transactions_type', oneOf('type', TRANSACTION_TYPES))
        .addCheckConstraint('fund_transactions_value', value)
        .addCheckConstraint('fund_transactions_not_self', notSelf)
        .execute();
      await sql`insert into fund_transactions_new (id, project_id, type, planned, value_fen, date,
          year, provider_org_code, receiver_org_code, note, created_at, created_by)
        select id, project_id, type, planned, value_fen, date, year, provider_org_code,
          receiver_org_code, note, created_at, created_by from fund_transactions`.execute(db);
      // The numbering goes on from the old table's (ids of deleted entries, which the history
      // names, are never given again).
      const seq = await sql<{ seq: number }>`select seq from sqlite_sequence
        where name = 'fund_transactions'`.execute(db);
      await sql`drop table fund_transactions`.execute(db);
      await sql`alter table fund_transactions_new rename to fund_transactions`.execute(db);
      const last = seq.rows[0]?.seq;
      if (last !== undefined) {
        await sql`delete from sqlite_sequence where name = 'fund_transactions'`.execute(db);
        await sql`insert into sqlite_sequence (name, seq) values ('fund_transactions', ${last})`.execute(
          db,
        );
      }
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
    }
    // At most one reversal per entry (NULLs, the entries that reverse nothing, do not collide).
    await db.schema
      .createIndex('fund_transactions_reverses')
      .on('fund_transactions')
      .column('reverses_id')
      .unique()
      .execute();
  },
};
