/** The early-warning work queue: list (as visible as the projects) and work one warning. */
import type { Executor } from '../../db/database.js';
import { DomainError, InvalidInputError, NotFoundError } from '../../domain/errors.js';
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
import {
  type BulkWarningInput,
  type UpdateWarningInput,
  WARNING_BULK_MAX,
  type WarningListQuery,
  type WarningView,
} from './schema.js';

type Ctx = ServiceContext;

/** Warnings joined with their project (what the filters and the count need). */
function warningsOfProjects(db: Executor) {
  return db.selectFrom('warnings as w').innerJoin('projects as p', 'p.id', 'w.projectId');
}

type Filtered = ReturnType<typeof warningsOfProjects>;

/** The filtered warnings with their owner, as the presenter needs them. */
function presentable(query: Filtered) {
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

function canOf(ctx: Ctx, scope: ProjectScope): WarningCan {
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

/**
 * Works one warning: its status, owner and resolution note. A warning on a project the caller
 * may not see is 404; one it may see but not work is 403; a stale `If-Match` is 409. Resolving
 * or dismissing needs a resolution note; reopening clears `resolvedAt` and keeps the note.
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
    if (!project) throw new NotFoundError(problem('warning.notFound', { id }));
    const scope = scopeOf(project, ref);
    if (!canReadProject(ctx, scope)) {
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
      const owner = await trx
        .selectFrom('users')
        .select(['id', 'disabledAt'])
        .where('id', '=', ownerUserId)
        .executeTakeFirst();
      if (!owner || owner.disabledAt !== null) {
        throw InvalidInputError.field(
          'ownerUserId',
          problem('warning.ownerUnknown', { id: ownerUserId }),
        );
      }
    }
    const at = new Date().toISOString();
    const wasClosed = (CLOSED as readonly string[]).includes(before.status);
    const resolvedAt = closing
      ? wasClosed && status === before.status
        ? before.resolvedAt
        : at
      : null;
    const result = await trx
      .updateTable('warnings')
      .set({
        status,
        ownerUserId,
        resolutionNote: note,
        resolvedAt,
        updatedAt: at,
        version: before.version + 1,
      })
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
    return presentWarning(after, canOf(ctx, scope));
  });
}

/** What one bulk action changes on each warning: exactly the single action's change. */
function bulkChange(ctx: Ctx, input: BulkWarningInput): UpdateWarningInput {
  switch (input.action) {
    case 'take':
      return { ownerUserId: ctx.actor.kind === 'user' ? ctx.actor.userId : null };
    case 'acknowledge':
      return { status: 'acknowledged' };
    case 'resolve':
      return { status: 'resolved', resolutionNote: input.resolutionNote ?? null };
    case 'dismiss':
      return { status: 'dismissed', resolutionNote: input.resolutionNote ?? null };
  }
}

/**
 * Works many warnings at once, all or nothing, in one unit of work: each item goes through
 * {@link updateWarning} (the same policy, version check and rules). On the first refusal nothing
 * changes; the error is that item's (its status and problem), with a field error
 * `items.<index>` (`warning.bulkItemRefused`, index from 1, and the warning's id) and the item's
 * own field errors under `items.<index>.`.
 */
export async function bulkUpdateWarnings(ctx: Ctx, input: BulkWarningInput) {
  if (input.items.length > WARNING_BULK_MAX) {
    throw InvalidInputError.field(
      'items',
      problem('warning.bulkTooMany', { count: input.items.length, max: WARNING_BULK_MAX }),
    );
  }
  const change = bulkChange(ctx, input);
  return write(ctx, async (uow) => {
    const inner: Ctx = { ...ctx, db: uow.trx };
    // The items' projects in one load, kept by the unit of work for each item's policy check
    // (200 items: one statement per table instead of one set per item).
    const owners = await uow.trx
      .selectFrom('warnings')
      .select('projectId')
      .where(
        'id',
        'in',
        input.items.map((i) => i.id),
      )
      .execute();
    await uow.facts(PROJECTS, [...new Set(owners.map((o) => Number(o.projectId)))]);
    const items: WarningView[] = [];
    for (const [index, item] of input.items.entries()) {
      try {
        items.push(await updateWarning(inner, item.id, change, item.version));
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        throw refusedItem(e, index, item.id);
      }
    }
    return { items };
  });
}

/** The same error, saying which item it is about. */
function refusedItem(e: DomainError, index: number, id: number): DomainError {
  const field = `items.${index}`;
  const Kind = e.constructor as new (
    ref: DomainError['problem'],
    errors: { field: string; problem: DomainError['problem'] }[],
  ) => DomainError;
  return new Kind(e.problem, [
    { field, problem: problem('warning.bulkItemRefused', { index: index + 1, id }) },
    ...e.errors.map((f) => ({
      field: `${field}.${f.field}`,
      problem: { code: f.code, params: f.params },
    })),
  ]);
}
