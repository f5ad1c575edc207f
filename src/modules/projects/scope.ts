/** Where a project sits, for the policies, and finding a project a use case may see or write. */
import type { Executor } from '../../db/database.js';
import { NotFoundError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { can } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import type { UnitOfWork } from '../core/unit-of-work.js';
import { loadReference, type Reference, referenceIn } from '../reference/reference.js';
import { loadAggregates, PROJECTS, type ProjectAggregate } from './aggregate.js';
import type { ProjectScope } from './policy.js';

/** Each donor's organisation path and each location's area path (self first), and publication. */
export function scopeOf(
  p: Pick<ProjectAggregate, 'row' | 'donors' | 'locations'>,
  ref: Reference,
): ProjectScope {
  return {
    donorPaths: p.donors.map((d) => ref.orgs.pathOf(d.orgCode)),
    areaPaths: p.locations.map((l) => ref.areas.pathOf(l.areaCode)),
    published: p.row.publishedAt !== null,
  };
}

function pathsByProject<R extends { projectId: number }>(rows: R[], pathOf: (r: R) => string[]) {
  const byProject = new Map<number, string[][]>();
  for (const r of rows) {
    const list = byProject.get(r.projectId) ?? [];
    list.push(pathOf(r));
    byProject.set(r.projectId, list);
  }
  return byProject;
}

/**
 * The scopes of many projects at once, for a list's `can`: three narrow reads (publication,
 * donors, locations) instead of whole aggregates.
 */
export async function loadScopes(
  db: Executor,
  ref: Reference,
  ids: readonly number[],
): Promise<Map<number, ProjectScope>> {
  const out = new Map<number, ProjectScope>();
  if (ids.length === 0) return out;
  const list = [...new Set(ids)];
  const [rows, donors, locations] = await Promise.all([
    db.selectFrom('projects').select(['id', 'publishedAt']).where('id', 'in', list).execute(),
    db
      .selectFrom('projectDonors')
      .select(['projectId', 'orgCode'])
      .where('projectId', 'in', list)
      .execute(),
    db
      .selectFrom('projectLocations')
      .select(['projectId', 'areaCode'])
      .where('projectId', 'in', list)
      .execute(),
  ]);
  const donorPaths = pathsByProject(donors, (d) => ref.orgs.pathOf(d.orgCode));
  const areaPaths = pathsByProject(locations, (l) => ref.areas.pathOf(l.areaCode));
  for (const r of rows) {
    out.set(r.id, {
      donorPaths: donorPaths.get(r.id) ?? [],
      areaPaths: areaPaths.get(r.id) ?? [],
      published: r.publishedAt !== null,
    });
  }
  return out;
}

/** Whether the actor may see the project (anonymous callers: published ones). */
export function canReadProject(ctx: ServiceContext, scope: ProjectScope): boolean {
  return scope.published || can(ctx.actor, 'projects.read', scope);
}

/**
 * Which of the projects the actor may see: for a use case that takes project codes in its input
 * (a plan's items), so an unseen project is refused exactly as a missing one.
 */
export function projectsSeenBy(db: Executor, ctx: ServiceContext, ref: Reference) {
  return async (ids: readonly number[]): Promise<ReadonlySet<number>> => {
    const scopes = await loadScopes(db, ref, ids);
    return new Set(
      ids.filter((id) => {
        const scope = scopes.get(id);
        return scope !== undefined && canReadProject(ctx, scope);
      }),
    );
  };
}

/**
 * The project to write, loaded with its children and locked (PostgreSQL) for the rest of the
 * unit of work, which keeps it for the projections at commit. A project the actor may not even
 * see is reported exactly as one that does not exist (404; issue 12 defect 5): only then may
 * the use case's own check refuse (403) a project the actor sees but may not change.
 * @throws NotFoundError
 */
export async function projectForWrite(uow: UnitOfWork, code: string): Promise<ProjectAggregate> {
  const [project] = await loadAggregates(uow.trx, { code }, uow.storedSpecs(PROJECTS), true);
  if (!project) throw new NotFoundError(problem('project.notFound', { code }));
  const ref = await referenceIn(uow.trx, uow.memo);
  if (!canReadProject(uow.ctx, scopeOf(project, ref))) {
    throw new NotFoundError(problem('project.notFound', { code }));
  }
  uow.adopt(PROJECTS, [project], true);
  return project;
}

/**
 * A project the actor may see, with the reference data and its scope. A project it may not see
 * is reported exactly as one that does not exist (404), so its existence does not leak.
 */
export async function readableProject(ctx: ServiceContext, code: string) {
  const [[project], ref] = await Promise.all([
    loadAggregates(ctx.db, { code }),
    loadReference(ctx.db),
  ]);
  const notFound = () => new NotFoundError(problem('project.notFound', { code }));
  if (!project) throw notFound();
  const scope = scopeOf(project, ref);
  if (!canReadProject(ctx, scope)) throw notFound();
  return { project, ref, scope };
}
