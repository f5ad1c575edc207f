/**
 * The queries behind the two 80% rules: sums of the maintained parts (see parts.ts) per donor,
 * the projects pulling a rule down, and the plans of a year.
 * Never one query per project, so a year of the whole programme costs a handful of round trips.
 */
import { sql } from 'kysely';
import { type Executor, engineOf, exactSum } from '../../db/database.js';
import { exactFen } from '../../domain/money.js';
import type { Basis } from './schema.js';

/** The plans of the programme and year, one per donor at most. */
export function loadPlans(db: Executor, programme: string, year: number) {
  return db
    .selectFrom('plans')
    .select(['id', 'donorCode', 'status'])
    .where('programmeCode', '=', programme)
    .where('year', '=', year)
    .execute();
}

export interface PartsQuery {
  programme: string;
  year: number;
  basis: Basis;
  /** Only these donors; null: all. */
  donors: readonly string[] | null;
  /** Only the parts of published projects (the public pages, decision 0068). */
  publishedOnly?: boolean;
}

function partsOf(db: Executor, q: PartsQuery) {
  let query = db
    .selectFrom('complianceParts as cp')
    .where('cp.programmeCode', '=', q.programme)
    .where('cp.year', '=', q.year)
    .where('cp.basis', '=', q.basis);
  if (q.donors !== null) {
    query = query.where('cp.donorCode', 'in', q.donors.length > 0 ? [...q.donors] : ['']);
  }
  if (q.publishedOnly) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('projects as pp')
          .select('pp.id')
          .whereRef('pp.id', '=', 'cp.projectId')
          .where('pp.publishedAt', 'is not', null),
      ),
    );
  }
  return query;
}

/** Each donor's sums of its projects' parts, and how many projects offend each rule. */
export async function donorTotals(db: Executor, q: PartsQuery) {
  const rows = await partsOf(db, q)
    .select((eb) => [
      'cp.donorCode',
      // Exact at any size: the sums as text, read as BigInt (decision 0031).
      exactSum(sql`cp.amount_fen`).as('totalFen'),
      exactSum(sql`cp.county_fen`).as('countyAndBelowFen'),
      exactSum(sql`cp.livelihood_fen`).as('livelihoodFen'),
      exactSum(sql`cp.cross_pair_fen`).as('crossPairFen'),
      eb.fn
        .sum<number>(sql`case when cp.amount_fen > cp.county_fen then 1 else 0 end`)
        .as('countyCulprits'),
      eb.fn
        .sum<number>(sql`case when cp.amount_fen > cp.livelihood_fen then 1 else 0 end`)
        .as('livelihoodCulprits'),
    ])
    .groupBy('cp.donorCode')
    .execute();
  return rows.map((r) => ({
    donorCode: r.donorCode,
    totalFen: exactFen(BigInt(r.totalFen)),
    countyAndBelowFen: exactFen(BigInt(r.countyAndBelowFen)),
    livelihoodFen: exactFen(BigInt(r.livelihoodFen)),
    crossPairFen: exactFen(BigInt(r.crossPairFen)),
    countyCulprits: Number(r.countyCulprits),
    livelihoodCulprits: Number(r.livelihoodCulprits),
  }));
}

/**
 * The `limit` projects that pull a donor's rule down most (largest offending part, then code),
 * for each of the donors: the above-county part for the county rule, the non-livelihood part
 * for the livelihood rule. One statement: per donor, the parts at least as large as its
 * `limit`-th largest, read from the rule's index (migration 0008), ties at the edge included,
 * then ranked here (on PostgreSQL, a lateral read per donor of its first `limit`).
 */
export async function topOffenders(
  db: Executor,
  q: PartsQuery,
  rule: 'county' | 'livelihood',
  limit: number,
) {
  const donors = q.donors ?? [];
  if (donors.length === 0) return [];
  const gap = (alias: string) =>
    sql.raw(
      rule === 'county'
        ? `(${alias}.amount_fen - ${alias}.county_fen)`
        : `(${alias}.amount_fen - ${alias}.livelihood_fen)`,
    );
  // SQLite: the values as literals (all validated: codes, a year, a count). Bound as parameters,
  // the same statement ran 2–3 times slower (3.9 against 1.5 ms for 19 donors); as literals its
  // text is also stable, and the prepared statement is reused (see cachingStatements).
  const [programme, year, basis] = [sql.lit(q.programme), sql.lit(q.year), sql.lit(q.basis)];
  const branch = (code: string) => {
    const donor = sql.lit(code);
    return sql`select cp.donor_code, cp.project_id, p.code, p.name_zh,
      p.name_en, ${gap('cp')} as offending_fen
    from compliance_parts cp join projects p on p.id = cp.project_id
    where cp.programme_code = ${programme} and cp.year = ${year} and cp.basis = ${basis}
      and cp.donor_code = ${donor} and ${gap('cp')} > 0
      and ${gap('cp')} >= coalesce((select ${gap('c2')} from compliance_parts c2
        where c2.programme_code = ${programme} and c2.year = ${year}
          and c2.basis = ${basis} and c2.donor_code = ${donor}
        order by ${gap('c2')} desc limit 1 offset ${sql.lit(limit - 1)}), 0)`;
  };
  // PostgreSQL plans a union of one branch per donor slowly (10 ms of planning for 40 short
  // index reads): there, one lateral read per donor, in the same index's order.
  const statement =
    engineOf(db) === 'postgres'
      ? sql`select d.donor_code, t.project_id, t.code, t.name_zh, t.name_en, t.offending_fen
          from unnest(${[...donors]}::text[]) as d(donor_code)
          cross join lateral (select cp.project_id, p.code, p.name_zh, p.name_en,
              ${gap('cp')} as offending_fen
            from compliance_parts cp join projects p on p.id = cp.project_id
            where cp.programme_code = ${q.programme} and cp.year = ${q.year}
              and cp.basis = ${q.basis} and cp.donor_code = d.donor_code and ${gap('cp')} > 0
            order by ${gap('cp')} desc, p.code collate "C" limit ${limit}) as t`
      : sql`${sql.join(donors.map(branch), sql` union all `)}`;
  const { rows } = await sql<{
    donorCode: string;
    projectId: number | string;
    code: string;
    nameZh: string;
    nameEn: string | null;
    offendingFen: number | string;
  }>`${statement}`.execute(db);
  const byDonor = new Map<string, typeof rows>();
  for (const r of rows) byDonor.set(r.donorCode, [...(byDonor.get(r.donorCode) ?? []), r]);
  return [...byDonor.keys()].sort().flatMap((donor) =>
    (byDonor.get(donor) ?? [])
      .map((r) => ({
        donorCode: r.donorCode,
        projectId: Number(r.projectId),
        code: r.code,
        name: r.nameZh,
        nameEn: r.nameEn,
        offendingFen: Number(r.offendingFen),
      }))
      .sort(
        (a, b) =>
          b.offendingFen - a.offendingFen || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
      )
      .slice(0, limit),
  );
}

/**
 * One page of the projects with a part for the donor, programme, year and basis: by code, or by
 * what each pulls a rule down, largest first (then code); and how many there are. A donor has a
 * few thousand parts in a year at national scale: they are read whole by the parts' index (a
 * few milliseconds on both engines) and sorted here, where an ORDER BY over the join made
 * PostgreSQL's planner read every project.
 */
export async function projectPageOf(
  db: Executor,
  q: PartsQuery,
  page: { sort: 'code' | 'county' | 'livelihood'; limit: number; offset: number },
): Promise<{ ids: number[]; count: number }> {
  const rows = await partsOf(db, q)
    .innerJoin('projects as p', 'p.id', 'cp.projectId')
    .select([
      'cp.projectId',
      'p.code',
      sql<number | string>`(cp.amount_fen - cp.county_fen)`.as('countyGap'),
      sql<number | string>`(cp.amount_fen - cp.livelihood_fen)`.as('livelihoodGap'),
    ])
    .execute();
  const gap = (r: (typeof rows)[number]) =>
    page.sort === 'county'
      ? Number(r.countyGap)
      : page.sort === 'livelihood'
        ? Number(r.livelihoodGap)
        : 0;
  const ranked = rows
    .map((r) => ({ id: Number(r.projectId), code: r.code, gap: gap(r) }))
    .sort((a, b) => b.gap - a.gap || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    ids: ranked.slice(page.offset, page.offset + page.limit).map((r) => r.id),
    count: ranked.length,
  };
}

/**
 * The years with parts on the basis for the programme, newest first, in one statement: a
 * recursive skip scan down the primary key (programme, year, basis, …) reads the first entry
 * below each year found, then one seek per year checks the basis. Never a scan of the parts and
 * never a round trip per year. (Looking for the basis in the descending walk itself would step
 * over all of a year's `plan` parts before reaching its first `actual` one.)
 */
export async function yearsWithParts(
  db: Executor,
  programme: string,
  basis: Basis,
  publishedOnly = false,
): Promise<number[]> {
  const below = (bound: ReturnType<typeof sql>) => sql`(select cp.year from compliance_parts cp
      where cp.programme_code = ${programme} and cp.year < ${bound}
      order by cp.year desc limit 1)`;
  const published = publishedOnly
    ? sql`and exists (select 1 from projects p2 where p2.id = c2.project_id
        and p2.published_at is not null)`
    : sql``;
  const { rows } = await sql<{ year: number | string }>`with recursive y(year) as (
      select ${below(sql`2101`)}
      union all
      select ${below(sql`y.year`)} from y where y.year is not null
    )
    select y.year from y where y.year is not null and exists (select 1 from compliance_parts c2
      where c2.programme_code = ${programme} and c2.year = y.year and c2.basis = ${basis}
      ${published})
    order by y.year desc`.execute(db);
  return rows.map((r) => Number(r.year));
}
