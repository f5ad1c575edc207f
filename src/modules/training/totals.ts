/**
 * The training measures' fast path (decision 0080): `training_session_totals`, the sessions summed
 * per programme, organiser, area, start month and publication, kept by triggers at every commit
 * (migration 0041). At national scale five years are ~7,000 sums instead of ~100,000 sessions.
 *
 * Every filter is a key of the sums (programme, the organiser's and the area's subtrees) and the
 * visibility rule reads the organiser, the area and `nullif(published, 0)` — null exactly when the
 * summed sessions have no publication time, all the rule reads. The period is by start date: the
 * sums answer when it is whole calendar months (first day to last day); otherwise `null`, and the
 * measure reads the sessions. The answers equal the sessions' own, row for row
 * (test/training/training-totals.test.ts).
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import { visibleTo } from '../access/donor-records.js';
import {
  col,
  inCodes,
  type MeasureInput,
  type MeasureQuery,
  measureQuery,
  monthKey,
} from '../analytics/measure.js';

/** The last day of a `YYYY-MM` month, `DD`. */
function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0');
}

/** The period as whole months `[from, to]`, or null when it is not whole months. */
export function wholeMonths(period: { from: string; to: string }): [string, string] | null {
  const from = period.from.slice(0, 7);
  const to = period.to.slice(0, 7);
  if (period.from.slice(8) !== '01' || period.to.slice(8) !== lastDay(to)) return null;
  return [from, to];
}

/** The filters and visibility on the sums `t`, or null when the sums cannot answer exactly. */
function totalsWhere(input: MeasureInput): Expression<SqlBool> | null {
  if (input.summed === false) return null;
  const parts: Expression<SqlBool>[] = [];
  const { filters } = input;
  if (filters.period) {
    const months = wholeMonths(filters.period);
    if (!months) return null;
    parts.push(sql<SqlBool>`t.month between ${months[0]} and ${months[1]}`);
  }
  if (filters.programme !== undefined) {
    parts.push(sql<SqlBool>`t.programme_code = ${filters.programme}`);
  }
  if (input.donors) parts.push(inCodes(col('t.organiserCode'), input.donors));
  if (input.areas) parts.push(inCodes(col('t.areaCode'), input.areas));
  const visible = visibleTo(
    input.actor,
    input.ref,
    {
      published: sql`nullif(t.published, 0)`,
      donor: col('t.organiserCode'),
      area: col('t.areaCode'),
    },
    { anonymous: 'published' },
  );
  if (visible) parts.push(visible);
  return parts.length > 0 ? sql<SqlBool>`(${sql.join(parts, sql` and `)})` : sql<SqlBool>`1 = 1`;
}

/** A sum of the sessions' `column` (`person_times`, `jobs_found`, `participants`) from the sums, or null. */
export function sessionsFromTotals(
  input: MeasureInput,
  column: 'person_times' | 'jobs_found' | 'participants',
): MeasureQuery | null {
  const where = totalsWhere(input);
  if (!where) return null;
  return measureQuery(input, {
    from: sql`training_session_totals t`,
    where,
    value: sql`coalesce(sum(${sql.ref(`t.${column}`)}), 0)`,
    keys: {
      programme: col('t.programmeCode'),
      donor: col('t.organiserCode'),
      area: col('t.areaCode'),
      period: monthKey(col('t.month'), input.granularity),
    },
  });
}
