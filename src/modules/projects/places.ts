/**
 * `project-places`: every area a project is located in or under — each location's area and all
 * its ancestors, once — with the project's programme, publication, year and code (migration 0014,
 * decision 0029). A projection kept with every write, so "the projects located in this area's
 * subtree" is one index range (`area_code = ?`) on both engines, not a list of the subtree's
 * codes; triggers count them per programme, area and publication in `area_project_totals`.
 */
import { derivedTotals } from '../core/derived-totals.js';
import type { Projection } from '../core/projection.js';
import { type Reference, referenceIn } from '../reference/reference.js';
import { PROJECTS, type ProjectAggregate } from './aggregate.js';

/** The areas the locations lie in or under (each location's path, self first), once, sorted. */
export function placesOf(ref: Reference, locations: readonly { areaCode: string }[]): string[] {
  const places = new Set<string>();
  for (const l of locations) {
    places.add(l.areaCode);
    for (const a of ref.areas.pathOf(l.areaCode)) places.add(a);
  }
  return [...places].sort();
}

export const projectPlaces: Projection<ProjectAggregate, Reference> = {
  name: 'project-places',
  version: 1,
  entity: PROJECTS,
  table: 'projectPlaces',
  sqlTable: 'project_places',
  entityColumn: 'projectId',
  key: ['projectId', 'areaCode'],
  columns: ['projectId', 'areaCode', 'programmeCode', 'published', 'year', 'code'],
  prepare: (db, memo) => referenceIn(db, memo),
  compute: (ref, p) =>
    placesOf(ref, p.locations).map((areaCode) => ({
      projectId: p.id,
      areaCode,
      programmeCode: p.row.programmeCode,
      published: p.row.publishedAt === null ? 0 : 1,
      year: p.row.year,
      code: p.row.code,
    })),
  derived: derivedTotals({
    name: 'area-project-totals',
    table: 'area_project_totals',
    from: 'project_places',
    key: ['programme_code', 'area_code', 'published'],
    sums: { projects: 'count(*)' },
  }),
};
