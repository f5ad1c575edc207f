/** The early-warning work queue: list (as visible as the projects) and work one warning (bulk.ts: many at once). */
import type { Executor } from '../../db/database.js';
import { InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { authorize, can } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { assertUpdated, assertVersion } from '../core/versions.js';
import { PROJECTS } from '../projects/aggregate.js';
import type { ProjectScope } from '../projects/policy.js';
import { hasDonorUnder, locatedUnder, visibleProjects } from '../projects/repository.js';
import { canReadProject, loadScopes, scopeOf } from '../projects/scope.js';
import { loadReference, referenceIn } from '../reference/reference.js';
import { write } from '../write.js';
import { presentWarning, type WarningCan, warningSnapshot } from './presenters.js';
import type { UpdateWarningInput, WarningListQuery, WarningView } from './schema.js';

type Ctx = ServiceContext;

/** Warnings joined with their project (what the filters and the count need). */
export function warningsOfProjects(db: Executor) {
  return db.selectFrom('warnings as w').innerJoin('projects as p', 'p.id', 'w.projectId');
}

type Filtered = ReturnType<typeof warningsOfProjects>;

/** The filtered warnings with their owner, as the presenter needs them. */
export function presentable(query: Filtered) {
  return query
    .leftJoin('users as u', 'u.id', 'w.ownerUserId')
    .select([
      'w.id',
      'w.projectId',
      'p.code as projectCode',
      'p.nameZh as projectName',
      'p.nameEn as projectNameEn',
      'w.kind',
      'w.dedupeKey',
      'w.detail',
      'w.detectedAt',
      'w.status',
      'w.ownerUserId',
      'u.username as ownerUsername',
      'u.displayName as ownerDisplayName',
      'w.resolutionNote',
      'w.resolvedAt',
      'w.updatedAt',
      'w.version',
    ]);
}

/**
 * The work queue: warnings on the projects the caller may see (the registry's visibility
 * filter), newest first, filtered by status, kind, donor subtree, area subtree, owner and project.
 */
export async function listWarnings(ctx: Ctx, q: WarningListQuery) {
  const ref = await loadReference(ctx.db);
  if (q.donor !== undefined && !ref.orgs.has(q.donor)) {
    throw InvalidInputError.field('donor', problem('organisation.unknown', { code: q.donor }));
  }
  if (q.area !== undefined && !ref.areas.has(q.area)) {
    throw InvalidInputError.field('area', problem('area.unknown', { code: q.area }));
  }
  // The project filters on the joined project `p`: read in the index's order (newest first),
  // a page stops early instead of collecting every visible project first.
  let query = warningsOfProjects(ctx.db);
  const visible = visibleProjects(ctx.actor, ref, { donor: q.donor, area: q.area });
  if (visible) query = query.where((eb) => visible(eb as never));
  if (q.donor) {
    const donor = q.donor;
    query = query.where((eb) => hasDonorUnder(eb as never, ref, donor));
  }
  if (q.area) {
    const area = q.area;
    query = query.where((eb) => locatedUnder(eb as never, ref, area));
  }
  if (q.project) query = query.where('p.code', '=', q.project);
  if (q.status) query = query.where('w.status', '=', q.status);
  if (q.kind) query = query.where('w.kind', '=', q.kind);
  if (q.owner !== undefined) query = query.where('w.ownerUserId', '=', q.owner);
  const [count, rows] = await Promise.all([
    // Counted without the owners' join: SQLite does not drop an unused left join (80 ms).
    query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    presentable(query)
      .orderBy('w.detectedAt', 'desc')
      .orderBy('w.id', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
  ]);
  const cans = await warningCans(
    ctx,
    rows.map((r) => r.projectId),
  );
  return {
    items: rows.map((r) => presentWarning(r, cans.get(r.projectId) ?? NOTHING)),
    total: Number(count.n),
  };
}

const NOTHING: WarningCan = { work: false, assign: false };

export function canOf(ctx: Ctx, scope: ProjectScope): WarningCan {
  const work = can(ctx.actor, 'warnings.write', scope);
  return { work, assign: work && can(ctx.actor, 'warnings.assign') };
}

/** What the caller may do with the warnings of these projects (one query for their scopes). */
async function warningCans(ctx: Ctx, projectIds: readonly number[]) {
  const out = new Map<number, WarningCan>();
  if (ctx.actor.kind !== 'user' || projectIds.length === 0) return out;
  const scopes = await loadScopes(ctx.db, await loadReference(ctx.db), projectIds);
  for (const [id, scope] of scopes) out.set(id, canOf(ctx, scope));
  return out;
}

const CLOSED = ['resolved', 'dismissed'] as const;

export type Before = Awaited<ReturnType<ReturnType<typeof presentable>['executeTakeFirstOrThrow']>>;

/** What working a warning writes to its row (besides `updatedAt`, one time for the unit). */
export interface Change {
  status: WarningView['status'];
  ownerUserId: number | null;
  resolutionNote: string | null;
  resolvedAt: string | null;
  version: number;
}

/**
 * The rules of working one warning, in the order the caller hears of a refusal: one on a project
 * the caller may not see is 404; one it may see but not work is 403; a stale `If-Match` is 409;
 * resolving or dismissing needs a note (422); giving it to someone else needs `warnings.assign`
 * (403) and an enabled user (422, asked of `ownerExists`). Returns the row's new values.
 */
export async function decide(
  ctx: Ctx,
  id: number,
  before: Before | undefined,
  scope: ProjectScope | undefined,
  input: UpdateWarningInput,
  expectedVersion: number | undefined,
  at: string,
  ownerExists: (id: number) => Promise<boolean>,
): Promise<Change> {
  if (!before || !scope || !canReadProject(ctx, scope)) {
    throw new NotFoundError(problem('warning.notFound', { id }));
  }
  authorize(ctx.actor, 'warnings.write', scope);
  assertVersion(expectedVersion, before.version, `warning ${id}`);

  const status = input.status ?? before.status;
  const note =
    input.resolutionNote === undefined ? before.resolutionNote : input.resolutionNote || null;
  const closing = (CLOSED as readonly string[]).includes(status);
  if (closing && !note) {
    throw InvalidInputError.field('resolutionNote', problem('warning.noteRequired', { status }));
  }
  const ownerUserId = input.ownerUserId === undefined ? before.ownerUserId : input.ownerUserId;
  const self = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  // Taking a warning or letting one's own go is working it; moving it between others is not.
  const assigning =
    ownerUserId !== before.ownerUserId &&
    ((ownerUserId !== null && ownerUserId !== self) ||
      (before.ownerUserId !== null && before.ownerUserId !== self));
  if (assigning) authorize(ctx.actor, 'warnings.assign');
  if (ownerUserId !== null && ownerUserId !== before.ownerUserId) {
    if (!(await ownerExists(ownerUserId))) {
      throw InvalidInputError.field(
        'ownerUserId',
        problem('warning.ownerUnknown', { id: ownerUserId }),
      );
    }
  }
  const wasClosed = (CLOSED as readonly string[]).includes(before.status);
  const resolvedAt = closing
    ? wasClosed && status === before.status
      ? before.resolvedAt
      : at
    : null;
  return { status, ownerUserId, resolutionNote: note, resolvedAt, version: before.version + 1 };
}

/** Whether users exist and are enabled, each asked of the database once per unit of work. */
export function ownerCheck(trx: Executor) {
  const known = new Map<number, Promise<boolean>>();
  return (id: number) => {
    let answer = known.get(id);
    if (!answer) {
      answer = trx
        .selectFrom('users')
        .select(['id', 'disabledAt'])
        .where('id', '=', id)
        .executeTakeFirst()
        .then((owner) => owner !== undefined && owner.disabledAt === null);
      known.set(id, answer);
    }
    return answer;
  };
}

/**
 * Works one warning: its status, owner and resolution note (the rules: {@link decide}).
 * Reopening clears `resolvedAt` and keeps the note.
 */
export async function updateWarning(
  ctx: Ctx,
  id: number,
  input: UpdateWarningInput,
  expectedVersion?: number,
): Promise<WarningView> {
  return write(ctx, async (uow) => {
    const trx = uow.trx;
    const before = await presentable(warningsOfProjects(trx))
      .where('w.id', '=', id)
      .executeTakeFirst();
    if (!before) throw new NotFoundError(problem('warning.notFound', { id }));
    const [[project], ref] = await Promise.all([
      uow.facts(PROJECTS, [before.projectId]),
      referenceIn(trx, uow.memo),
    ]);
    const scope = project ? scopeOf(project, ref) : undefined;
    const at = new Date().toISOString();
    const change = await decide(
      ctx,
      id,
      before,
      scope,
      input,
      expectedVersion,
      at,
      ownerCheck(trx),
    );
    const result = await trx
      .updateTable('warnings')
      .set({ ...change, updatedAt: at })
      .where('id', '=', id)
      .where('version', '=', before.version)
      .executeTakeFirst();
    assertUpdated(result, `warning ${id}`);
    const after = await presentable(warningsOfProjects(trx))
      .where('w.id', '=', id)
      .executeTakeFirstOrThrow();
    uow.record({
      action: 'update',
      entityType: 'warning',
      entityId: String(id),
      before: warningSnapshot(before),
      after: warningSnapshot(after),
    });
    return presentWarning(after, canOf(ctx, scope as ProjectScope));
  });
}
