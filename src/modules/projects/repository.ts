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
 * The SQL twin of the `projects.read` policy, for lists and totals: null when the actor sees
 * every project, else a condition on `p`. Grants are read exactly as `roleCovers` reads them: a
 * donor-editor grant that also names an area, or a recipient-editor grant that also names an
 * organisation, covers no project by its donors / locations alone.
 */
export function visibleProjects(actor: Actor) {
  if (actor.kind === 'system' || hasRole(actor, 'coordinator', 'auditor')) return null;
  const donorGrants = grantsOf(actor, 'donor-editor').filter((g) => g.areaCode === null);
  const areaGrants = grantsOf(actor, 'recipient-editor').filter((g) => g.orgCode === null);
  if (donorGrants.some((g) => g.orgCode === null) || areaGrants.some((g) => g.areaCode === null)) {
    return null;
  }
  return (eb: ProjectsEb): Expression<SqlBool> =>
    eb.or([
      eb('p.publishedAt', 'is not', null),
      ...donorGrants.map((g) => hasDonorUnder(eb, g.orgCode ?? '')),
      ...areaGrants.map((g) => locatedUnder(eb, g.areaCode ?? '')),
    ]);
}
