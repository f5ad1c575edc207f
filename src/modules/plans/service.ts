/**
 * Use cases of annual plans (年度计划): a donor's amount for a programme and year with the
 * projects and their planned funds; draft → submitted → approved / returned.
 */
import { actorLabel } from '../../domain/access.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { authorize, can } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import type { UnitOfWork } from '../core/unit-of-work.js';
import { assertUpdated, assertVersion } from '../core/versions.js';
import { PROJECTS } from '../projects/aggregate.js';
import { projectsSeenBy } from '../projects/scope.js';
import { loadReference, type Reference, referenceIn } from '../reference/reference.js';
import { write } from '../write.js';
import { assertWithinTotal, type ResolvedItem, resolveItems } from './items.js';
import { planSnapshot, presentPlan, presentPlanSummary } from './presenters.js';
import { findPlan, itemsOf, itemTotals, type PlanRecord, plansQuery } from './repository.js';
import type { CreatePlanInput, PlanListQuery, PlanView, UpdatePlanInput } from './schema.js';
import { type PlanAction, planTransition } from './workflow.js';

type Ctx = ServiceContext;

/** Checks the programme and donor of a plan exist (422 naming the field otherwise). */
export function assertPlanTarget(
  ref: Reference,
  target: { programme: string; donor: string },
): void {
  if (!ref.programmes.has(target.programme)) {
    throw InvalidInputError.field(
      'programme',
      problem('programme.unknown', { code: target.programme }),
    );
  }
  if (!ref.orgs.has(target.donor)) {
    throw InvalidInputError.field('donor', problem('organisation.unknown', { code: target.donor }));
  }
}

/**
 * The plans the actor may see, newest year first, paged; filters by programme, year and donor.
 * The items are summed, not listed (GET /api/plans/{id} lists them).
 */
/**
 * The plans `pl` the list's filters select: the list's and the plan items export's one query
 * (what the actor may read is then checked per plan, by its donor).
 */
export function filteredPlans(ctx: Ctx, q: Omit<PlanListQuery, 'limit' | 'offset'>) {
  let query = plansQuery(ctx.db);
  if (q.programme) query = query.where('pl.programmeCode', '=', q.programme);
  if (q.year !== undefined) query = query.where('pl.year', '=', q.year);
  if (q.donor) query = query.where('pl.donorCode', '=', q.donor);
  return query;
}

export async function listPlans(ctx: Ctx, q: PlanListQuery) {
  authorize(ctx.actor, 'plans.read');
  const rows = await filteredPlans(ctx, q)
    .orderBy('pl.year', 'desc')
    .orderBy('pl.donorCode')
    .execute();
  const { orgs } = await loadReference(ctx.db);
  const visible = rows.filter((r) =>
    can(ctx.actor, 'plans.read', { orgPath: orgs.pathOf(r.donorCode) }),
  );
  const page = visible.slice(q.offset, q.offset + q.limit);
  const totals = await itemTotals(
    ctx.db,
    page.map((r) => r.id),
  );
  return {
    items: page.map((r) =>
      presentPlanSummary(r, totals.get(r.id) ?? 0, ctx.actor, orgs.pathOf(r.donorCode)),
    ),
    total: visible.length,
  };
}

/** One plan; a plan the actor may not read does not exist for it (404). */
export async function getPlan(ctx: Ctx, id: number): Promise<PlanView> {
  const row = await findPlan(ctx.db, id);
  const orgs = row ? (await loadReference(ctx.db)).orgs : undefined;
  if (!row || !orgs || !can(ctx.actor, 'plans.read', { orgPath: orgs.pathOf(row.donorCode) })) {
    throw new NotFoundError(problem('plan.notFound', { id }));
  }
  return presentPlan(row, await itemsOf(ctx.db, [id]), ctx.actor, orgs.pathOf(row.donorCode));
}

/** Replaces the plan's items; every project in or out is touched (its plan-basis parts). */
async function replaceItems(uow: UnitOfWork, planId: number, items: readonly ResolvedItem[]) {
  const trx = uow.trx;
  const before = await trx
    .selectFrom('planItems')
    .select('projectId')
    .where('planId', '=', planId)
    .execute();
  await trx.deleteFrom('planItems').where('planId', '=', planId).execute();
  if (items.length > 0) {
    await trx
      .insertInto('planItems')
      .values(items.map((i) => ({ planId, projectId: i.projectId, plannedFen: i.plannedFen })))
      .execute();
  }
  uow.touch(PROJECTS, ...before.map((r) => r.projectId), ...items.map((i) => i.projectId));
}

/** Drafts a plan: one per programme, donor and year (409 on a second). */
export async function createPlan(ctx: Ctx, input: CreatePlanInput): Promise<PlanView> {
  return write(ctx, async (uow) => {
    const trx = uow.trx;
    const ref = await referenceIn(trx, uow.memo);
    assertPlanTarget(ref, input);
    authorize(ctx.actor, 'plans.write', { orgPath: ref.orgs.pathOf(input.donor) });
    const existing = await trx
      .selectFrom('plans')
      .select(['id', 'status'])
      .where('programmeCode', '=', input.programme)
      .where('donorCode', '=', input.donor)
      .where('year', '=', input.year)
      .executeTakeFirst();
    if (existing) {
      throw ConflictError.field(
        'year',
        problem('plan.exists', {
          id: existing.id,
          status: existing.status,
          donor: input.donor,
          programme: input.programme,
          year: input.year,
        }),
      );
    }
    const seen = projectsSeenBy(trx, ctx, ref);
    const items = await resolveItems(trx, ref.orgs, input, input.items, seen);
    assertWithinTotal(input.totalFen, items);
    const at = new Date().toISOString();
    const { id } = await trx
      .insertInto('plans')
      .values({
        programmeCode: input.programme,
        donorCode: input.donor,
        year: input.year,
        status: 'draft',
        totalFen: input.totalFen,
        createdAt: at,
        updatedAt: at,
        version: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await replaceItems(uow, id, items);
    const { row, items: stored } = await reload(uow, id);
    uow.record({
      action: 'create',
      entityType: 'plan',
      entityId: String(id),
      after: planSnapshot(row, stored),
    });
    return presentPlan(row, stored, ctx.actor, ref.orgs.pathOf(row.donorCode));
  });
}

async function reload(uow: UnitOfWork, id: number) {
  const row = await findPlan(uow.trx, id);
  if (!row) throw new Error(`plan ${id} vanished`);
  return { row, items: await itemsOf(uow.trx, [id]) };
}

/**
 * Loads a plan for a write: 403 if the actor may not do this to any plan, 404 if it may not
 * read this one (as for one that does not exist), 403 if it may read but not write it, 409 on a stale version or when the workflow does not allow the action now.
 */
async function planForWrite(
  uow: UnitOfWork,
  id: number,
  action: PlanAction,
  expectedVersion: number | undefined,
) {
  const { ctx, trx } = uow;
  const row = await findPlan(trx, id);
  const { orgs } = await referenceIn(trx, uow.memo);
  const orgPath = row ? orgs.pathOf(row.donorCode) : [];
  const needed = action === 'approve' || action === 'return' ? 'plans.decide' : 'plans.write';
  if (!row || !can(ctx.actor, 'plans.read', { orgPath })) {
    // Whoever may never do this to any plan is refused outright (403, whether or not the plan
    // exists); whoever may do it to some plans learns nothing of one it may not read: 404, the
    // answer for a plan that does not exist (as for projects, issue 12 defect 5).
    authorize(ctx.actor, needed);
    throw new NotFoundError(problem('plan.notFound', { id }));
  }
  authorize(ctx.actor, needed, needed === 'plans.write' ? { orgPath } : undefined);
  assertVersion(expectedVersion, row.version, `plan ${id}`);
  const move = planTransition(row.status, action);
  if (!move.ok) {
    throw ConflictError.field('status', move.reason);
  }
  return { row, orgs, to: move.to, items: await itemsOf(trx, [id]) };
}

async function saveChange(
  uow: UnitOfWork,
  before: { row: PlanRecord; items: Awaited<ReturnType<typeof itemsOf>> },
  action: string,
  set: Partial<
    Pick<
      PlanRecord,
      'status' | 'totalFen' | 'submittedAt' | 'decidedAt' | 'decidedBy' | 'returnReason'
    >
  >,
): Promise<PlanView> {
  const result = await uow.trx
    .updateTable('plans')
    .set({ ...set, version: before.row.version + 1, updatedAt: new Date().toISOString() })
    .where('id', '=', before.row.id)
    .where('version', '=', before.row.version)
    .executeTakeFirst();
  assertUpdated(result, `plan ${before.row.id}`);
  const after = await reload(uow, before.row.id);
  uow.record({
    action,
    entityType: 'plan',
    entityId: String(before.row.id),
    before: planSnapshot(before.row, before.items),
    after: planSnapshot(after.row, after.items),
  });
  const { orgs } = await referenceIn(uow.trx, uow.memo);
  return presentPlan(after.row, after.items, uow.ctx.actor, orgs.pathOf(after.row.donorCode));
}

/** Replaces a draft or returned plan's total and items (If-Match: 409 when stale). */
export async function updatePlan(
  ctx: Ctx,
  id: number,
  input: UpdatePlanInput,
  expectedVersion?: number,
): Promise<PlanView> {
  return write(ctx, async (uow) => {
    const before = await planForWrite(uow, id, 'edit', expectedVersion);
    const target = { programme: before.row.programmeCode, donor: before.row.donorCode };
    const seen = projectsSeenBy(uow.trx, ctx, await referenceIn(uow.trx, uow.memo));
    const items = await resolveItems(uow.trx, before.orgs, target, input.items, seen);
    assertWithinTotal(input.totalFen, items);
    await replaceItems(uow, id, items);
    return saveChange(uow, before, 'update', { totalFen: input.totalFen });
  });
}

/** Submits a draft or returned plan for approval (its donor's editor or a coordinator). */
export async function submitPlan(ctx: Ctx, id: number, expectedVersion?: number) {
  return write(ctx, async (uow) => {
    const before = await planForWrite(uow, id, 'submit', expectedVersion);
    return saveChange(uow, before, 'submit', {
      status: before.to,
      submittedAt: new Date().toISOString(),
    });
  });
}

/** Approves a submitted plan (coordinators only). */
export async function approvePlan(ctx: Ctx, id: number, expectedVersion?: number) {
  return write(ctx, async (uow) => {
    const before = await planForWrite(uow, id, 'approve', expectedVersion);
    return saveChange(uow, before, 'approve', {
      status: before.to,
      decidedAt: new Date().toISOString(),
      decidedBy: actorLabel(ctx.actor),
      returnReason: null,
    });
  });
}

/** Returns a submitted plan to its donor with a reason (coordinators only). */
export async function returnPlan(ctx: Ctx, id: number, reason: string, expectedVersion?: number) {
  return write(ctx, async (uow) => {
    const before = await planForWrite(uow, id, 'return', expectedVersion);
    return saveChange(uow, before, 'return', {
      status: before.to,
      decidedAt: new Date().toISOString(),
      decidedBy: actorLabel(ctx.actor),
      returnReason: reason,
    });
  });
}
