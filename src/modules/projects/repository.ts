/** Queries on projects, and the visibility filter of the registry and every list of projects. */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import { type Actor, grantsOf, hasRole } from '../../domain/access.js';
import { containsLowered } from '../core/text-search.js';

export function findProject(db: Executor, code: string) {
  return db.selectFrom('projects').selectAll().where('code', '=', code).executeTakeFirst();
}

/** `(select …)`: the organisation and everything below it (a recursive query, both engines). */
export function orgSubtree(root: string) {
  return sql<string>`(with recursive sub(code) as (select code from organisations where code = ${root} union select o.code from organisations o join sub on o.parent_code = sub.code) select code from sub)`;
}

/** `(select …)`: the area and everything below it, by the stored parents. */
export function areaSubtree(root: string) {
  return sql<string>`(with recursive sub(code) as (select code from areas where code = ${root} union select a.code from areas a join sub on a.parent_code = sub.code) select code from sub)`;
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

/**
 * Projects `p` with a donor in the organisation's subtree. An uncorrelated `p.id in (…)`, so the
 * subtree and the matching ids are computed once, not once per project.
 */
export function hasDonorUnder(eb: ProjectsEb, org: string): Expression<SqlBool> {
  return eb(
    'p.id',
    'in',
    eb
      .selectFrom('projectDonors as pd')
      .select('pd.projectId')
      .where('pd.orgCode', 'in', orgSubtree(org)),
  );
}

/** Projects `p` located in the area or below it (uncorrelated, as above). */
export function locatedUnder(eb: ProjectsEb, area: string): Expression<SqlBool> {
  return eb(
    'p.id',
    'in',
    eb
      .selectFrom('projectLocations as pl')
      .select('pl.projectId')
      .where('pl.areaCode', 'in', areaSubtree(area)),
  );
}

/**
 * What of the projects the actor may see, as the `projects.read` policy reads its grants: null
 * for every project; otherwise the published ones, plus those with a donor under one of
 * `donors` or located under one of `areas`. A donor-editor grant that also names an area, or a
 * recipient-editor grant that also names an organisation, covers no project by its donors /
 * locations alone. Anonymous callers see the published projects.
 */
export function visibility(actor: Actor): { donors: string[]; areas: string[] } | null {
  if (actor.kind === 'system' || hasRole(actor, 'coordinator', 'auditor')) return null;
  const donorGrants = grantsOf(actor, 'donor-editor').filter((g) => g.areaCode === null);
  const areaGrants = grantsOf(actor, 'recipient-editor').filter((g) => g.orgCode === null);
  if (donorGrants.some((g) => g.orgCode === null) || areaGrants.some((g) => g.areaCode === null)) {
    return null;
  }
  return {
    donors: donorGrants.map((g) => g.orgCode ?? ''),
    areas: areaGrants.map((g) => g.areaCode ?? ''),
  };
}

/**
 * The SQL twin of the `projects.read` policy, for lists and totals: null when the actor sees
 * every project, else a condition on `p` (see {@link visibility}).
 */
export function visibleProjects(actor: Actor) {
  const v = visibility(actor);
  if (v === null) return null;
  return (eb: ProjectsEb): Expression<SqlBool> =>
    eb.or([
      eb('p.publishedAt', 'is not', null),
      ...v.donors.map((org) => hasDonorUnder(eb, org)),
      ...v.areas.map((area) => locatedUnder(eb, area)),
    ]);
}

/** Ids of the projects with a donor in the organisation's subtree (a subquery). */
export function projectIdsWithDonorUnder(db: Executor, org: string) {
  return db
    .selectFrom('projectDonors as pd')
    .select('pd.projectId')
    .where('pd.orgCode', 'in', orgSubtree(org));
}

/** Ids of the projects located in the area or below it (a subquery). */
export function projectIdsLocatedUnder(db: Executor, area: string) {
  return db
    .selectFrom('projectLocations as pl')
    .select('pl.projectId')
    .where('pl.areaCode', 'in', areaSubtree(area));
}
