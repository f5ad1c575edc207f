/**
 * The queries behind the two 80% rules: sums of the maintained parts (see parts.ts) per donor,
 * the projects pulling a rule down, and the plans of a year.
 * Never one query per project, so a year of the whole programme costs a handful of round trips.
 */
import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
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
  return query;
}

/** Each donor's sums of its projects' parts, and how many projects offend each rule. */
export async function donorTotals(db: Executor, q: PartsQuery) {
  const rows = await partsOf(db, q)
    .select((eb) => [
      'cp.donorCode',
      eb.fn.sum<number>('cp.amountFen').as('totalFen'),
      eb.fn.sum<number>('cp.countyFen').as('countyAndBelowFen'),
      eb.fn.sum<number>('cp.livelihoodFen').as('livelihoodFen'),
      eb.fn.sum<number>('cp.crossPairFen').as('crossPairFen'),
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
    totalFen: Number(r.totalFen),
    countyAndBelowFen: Number(r.countyAndBelowFen),
    livelihoodFen: Number(r.livelihoodFen),
    crossPairFen: Number(r.crossPairFen),
    countyCulprits: Number(r.countyCulprits),
    livelihoodCulprits: Number(r.livelihoodCulprits),
  }));
}

/**
 * The `limit` projects that pull a donor's rule down most (largest offending part, then code),
 * for each of the donors: the above-county part for the county rule, the non-livelihood part
 * for the livelihood rule. One query with a window per donor.
 */
export async function topOffenders(
  db: Executor,
  q: PartsQuery,
  rule: 'county' | 'livelihood',
  limit: number,
) {
  const offending =
    rule === 'county'
      ? sql<number>`cp.amount_fen - cp.county_fen`
      : sql<number>`cp.amount_fen - cp.livelihood_fen`;
  const ranked = partsOf(db, q)
    .innerJoin('projects as p', 'p.id', 'cp.projectId')
    .select([
      'cp.donorCode',
      'cp.projectId',
      'p.code',
      'p.nameZh',
      'p.nameEn',
      offending.as('offendingFen'),
      sql<number>`row_number() over (partition by cp.donor_code order by ${offending} desc, p.code)`.as(
        'rank',
      ),
    ])
    .where(offending, '>', 0);
  const rows = await db
    .selectFrom(ranked.as('r'))
    .selectAll()
    .where('r.rank', '<=', limit)
    .orderBy('r.donorCode')
    .orderBy('r.rank')
    .execute();
  return rows.map((r) => ({
    donorCode: r.donorCode,
    projectId: Number(r.projectId),
    code: r.code,
    name: r.nameZh,
    nameEn: r.nameEn,
    offendingFen: Number(r.offendingFen),
  }));
}

/** The projects with a part for the donor, programme, year and basis. */
export async function projectIdsOf(db: Executor, q: PartsQuery): Promise<number[]> {
  const rows = await partsOf(db, q).select('cp.projectId').execute();
  return rows.map((r) => Number(r.projectId));
}
