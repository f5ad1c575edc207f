/**
 * `area-money`: each project's actual commitments, arrivals and expenditure per year in every
 * area of its places (its locations' areas and their ancestors, projects/places.ts), split by its
 * location shares (largest remainder, integer fen: {@link allocate}) the way `area-parts` splits
 * the disbursements (decision 0029). A project lying wholly inside an area counts its whole
 * amount there (an unlocated share below 10,000 bp included); one lying partly outside counts
 * its locations' parts inside. So a level's areas add up to the projects' totals: a project in
 * two counties counts 60 % in one and 40 % in the other, not 100 % in each (decision 0044).
 *
 * A projection kept with every write (migration 0029); the analytics measures `committed_fen`,
 * `arrived_fen` and `spent_fen` read it by area (ledger/measures.ts).
 */

import type { TransactionType } from '../../domain/ledger.js';
import { allocate } from '../../domain/money.js';
import type { Projection, Row } from '../core/projection.js';
import { PROJECTS, type ProjectAggregate } from '../projects/aggregate.js';
import { placesOf } from '../projects/places.js';
import { type Reference, referenceIn } from '../reference/reference.js';

/** The ledger types kept, and their columns. */
const COLUMNS = {
  commitment: 'committedFen',
  arrival: 'arrivedFen',
  expenditure: 'expendedFen',
} as const satisfies Partial<Record<TransactionType, string>>;
type Kept = keyof typeof COLUMNS;
const KEPT = Object.keys(COLUMNS) as Kept[];
const BP_WHOLE = 10_000;

/** `amount` split by the weights, a negative net (reversals beyond entries) split as its opposite. */
function split(amount: number, weights: readonly number[]): number[] {
  if (amount >= 0) return allocate(amount, weights);
  return allocate(-amount, weights).map((x) => (x === 0 ? 0 : -x));
}

/** The project's rows: per area of its places and year, the three types' parts (sorted). */
export function areaMoneyOf(ref: Reference, p: ProjectAggregate): Row[] {
  const places = placesOf(ref, p.locations);
  if (places.length === 0) return [];
  const byYear = new Map<number, Record<Kept, number>>();
  for (const l of p.ledger) {
    if (l.planned !== 0 || !(l.type in COLUMNS)) continue;
    const sums = byYear.get(l.year) ?? { commitment: 0, arrival: 0, expenditure: 0 };
    sums[l.type as Kept] += l.totalFen;
    byYear.set(l.year, sums);
  }
  const located = p.locations.reduce((sum, l) => sum + l.shareBp, 0);
  const weights = [...p.locations.map((l) => l.shareBp), Math.max(0, BP_WHOLE - located)];
  if (weights.every((w) => w === 0)) return [];
  const paths = p.locations.map((l) => new Set([l.areaCode, ...ref.areas.pathOf(l.areaCode)]));
  // Which locations lie in or under each place; whether all of them do.
  const inside = places.map((areaCode) => {
    const which = paths.map((path) => path.has(areaCode));
    return { areaCode, which, wholly: which.every(Boolean) };
  });
  const rows: Row[] = [];
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    const sums = byYear.get(year) as Record<Kept, number>;
    if (KEPT.every((type) => sums[type] === 0)) continue;
    const parts = Object.fromEntries(
      KEPT.map((type) => [type, split(sums[type], weights)]),
    ) as Record<Kept, number[]>;
    for (const place of inside) {
      const row: Row = { projectId: p.id, areaCode: place.areaCode, year };
      for (const type of KEPT) {
        row[COLUMNS[type]] = place.wholly
          ? sums[type]
          : place.which.reduce((s, hit, i) => (hit ? s + (parts[type][i] as number) : s), 0);
      }
      rows.push(row);
    }
  }
  return rows.sort((a, b) =>
    a.areaCode === b.areaCode
      ? (a.year as number) - (b.year as number)
      : String(a.areaCode) < String(b.areaCode)
        ? -1
        : 1,
  );
}

export const areaMoney: Projection<ProjectAggregate, Reference> = {
  name: 'area-money',
  version: 1,
  entity: PROJECTS,
  table: 'areaMoney',
  sqlTable: 'area_money',
  entityColumn: 'projectId',
  key: ['projectId', 'areaCode', 'year'],
  columns: ['projectId', 'areaCode', 'year', 'committedFen', 'arrivedFen', 'expendedFen'],
  prepare: (db, memo) => referenceIn(db, memo),
  compute: areaMoneyOf,
};
