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
 * there are ~30,000 officers, an answer no screen can show). The database groups the cases
 * alone (joined to their company only when a filter, the visibility or the grouping needs it);
 * the page's names are read afterwards.
 */
export async function caseTimes(ctx: ServiceContext, q: CaseTimesQuery) {
  authorize(ctx.actor, 'companies.read');
  const [ref, settings] = await Promise.all([loadReference(ctx.db), readCaseSettings(ctx.db)]);
  assertKnown(ref, q);
  const where = rowConditions(ctx.actor, ref, q, 'c');
  const company = where.length > 0 || q.by !== 'officer';
  const cutoff = lateOpenedBefore(new Date(), settings.responseWorkingDays);
  const key = KEYS[q.by];
  const limit = q.limit ?? 50;
  const offset = q.offset ?? 0;
  const { rows } = await sql<{
    grp: string | number | null;
    cases: number | string;
    responded: number | string;
    respsum: number | string | null;
    resolved: number | string;
    ressum: number | string | null;
    late: number | string | null;
    groups: number | string;
  }>`select ${key} as grp, count(*) as cases,
      count(k.first_response_at) as responded, sum(k.response_working_days) as respsum,
      count(k.resolved_at) as resolved, sum(k.resolution_working_days) as ressum,
      sum(case when k.status = 'open' and k.first_response_at is null and k.opened_at < ${cutoff}
        then 1 else 0 end) as late,
      count(*) over () as groups
    from company_cases k
    ${company ? sql`join companies c on c.id = k.company_id` : sql``}
    where ${where.length > 0 ? sql.join(where, sql` and `) : sql`1 = 1`}
    group by ${key}
    order by count(*) desc, coalesce(cast(${key} as text), '')
    limit ${limit} offset ${offset}`.execute(ctx.db);
  const names = await groupNames(ctx.db, ref, q.by, rows);
  const avg = (sum: number | string | null, n: number) =>
    n === 0 ? null : Math.round((Number(sum ?? 0) / n) * 10) / 10;
  let total = Number(rows[0]?.groups ?? 0);
  if (rows.length === 0 && offset > 0) {
    // Past the last page: the window function saw no row; count the groups alone.
    const counted = await sql<{ n: number | string }>`select count(*) as n from (
        select ${key} as grp from company_cases k
        ${company ? sql`join companies c on c.id = k.company_id` : sql``}
        where ${where.length > 0 ? sql.join(where, sql` and `) : sql`1 = 1`}
        group by ${key}) g`.execute(ctx.db);
    total = Number(counted.rows[0]?.n ?? 0);
  }
  return {
    by: q.by,
    total,
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
        late: Number(r.late ?? 0),
      };
    }),
  };
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
