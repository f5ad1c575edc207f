/**
 * Queries on projects, and the visibility filter of the registry and every list of projects.
 * Subtrees (an organisation's, an area's) are read from the in-memory reference trees and given
 * to SQL as lists of codes, never as recursive queries: the planners of both engines then read
 * the donors' and locations' indexes for exactly those codes, and a page of a list stops early.
 */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import { type Actor, visibility } from '../../domain/access.js';
import { containsLowered } from '../core/text-search.js';
import type { Reference } from '../reference/reference.js';

export function findProject(db: Executor, code: string) {
  return db.selectFrom('projects').selectAll().where('code', '=', code).executeTakeFirst();
}

type ProjectsEb = ExpressionBuilder<DB & { p: DB['projects'] }, 'p'>;

/** Projects `p` whose code or a name contains the term, ignoring case (see search.ts). */
export function matchesText(eb: ProjectsEb, term: string): Expression<SqlBool> {
  return eb(
    'p.id',
    'in',
    eb
      .selectFrom('projectSearch as ps')
      .select('ps.projectId')
      .where((e) => containsLowered(e.ref('ps.text'), term)),
  );
}

/** The codes, or one that matches nothing (an empty `in ()` is not SQL). */
const codes = (list: readonly string[]) => (list.length > 0 ? [...list] : ['']);

/** A child table of projects, by the column a list filters it on. */
type Child =
  | { table: 'project_donors'; column: 'org_code' }
  | { table: 'project_locations'; column: 'area_code' };
const DONORS: Child = { table: 'project_donors', column: 'org_code' };
const LOCATIONS: Child = { table: 'project_locations', column: 'area_code' };

/**
 * `projectId` has a row in the child table whose column is among `values`.
 *
 * As a set (the default): an uncorrelated `in (select …)`, read once from the child's index.
 * SQLite then starts from those projects (a donor's warnings: 38,000 projects, not 245,000
 * warnings probed one by one); PostgreSQL hashes the set, or joins it when it stands alone. (A
 * correlated EXISTS under the visibility filter's OR made PostgreSQL count a donor editor's
 * warnings by nested loops: 0.9 s.)
 *
 * As a probe (`correlated`): one indexed EXISTS per row, for a list another filter already
 * narrows (a text search). PostgreSQL charges a hashed set's start-up to every probe of a
 * nested loop, so with the set it scanned every project instead of probing the 99 that match
 * `G2024-310000-00` (200 against 70 ms).
 */
function hasChildIn(
  child: Child,
  projectId: Expression<number>,
  values: readonly string[],
  correlated = false,
): Expression<SqlBool> {
  const table = sql.table(child.table);
  const column = sql.ref(`pc.${child.column}`);
  const list = sql.join(codes(values));
  return correlated
    ? sql<SqlBool>`exists (select 1 from ${table} pc where pc.project_id = ${projectId} and ${column} in (${list}))`
    : sql<SqlBool>`${projectId} in (select pc.project_id from ${table} pc where ${column} in (${list}))`;
}

/** `projectId` is among the projects with a donor among `orgs` (see {@link hasChildIn}). */
export function hasDonorIn(
  projectId: Expression<number>,
  orgs: readonly string[],
): Expression<SqlBool> {
  return hasChildIn(DONORS, projectId, orgs);
}

/** `projectId` is among the projects with a location among `areas`. */
export function isLocatedIn(
  projectId: Expression<number>,
  areas: readonly string[],
): Expression<SqlBool> {
  return hasChildIn(LOCATIONS, projectId, areas);
}

/** Projects `p` with a donor in the organisation's subtree. */
export function hasDonorUnder(eb: ProjectsEb, ref: Reference, org: string): Expression<SqlBool> {
  return hasDonorIn(eb.ref('p.id'), ref.orgs.subtree(org));
}

/**
 * Projects `p` located in the area or below it: one range of the `project_places` projection
 * (every area a project lies in or under, see places.ts), not a list of the subtree's codes.
 */
export function locatedUnder(
  eb: ProjectsEb,
  _ref: Reference,
  area: string,
  probe = false,
): Expression<SqlBool> {
  return placedIn(eb.ref('p.id'), area, probe);
}

/**
 * `projectId` is among the projects located in the area or below it (see {@link locatedUnder}):
 * as a set (the area's range, read once), or as a probe (one primary-key lookup per row, for a
 * page of a large area read in the sort's index order: it stops after the page).
 */
export function placedIn(
  projectId: Expression<number>,
  area: string,
  probe = false,
): Expression<SqlBool> {
  return probe
    ? sql<SqlBool>`exists (select 1 from project_places pp where pp.project_id = ${projectId} and pp.area_code = ${area})`
    : sql<SqlBool>`${projectId} in (select pp.project_id from project_places pp where pp.area_code = ${area})`;
}

/**
 * How many projects are located in the area or below it, per publication (optionally of one
 * programme): read from `area_project_totals`, not counted.
 */
export async function projectsPlacedIn(
  db: Executor,
  area: string,
  programme?: string,
): Promise<{ published: number; unpublished: number }> {
  const rows = await db
    .selectFrom('areaProjectTotals as t')
    .select((eb) => ['t.published', eb.fn.sum<number | string>('t.projects').as('n')])
    .where('t.areaCode', '=', area)
    .$if(programme !== undefined, (qb) => qb.where('t.programmeCode', '=', programme as string))
    .groupBy('t.published')
    .execute();
  const n = (published: number) =>
    Number(rows.find((r) => Number(r.published) === published)?.n ?? 0);
  return { published: n(1), unpublished: n(0) };
}

/** The list's own filters, when they already confine it to projects the actor may see. */
export interface ListFilters {
  /** Another filter narrows the list first (a text search): probe visibility row by row. */
  narrowed?: boolean | undefined;
  /** Only projects with a donor in this organisation's subtree. */
  donor?: string | undefined;
  /** Only projects located in this area's subtree. */
  area?: string | undefined;
}

/**
 * The SQL twin of the `projects.read` policy for the project of `projectId`, given whether it is
 * published: null when the actor sees every project (see {@link visibility}), or when the list's
 * `filters` already keep it to the actor's own donors' or areas' projects (a donor editor's list
 * of its own donor: the planner then starts from the donor's projects, not from all of them).
 */
export function visibleCondition(
  actor: Actor,
  ref: Reference,
  filters: ListFilters = {},
): ((projectId: Expression<number>, published: Expression<SqlBool>) => Expression<SqlBool>) | null {
  const v = visibility(actor);
  if (v === null) return null;
  const orgs = [...new Set(v.donors.flatMap((o) => ref.orgs.subtree(o)))];
  const areas = [...new Set(v.areas.flatMap((a) => ref.areas.subtree(a)))];
  const within = (list: string[], filtered: string[]) =>
    filtered.length > 0 && filtered.every((c) => list.includes(c));
  if (filters.donor !== undefined && within(orgs, ref.orgs.subtree(filters.donor))) return null;
  if (filters.area !== undefined && within(areas, ref.areas.subtree(filters.area))) return null;
  const probe = filters.narrowed === true;
  return (projectId, published) =>
    sql<SqlBool>`(${sql.join(
      [
        published,
        ...(orgs.length > 0 ? [hasChildIn(DONORS, projectId, orgs, probe)] : []),
        ...(areas.length > 0 ? [hasChildIn(LOCATIONS, projectId, areas, probe)] : []),
      ],
      sql` or `,
    )})`;
}

/** The `projects.read` twin as a condition on projects `p`; null when the actor sees them all. */
export function visibleProjects(actor: Actor, ref: Reference, filters: ListFilters = {}) {
  const condition = visibleCondition(actor, ref, filters);
  if (condition === null) return null;
  return (eb: ProjectsEb): Expression<SqlBool> =>
    condition(eb.ref('p.id'), sql<SqlBool>`${eb.ref('p.publishedAt')} is not null`);
}
