/**
 * `area-parts`: each project's actual disbursements per donor and year in every area of its
 * places (its locations' areas and their ancestors, see projects/places.ts), split by its location
 * shares exactly as the 80% rules split them (the compliance parts' {@link breakDownProject}:
 * largest remainder, integer fen). A project lying wholly inside an area counts its whole amount
 * there (an unlocated share below 10,000 bp included, as the compliance report counts it); one
 * lying partly outside counts its locations' parts inside. Cross-pair: the parts of its
 * cross-pair locations inside.
 *
 * A projection kept with every write (migration 0014, decision 0029); triggers on `area_parts`
 * keep `area_fund_totals`, its sums per programme, area, publication, year and donor, in the same
 * statement, so an area's funds (GET /api/areas/{code}/funds) read totals, not projects.
 */
import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { breakDownProject } from '../../domain/compliance.js';
import { PartsComputer } from '../compliance/parts.js';
import type { Difference, Projection, Row } from '../core/projection.js';
import { PROJECTS, type ProjectAggregate } from '../projects/aggregate.js';
import { placesOf } from '../projects/places.js';
import { referenceIn } from '../reference/reference.js';

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The project's area parts (sorted by area, year and donor: writers lock totals in one order). */
export function areaPartsOf(computer: PartsComputer, p: ProjectAggregate): Row[] {
  const ref = computer.ref;
  const places = placesOf(ref, p.locations);
  if (places.length === 0) return [];
  const published = p.row.publishedAt === null ? 0 : 1;
  const rows: {
    projectId: number;
    areaCode: string;
    donorCode: string;
    year: number;
    programmeCode: string;
    published: number;
    amountFen: number;
    crossPairFen: number;
  }[] = [];
  for (const part of computer.partsOf(p)) {
    if (part.basis !== 'actual') continue;
    const b = breakDownProject(part.project);
    const paths = b.locations.map((l) => new Set([l.areaCode, ...ref.areas.pathOf(l.areaCode)]));
    for (const areaCode of places) {
      let fen = 0;
      let cross = 0;
      let wholly = true;
      b.locations.forEach((l, i) => {
        if (!paths[i]?.has(areaCode)) {
          wholly = false;
          return;
        }
        fen += l.fen;
        if (l.crossPair) cross += l.fen;
      });
      rows.push({
        projectId: p.id,
        areaCode,
        donorCode: part.donorCode,
        year: part.year,
        programmeCode: part.programme,
        published,
        amountFen: wholly ? b.amountFen : fen,
        crossPairFen: cross,
      });
    }
  }
  return rows.sort(
    (a, b) =>
      byString(a.areaCode, b.areaCode) || a.year - b.year || byString(a.donorCode, b.donorCode),
  );
}

const TOTALS_KEY = sql`programme_code, area_code, published, year, donor_code`;

/** The totals as the stored parts give them, keyed like `area_fund_totals`. */
function totalsFromParts(db: Executor) {
  return sql<TotalRow>`select ${TOTALS_KEY}, sum(amount_fen) as amount_fen,
    sum(cross_pair_fen) as cross_pair_fen, count(*) as projects
    from area_parts group by ${TOTALS_KEY}`.execute(db);
}

interface TotalRow {
  programmeCode: string;
  areaCode: string;
  published: number | string;
  year: number | string;
  donorCode: string;
  amountFen: number | string;
  crossPairFen: number | string;
  projects: number | string;
}

const keyOf = (r: TotalRow) =>
  [r.programmeCode, r.areaCode, Number(r.published), Number(r.year), r.donorCode].join('|');
const same = (a: TotalRow, b: TotalRow) =>
  Number(a.amountFen) === Number(b.amountFen) &&
  Number(a.crossPairFen) === Number(b.crossPairFen) &&
  Number(a.projects) === Number(b.projects);

/** Where `area_fund_totals` differs from the sums of the stored parts (empty when it agrees). */
export async function checkAreaFundTotals(db: Executor): Promise<Difference[]> {
  const expected = new Map((await totalsFromParts(db)).rows.map((r) => [keyOf(r), r]));
  const stored = await sql<TotalRow>`select ${TOTALS_KEY}, amount_fen, cross_pair_fen, projects
    from area_fund_totals`.execute(db);
  const out: Difference[] = [];
  const seen = new Set<string>();
  for (const s of stored.rows) {
    const key = keyOf(s);
    seen.add(key);
    const e = expected.get(key);
    if (!e || !same(s, e)) {
      out.push({
        projection: 'area-fund-totals',
        entityId: 0,
        key,
        stored: { ...s },
        expected: e ? { ...e } : null,
      });
    }
  }
  for (const [key, e] of expected) {
    if (!seen.has(key)) {
      out.push({
        projection: 'area-fund-totals',
        entityId: 0,
        key,
        stored: null,
        expected: { ...e },
      });
    }
  }
  return out;
}

/** Recomputes `area_fund_totals` from the stored parts (after a rebuild: no drift survives it). */
export async function recomputeAreaFundTotals(db: Executor): Promise<void> {
  await sql`delete from area_fund_totals`.execute(db);
  await sql`insert into area_fund_totals (${TOTALS_KEY}, amount_fen, cross_pair_fen, projects)
    select ${TOTALS_KEY}, sum(amount_fen), sum(cross_pair_fen), count(*)
    from area_parts group by ${TOTALS_KEY}`.execute(db);
  await sql`analyze area_fund_totals`.execute(db);
}

export const areaParts: Projection<ProjectAggregate, PartsComputer> = {
  name: 'area-parts',
  version: 1,
  entity: PROJECTS,
  table: 'areaParts',
  sqlTable: 'area_parts',
  entityColumn: 'projectId',
  key: ['projectId', 'areaCode', 'donorCode', 'year'],
  columns: [
    'projectId',
    'areaCode',
    'donorCode',
    'year',
    'programmeCode',
    'published',
    'amountFen',
    'crossPairFen',
  ],
  prepare: async (db, memo) => new PartsComputer(await referenceIn(db, memo)),
  compute: areaPartsOf,
  derived: { check: checkAreaFundTotals, recompute: recomputeAreaFundTotals },
};
