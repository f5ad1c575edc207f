/**
 * Response and resolution times of companies' cases in working days, per officer, donor or
 * area, added up by the database (decision 0039). Each case keeps its own working days
 * (`response_working_days`, `resolution_working_days`: the domain's `workingDaysTo`, counted
 * when the dates are written; migration 0023 filled the existing cases with the same arithmetic
 * in SQL, checked case by case in `test/companies/case-times.test.ts`), so the sums read no dates
 * (decision 0042: parsing 200,000 cases' dates per request cost 0.5 s on SQLite).
 */
import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { lateOpenedBefore } from '../../domain/company-cases.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { loadReference, type Reference } from '../reference/reference.js';
import type { CaseTimesQuery } from './schema.js';
import { assertKnown } from './service.js';
import { readCaseSettings } from './settings.js';
import { rowConditions } from './visibility.js';

const KEYS = {
  officer: sql`k.officer_id`,
  donor: sql`c.donor_code`,
  area: sql`c.area_code`,
} as const;

/**
 * Response and resolution times in working days, per officer, donor or area (the company's
 * location), over the cases the caller may see: counts, averages, and the late ones; one page
 * of groups, most cases first, with the number of groups (decision 0042: at national scale
 * there are ~30,000 officers, an answer no screen can show). The groups are added up from the
 * sums kept per officer and company (decision 0069; `summed: false` reads the cases, for the
 * tests that compare the two), the late cases counted from the open ones; the page's names are
 * read afterwards.
 */
export async function caseTimes(
  ctx: ServiceContext,
  q: CaseTimesQuery,
  { summed = true }: { summed?: boolean } = {},
) {
  authorize(ctx.actor, 'companies.read');
  const [ref, settings] = await Promise.all([loadReference(ctx.db), readCaseSettings(ctx.db)]);
  assertKnown(ref, q);
  const where = rowConditions(ctx.actor, ref, q, 'c');
  const cutoff = lateOpenedBefore(new Date(), settings.responseWorkingDays);
  const limit = q.limit ?? 50;
  const offset = q.offset ?? 0;
  const page = summed
    ? await summedPage(ctx.db, q.by, where, limit, offset)
    : await casesPage(ctx.db, q.by, where, cutoff, limit, offset);
  const late = summed ? await lateOf(ctx.db, q.by, where, cutoff) : null;
  const { rows } = page;
  const names = await groupNames(ctx.db, ref, q.by, rows);
  const avg = (sum: number | string | null, n: number) =>
    n === 0 ? null : Math.round((Number(sum ?? 0) / n) * 10) / 10;
  return {
    by: q.by,
    total: page.total,
    rows: rows.map((r) => {
      const responded = Number(r.responded);
      const resolved = Number(r.resolved);
      const k = r.grp === null ? '' : String(r.grp);
      return {
        key: k,
        name: names.get(k)?.name ?? '',
        nameEn: names.get(k)?.nameEn ?? '',
        cases: Number(r.cases),
        responded,
        avgResponseWorkingDays: avg(r.respsum, responded),
        resolved,
        avgResolutionWorkingDays: avg(r.ressum, resolved),
        late: late ? (late.get(k) ?? 0) : Number(r.late ?? 0),
      };
    }),
  };
}

interface GroupRow {
  grp: string | number | null;
  cases: number | string;
  responded: number | string;
  respsum: number | string | null;
  resolved: number | string;
  ressum: number | string | null;
  late?: number | string | null;
}

type By = CaseTimesQuery['by'];
type Conditions = ReturnType<typeof rowConditions>;

const whereAll = (where: Conditions) =>
  where.length > 0 ? sql.join(where, sql` and `) : sql`1 = 1`;

/**
 * One page of groups from the sums kept per officer and company (`company_case_times`, migration
 * 0039, decision 0069), joined to the company only when a filter, the visibility or the grouping
 * needs it. The same groups, order and numbers as {@link casesPage}, late cases apart. Donors and
 * areas (a few hundred groups): all of them in one query, the page cut from them. Officers (~70,000
 * at national scale) in three steps, each cheaper than one query doing all (SQLite, national set:
 * 18–29 ms of CPU instead of 45–57): the page's keys ordered by their cases alone, then the page's
 * sums, then the number of groups (unless the first page holds them all); grouped by `officer_key`
 * itself, the sums' key order (0, no officer, is shown as null).
 */
async function summedPage(db: Executor, by: By, where: Conditions, limit: number, offset: number) {
  const company = where.length > 0 || by !== 'officer';
  const group = by === 'officer' ? sql`t.officer_key` : KEYS[by];
  const shown = by === 'officer' ? sql`nullif(t.officer_key, 0)` : KEYS[by];
  const from = sql`from company_case_times t
    ${company ? sql`join companies c on c.id = t.company_id` : sql``}
    where ${whereAll(where)}`;
  if (by !== 'officer') {
    // A few hundred donors or areas at most: every group in one pass, the page cut here.
    const all = await sql<GroupRow>`select ${group} as grp, sum(t.cases) as cases,
        sum(t.responded) as responded, sum(t.response_days) as respsum,
        sum(t.resolved) as resolved, sum(t.resolution_days) as ressum
      ${from}
      group by ${group}
      order by sum(t.cases) desc, coalesce(cast(${shown} as text), '')`.execute(db);
    return { rows: all.rows.slice(offset, offset + limit), total: all.rows.length };
  }
  const keys = await sql<{ grp: string | number | null }>`select ${group} as grp ${from}
    group by ${group}
    order by sum(t.cases) desc, coalesce(cast(${shown} as text), '')
    limit ${limit} offset ${offset}`.execute(db);
  const page = keys.rows.map((r) => r.grp);
  const sums =
    page.length === 0
      ? { rows: [] }
      : await sql<GroupRow>`select ${group} as grp, sum(t.cases) as cases,
          sum(t.responded) as responded, sum(t.response_days) as respsum,
          sum(t.resolved) as resolved, sum(t.resolution_days) as ressum
        ${from} and ${group} in (${sql.join(page.map((k) => sql`${k}`))})
        group by ${group}`.execute(db);
  const byKey = new Map(sums.rows.map((r) => [String(r.grp), r]));
  const rows = page.flatMap((k) => {
    const r = byKey.get(String(k));
    if (!r) return [];
    return [{ ...r, grp: by === 'officer' && Number(k) === 0 ? null : k }];
  });
  let total = offset + rows.length;
  if (rows.length === limit || offset > 0) {
    const counted = await sql<{ n: number | string }>`select count(*) as n from (
        select ${group} as grp ${from} group by ${group}) g`.execute(db);
    total = Number(counted.rows[0]?.n ?? 0);
  }
  return { rows, total };
}

/**
 * The late cases per group (open, unanswered, opened before the cutoff): they depend on today, so
 * they are not kept but counted from the open cases, a few of ~200,000 (the board's index on
 * status and opening).
 */
async function lateOf(db: Executor, by: By, where: Conditions, cutoff: string) {
  const company = where.length > 0 || by !== 'officer';
  const key = KEYS[by];
  const { rows } = await sql<{ grp: string | number | null; late: number | string }>`
    select ${key} as grp, count(*) as late
    from company_cases k
    ${company ? sql`join companies c on c.id = k.company_id` : sql``}
    where k.status = 'open' and k.first_response_at is null and k.opened_at < ${cutoff}
      and ${whereAll(where)}
    group by ${key}`.execute(db);
  return new Map(rows.map((r) => [r.grp === null ? '' : String(r.grp), Number(r.late)]));
}

/** One page of groups read from the cases themselves (`summed: false`, for the tests that compare). */
async function casesPage(
  db: Executor,
  by: By,
  where: Conditions,
  cutoff: string,
  limit: number,
  offset: number,
) {
  const company = where.length > 0 || by !== 'officer';
  const key = KEYS[by];
  const { rows } = await sql<
    GroupRow & { groups: number | string }
  >`select ${key} as grp, count(*) as cases,
      count(k.first_response_at) as responded, sum(k.response_working_days) as respsum,
      count(k.resolved_at) as resolved, sum(k.resolution_working_days) as ressum,
      sum(case when k.status = 'open' and k.first_response_at is null and k.opened_at < ${cutoff}
        then 1 else 0 end) as late,
      count(*) over () as groups
    from company_cases k
    ${company ? sql`join companies c on c.id = k.company_id` : sql``}
    where ${whereAll(where)}
    group by ${key}
    order by count(*) desc, coalesce(cast(${key} as text), '')
    limit ${limit} offset ${offset}`.execute(db);
  let total = Number(rows[0]?.groups ?? 0);
  if (rows.length === 0 && offset > 0) {
    // Past the last page: the window function saw no row; count the groups alone.
    const counted = await sql<{ n: number | string }>`select count(*) as n from (
        select ${key} as grp from company_cases k
        ${company ? sql`join companies c on c.id = k.company_id` : sql``}
        where ${whereAll(where)}
        group by ${key}) g`.execute(db);
    total = Number(counted.rows[0]?.n ?? 0);
  }
  return { rows, total };
}

/** The names of a page's groups: officers from their table, donors and areas from the reference. */
async function groupNames(
  db: Executor,
  ref: Reference,
  by: CaseTimesQuery['by'],
  rows: readonly { grp: string | number | null }[],
) {
  const out = new Map<string, { name: string; nameEn: string }>();
  const keys = rows.filter((r) => r.grp !== null).map((r) => String(r.grp));
  if (by === 'officer') {
    if (keys.length === 0) return out;
    const officers = await db
      .selectFrom('companyOfficers')
      .select(['id', 'name'])
      .where('id', 'in', keys.map(Number))
      .execute();
    for (const o of officers) out.set(String(o.id), { name: o.name, nameEn: '' });
    return out;
  }
  for (const k of keys) {
    const n = by === 'donor' ? ref.orgs.get(k) : ref.areas.get(k);
    out.set(k, { name: n?.name ?? k, nameEn: n?.nameEn ?? '' });
  }
  return out;
}
