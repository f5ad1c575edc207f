/** Queries on projects and their parts, and the visibility filter of the registry. */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import { type Actor, grantsOf, hasRole } from '../../domain/access.js';
import { areaChain } from '../areas/repository.js';
import { organisationPath } from '../organisations/repository.js';
import { containsLowered } from '../tx.js';
import type { ProjectScope } from './policy.js';

export function findProject(db: Executor, code: string) {
  return db.selectFrom('projects').selectAll().where('code', '=', code).executeTakeFirst();
}

export type ProjectRow = NonNullable<Awaited<ReturnType<typeof findProject>>>;

/** A project's donors (largest share first), locations, stage dates, results and documents. */
export async function loadParts(db: Executor, projectId: number) {
  const [donors, locations, stageDates, results, documents] = await Promise.all([
    db
      .selectFrom('projectDonors as pd')
      .innerJoin('organisations as o', 'o.code', 'pd.orgCode')
      .select(['pd.orgCode', 'pd.shareBp', 'o.name'])
      .where('pd.projectId', '=', projectId)
      .orderBy('pd.shareBp', 'desc')
      .orderBy('pd.orgCode')
      .execute(),
    db
      .selectFrom('projectLocations as pl')
      .innerJoin('areas as a', 'a.code', 'pl.areaCode')
      .select(['pl.areaCode', 'pl.shareBp', 'a.name', 'a.level'])
      .where('pl.projectId', '=', projectId)
      .orderBy('pl.areaCode')
      .execute(),
    db
      .selectFrom('projectStageDates')
      .select(['stage', 'plannedDate', 'actualDate'])
      .where('projectId', '=', projectId)
      .execute(),
    db
      .selectFrom('projectResults')
      .selectAll()
      .where('projectId', '=', projectId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('projectDocuments')
      .select(['id', 'filename', 'mediaType', 'size', 'sha256', 'uploadedBy', 'uploadedAt'])
      .where('projectId', '=', projectId)
      .orderBy('id')
      .execute(),
  ]);
  return { donors, locations, stageDates, results, documents };
}

export type ProjectParts = Awaited<ReturnType<typeof loadParts>>;

/** Where a project sits, for the policies: each donor's organisation path, each location's area path. */
export async function projectScope(
  db: Executor,
  row: Pick<ProjectRow, 'publishedAt'>,
  donorCodes: readonly string[],
  areaCodes: readonly string[],
): Promise<ProjectScope> {
  const donorPaths = await Promise.all(donorCodes.map((code) => organisationPath(db, code)));
  const areaPaths = await Promise.all(
    areaCodes.map(async (code) => (await areaChain(db, code)).map((a) => a.code)),
  );
  return { donorPaths, areaPaths, published: row.publishedAt !== null };
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
