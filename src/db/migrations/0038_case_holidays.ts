import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Engine } from '../database.js';
import type { ShanhaiMigration } from './kit.js';

/**
 * Company cases' working days count China's public holidays (decision 0066): every response and
 * resolution time stored so far counted Monday to Friday (0023 and the code of its time), and
 * gains here the calendar's adjustments between the case's opening and the instant, China dates
 * after the opening up to and including the instant's: −1 a weekday off, +1 a weekend day worked
 * (调休). The 2023–2026 calendar is frozen below as it stood when this migration was written
 * (domain/china-holidays.ts is the live one; a unit test checks that the two agree on these years),
 * so the migration keeps its meaning when a year is added there.
 */
export const caseHolidays: ShanhaiMigration = {
  async up(db, engine) {
    await addHolidayAdjustments(db, engine);
  },
};

/** The weekdays off of 2023–2026, then the weekend days worked (调休), China dates. */
export const FROZEN_OFF_WEEKDAYS = [
  '2023-01-02',
  '2023-01-23',
  '2023-01-24',
  '2023-01-25',
  '2023-01-26',
  '2023-01-27',
  '2023-04-05',
  '2023-05-01',
  '2023-05-02',
  '2023-05-03',
  '2023-06-22',
  '2023-06-23',
  '2023-09-29',
  '2023-10-02',
  '2023-10-03',
  '2023-10-04',
  '2023-10-05',
  '2023-10-06',
  '2024-01-01',
  '2024-02-12',
  '2024-02-13',
  '2024-02-14',
  '2024-02-15',
  '2024-02-16',
  '2024-04-04',
  '2024-04-05',
  '2024-05-01',
  '2024-05-02',
  '2024-05-03',
  '2024-06-10',
  '2024-09-16',
  '2024-09-17',
  '2024-10-01',
  '2024-10-02',
  '2024-10-03',
  '2024-10-04',
  '2024-10-07',
  '2025-01-01',
  '2025-01-28',
  '2025-01-29',
  '2025-01-30',
  '2025-01-31',
  '2025-02-03',
  '2025-02-04',
  '2025-04-04',
  '2025-05-01',
  '2025-05-02',
  '2025-05-05',
  '2025-06-02',
  '2025-10-01',
  '2025-10-02',
  '2025-10-03',
  '2025-10-06',
  '2025-10-07',
  '2025-10-08',
  '2026-01-01',
  '2026-01-02',
  '2026-02-16',
  '2026-02-17',
  '2026-02-18',
  '2026-02-19',
  '2026-02-20',
  '2026-02-23',
  '2026-04-06',
  '2026-05-01',
  '2026-05-04',
  '2026-05-05',
  '2026-06-19',
  '2026-09-25',
  '2026-10-01',
  '2026-10-02',
  '2026-10-05',
  '2026-10-06',
  '2026-10-07',
];
export const FROZEN_WORKED_WEEKENDS = [
  '2023-01-28',
  '2023-01-29',
  '2023-04-23',
  '2023-05-06',
  '2023-06-25',
  '2023-10-07',
  '2023-10-08',
  '2024-02-04',
  '2024-02-18',
  '2024-04-07',
  '2024-04-28',
  '2024-05-11',
  '2024-09-14',
  '2024-09-29',
  '2024-10-12',
  '2025-01-26',
  '2025-02-08',
  '2025-04-27',
  '2025-09-28',
  '2025-10-11',
  '2026-01-04',
  '2026-02-14',
  '2026-02-28',
  '2026-05-09',
  '2026-09-20',
  '2026-10-10',
];

const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

/**
 * Adds the calendar's adjustments to the stored working days (exported for the test that checks
 * 0023 then this against the domain's `workingDaysTo`, case by case, on both engines). Run once:
 * it adds to what is stored.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
export async function addHolidayAdjustments(db: Kysely<any>, engine: Engine): Promise<void> {
  const pg = engine === 'postgres';
  // China (UTC+8) dates as day numbers since 1970-01-01, as 0023 reads them.
  const day = (column: string) =>
    pg
      ? sql`((${sql.ref(column)} at time zone 'UTC' + interval '8 hours')::date - date '1970-01-01')`
      : sql`cast(julianday(date(${sql.ref(column)}, '+8 hours')) - 2440587.5 as integer)`;
  const rows = [
    ...FROZEN_OFF_WEEKDAYS.map((d) => sql`(${sql.lit(dayNumber(d))}, -1)`),
    ...FROZEN_WORKED_WEEKENDS.map((d) => sql`(${sql.lit(dayNumber(d))}, 1)`),
  ];
  const adjustments = (at: string) =>
    sql`(select coalesce(sum(adj.delta), 0) from adj
      where adj.d > ${day('opened_at')} and adj.d <= ${day(at)})`;
  const touched = (at: string) =>
    sql`exists (select 1 from adj where adj.d > ${day('opened_at')} and adj.d <= ${day(at)})`;
  for (const [column, at] of [
    ['response_working_days', 'first_response_at'],
    ['resolution_working_days', 'resolved_at'],
  ] as const) {
    await sql`with adj (d, delta) as (values ${sql.join(rows)})
      update company_cases set ${sql.ref(column)} = ${sql.ref(column)} + ${adjustments(at)}
      where ${sql.ref(at)} is not null and ${sql.ref(column)} is not null and ${touched(at)}`.execute(
      db,
    );
  }
}
