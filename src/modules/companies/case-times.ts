/**
 * Response and resolution times of companies' cases in working days, per officer, donor or
 * area, added up by the database (decision 0039): at national scale (~200,000 cases) reading
 * every case into memory to count its working days took seconds. The working days are the
 * domain's (`workingDaysTo` in src/domain/company-cases.ts: Monday–Friday of the China dates,
 * UTC+8, holidays not modelled) as SQL arithmetic on day numbers, the same on both engines;
 * `test/companies/case-times.test.ts` checks the SQL against the domain function.
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import { type Executor, engineOf } from '../../db/database.js';
import { lateOpenedBefore } from '../../domain/company-cases.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { loadReference } from '../reference/reference.js';
import type { CaseTimesQuery } from './schema.js';
import { assertKnown } from './service.js';
import { readCaseSettings } from './settings.js';
import { inSubtree, visibleRows } from './visibility.js';

/** The China (UTC+8) date of an instant, as days since 1970-01-01 (a Thursday). */
function chinaDayNumber(db: Executor, instant: Expression<unknown>): Expression<number> {
  return engineOf(db) === 'postgres'
    ? sql<number>`((${instant} at time zone 'UTC' + interval '8 hours')::date - date '1970-01-01')`
    : sql<number>`cast(julianday(date(${instant}, '+8 hours')) - 2440587.5 as integer)`;
}

/**
 * Monday–Friday days among day numbers up to `n` (offset so that weeks start on a Monday): the
 * working days after day a up to day b are `weekdaysTo(b) - weekdaysTo(a)`.
 */
function weekdaysTo(db: Executor, n: Expression<number>): Expression<number> {
  const least = engineOf(db) === 'postgres' ? sql`least` : sql`min`;
  return sql<number>`(5 * ((${n} + 4) / 7) + ${least}((${n} + 4) % 7, 5))`;
}

/** Working days from the case's opening to `at` (null when `at` is null), never negative. */
export function workingDaysSql(
  db: Executor,
  openedAt: Expression<unknown>,
  at: Expression<unknown>,
): Expression<number | null> {
  const greatest = engineOf(db) === 'postgres' ? sql`greatest` : sql`max`;
  const days = sql<number>`(${weekdaysTo(db, chinaDayNumber(db, at))} - ${weekdaysTo(db, chinaDayNumber(db, openedAt))})`;
  return sql<number | null>`case when ${at} is null then null else ${greatest}(0, ${days}) end`;
}

const KEYS = {
  officer: { key: sql`k.officer_id`, name: sql`o.name`, nameEn: sql`''` },
  donor: { key: sql`c.donor_code`, name: sql`d.name`, nameEn: sql`d.name_en` },
  area: { key: sql`c.area_code`, name: sql`a.name`, nameEn: sql`a.name_en` },
} as const;

/**
 * Response and resolution times in working days, per officer, donor or area (the company's
 * location), over the cases the caller may see: counts, averages, and the late ones.
 */
export async function caseTimes(ctx: ServiceContext, q: CaseTimesQuery) {
  authorize(ctx.actor, 'companies.read');
  const [ref, settings] = await Promise.all([loadReference(ctx.db), readCaseSettings(ctx.db)]);
  assertKnown(ref, q);
  const where: Expression<SqlBool>[] = [];
  const visible = visibleRows(ctx.actor, ref, 'c');
  if (visible) where.push(visible);
  if (q.donor) where.push(inSubtree('c', 'donor_code', ref.orgs.subtree(q.donor)));
  if (q.area) where.push(inSubtree('c', 'area_code', ref.areas.subtree(q.area)));
  const cutoff = lateOpenedBefore(new Date(), settings.responseWorkingDays);
  const { key, name, nameEn } = KEYS[q.by];
  const response = workingDaysSql(ctx.db, sql.ref('k.opened_at'), sql.ref('k.first_response_at'));
  const resolution = workingDaysSql(ctx.db, sql.ref('k.opened_at'), sql.ref('k.resolved_at'));
  const { rows } = await sql<{
    grp: string | number | null;
    label: string | null;
    labelen: string | null;
    cases: number | string;
    responded: number | string;
    respsum: number | string | null;
    resolved: number | string;
    ressum: number | string | null;
    late: number | string | null;
  }>`select ${key} as grp, ${name} as label, max(${nameEn}) as labelen, count(*) as cases,
      count(k.first_response_at) as responded, sum(${response}) as respsum,
      count(k.resolved_at) as resolved, sum(${resolution}) as ressum,
      sum(case when k.status = 'open' and k.first_response_at is null and k.opened_at < ${cutoff}
        then 1 else 0 end) as late
    from company_cases k
    join companies c on c.id = k.company_id
    join organisations d on d.code = c.donor_code
    join areas a on a.code = c.area_code
    left join company_officers o on o.id = k.officer_id
    where ${where.length > 0 ? sql.join(where, sql` and `) : sql`1 = 1`}
    group by ${key}, ${name}`.execute(ctx.db);
  const avg = (sum: number | string | null, n: number) =>
    n === 0 ? null : Math.round((Number(sum ?? 0) / n) * 10) / 10;
  return {
    by: q.by,
    rows: rows
      .map((r) => {
        const responded = Number(r.responded);
        const resolved = Number(r.resolved);
        return {
          key: r.grp === null ? '' : String(r.grp),
          name: r.label ?? '',
          nameEn: r.labelen ?? '',
          cases: Number(r.cases),
          responded,
          avgResponseWorkingDays: avg(r.respsum, responded),
          resolved,
          avgResolutionWorkingDays: avg(r.ressum, resolved),
          late: Number(r.late ?? 0),
        };
      })
      .sort((a, b) => b.cases - a.cases || (a.key < b.key ? -1 : 1)),
  };
}
