/** Where a project sits, for the policies, and finding a project a use case may see or write. */
import { NotFoundError } from '../../domain/errors.js';
import { can } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import type { UnitOfWork } from '../core/unit-of-work.js';
import { loadReference, type Reference } from '../reference/reference.js';
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

/** Whether the actor may see the project (anonymous callers: published ones). */
export function canReadProject(ctx: ServiceContext, scope: ProjectScope): boolean {
  return scope.published || can(ctx.actor, 'projects.read', scope);
}

/**
 * The project to write, loaded with its children and locked (PostgreSQL) for the rest of the
 * unit of work, which keeps it for the projections at commit. @throws NotFoundError
 */
export async function projectForWrite(uow: UnitOfWork, code: string): Promise<ProjectAggregate> {
  const [project] = await loadAggregates(uow.trx, { code }, uow.storedSpecs(PROJECTS), true);
  if (!project) throw new NotFoundError(`no project ${code}`);
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
  const notFound = () => new NotFoundError(`no project ${code}`);
  if (!project) throw notFound();
  const scope = scopeOf(project, ref);
  if (!canReadProject(ctx, scope)) throw notFound();
  return { project, ref, scope };
}
