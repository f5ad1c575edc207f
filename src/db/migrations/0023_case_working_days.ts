import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Engine } from '../database.js';
import type { ShanhaiMigration } from './kit.js';

/**
 * A case's response and resolution times in working days, kept on the case (decision 0042):
 * they depend only on its opening and its first response or resolution, so they are counted once
 * when those are written (`workingDaysTo`, src/domain/company-cases.ts) instead of for every case
 * at every read of the case times (200,000 cases nationally: 0.5 s of date parsing per request on
 * SQLite). Existing cases are filled here with the same arithmetic as decision 0039's SQL: China
 * (UTC+8) dates as day numbers, Monday–Friday between them, never negative.
 */
export const caseWorkingDays: ShanhaiMigration = {
  async up(db, engine) {
    await db.schema
      .alterTable('company_cases')
      .addColumn('response_working_days', 'integer')
      .execute();
    await db.schema
      .alterTable('company_cases')
      .addColumn('resolution_working_days', 'integer')
      .execute();
    await fillCaseWorkingDays(db, engine);
  },
};

/**
 * Sets every case's working days from its dates in SQL (the migration's backfill; exported for
 * the test that checks it against `workingDaysTo` case by case on both engines).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
export async function fillCaseWorkingDays(db: Kysely<any>, engine: Engine): Promise<void> {
  const pg = engine === 'postgres';
  const day = (column: string) =>
    pg
      ? sql`((${sql.ref(column)} at time zone 'UTC' + interval '8 hours')::date - date '1970-01-01')`
      : sql`cast(julianday(date(${sql.ref(column)}, '+8 hours')) - 2440587.5 as integer)`;
  const least = pg ? sql`least` : sql`min`;
  const greatest = pg ? sql`greatest` : sql`max`;
  const weekdaysTo = (n: ReturnType<typeof sql>) =>
    sql`(5 * ((${n} + 4) / 7) + ${least}((${n} + 4) % 7, 5))`;
  const days = (at: string) =>
    sql`case when ${sql.ref(at)} is null then null else ${greatest}(0, ${weekdaysTo(day(at))} - ${weekdaysTo(day('opened_at'))}) end`;
  await sql`update company_cases set response_working_days = ${days('first_response_at')},
    resolution_working_days = ${days('resolved_at')}`.execute(db);
}
