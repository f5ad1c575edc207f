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
import { breakDownProject } from '../../domain/compliance.js';
import { PartsComputer } from '../compliance/parts.js';
import { derivedTotals } from '../core/derived-totals.js';
import type { Projection, Row } from '../core/projection.js';
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
  derived: derivedTotals({
    name: 'area-fund-totals',
    table: 'area_fund_totals',
    from: 'area_parts',
    key: ['programme_code', 'area_code', 'published', 'year', 'donor_code'],
    sums: {
      amount_fen: 'sum(amount_fen)',
      cross_pair_fen: 'sum(cross_pair_fen)',
      projects: 'count(*)',
    },
  }),
};
