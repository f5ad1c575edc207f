/**
 * Working many warnings at once (`POST /api/warnings/bulk`): the single action's rules
 * ({@link decide}) for every item, all or nothing, in a handful of statements whatever the
 * number of items.
 */
import { sql } from 'kysely';
import { type Executor, engineOf } from '../../db/database.js';
import { ConflictError, DomainError, InvalidInputError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import type { ServiceContext } from '../core/context.js';
import type { UnitOfWork } from '../core/unit-of-work.js';
import { loadScopes } from '../projects/scope.js';
import { referenceIn } from '../reference/reference.js';
import { write } from '../write.js';
import { presentWarning, warningSnapshot } from './presenters.js';
import {
  type BulkWarningInput,
  type UpdateWarningInput,
  WARNING_BULK_MAX,
  type WarningView,
} from './schema.js';
import {
  type Before,
  type Change,
  canOf,
  decide,
  ownerCheck,
  presentable,
  targetOf,
  updateWarning,
  type WarningTarget,
  warningsOfProjects,
} from './service.js';

type Ctx = ServiceContext;

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
 * Works many warnings at once, all or nothing, in one unit of work: each item is judged by the
 * single action's rules ({@link decide}: the same policy, version check and rules, items in
 * order) and gets the same history entry. On the first refusal nothing changes; the error is that item's (its status and problem), with a field error
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
    const ids = input.items.map((i) => i.id);
    if (new Set(ids).size !== ids.length) return { items: await oneByOne(ctx, uow, input, change) };
    const trx = uow.trx;
    // Every item's warning in one read, their projects' scopes in three, the new rows in one
    // statement, the answer in one read, the history in one insert: a handful of statements
    // for 200 items instead of about five per item.
    const [befores, ref] = await Promise.all([
      presentable(warningsOfProjects(trx)).where('w.id', 'in', ids).execute(),
      referenceIn(trx, uow.memo),
    ]);
    const byId = new Map(befores.map((b) => [Number(b.id), b as Before]));
    // Projects' scopes in one load; a posting's or a case's from its donor and area.
    const scopes = await loadScopes(
      trx,
      ref,
      befores.flatMap((b) => (b.projectId === null ? [] : [Number(b.projectId)])),
    );
    const targets = new Map(
      [...byId].map(([id, b]) => [
        id,
        targetOf(ctx, ref, b, b.projectId === null ? undefined : scopes.get(Number(b.projectId))),
      ]),
    );
    const at = new Date().toISOString();
    const owners = ownerCheck(trx);
    const changes: Change[] = [];
    for (const [index, item] of input.items.entries()) {
      const before = byId.get(item.id);
      const target = targets.get(item.id);
      try {
        changes.push(await decide(ctx, item.id, before, target, change, item.version, at, owners));
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        throw refusedItem(e, index, item.id);
      }
    }
    const updated = await updateMany(
      trx,
      input.items.map((item, n) => ({
        id: item.id,
        was: (byId.get(item.id) as Before).version,
        ...(changes[n] as Change),
      })),
      at,
    );
    const missed = input.items.findIndex((item) => !updated.has(item.id));
    if (missed >= 0) {
      const id = (input.items[missed] as { id: number }).id;
      const e = ConflictError.field(
        'version',
        problem('version.concurrent', { what: `warning ${id}` }),
      );
      throw refusedItem(e, missed, id);
    }
    const afters = new Map(
      (await presentable(warningsOfProjects(trx)).where('w.id', 'in', ids).execute()).map((a) => [
        Number(a.id),
        a as Before,
      ]),
    );
    const items = input.items.map((item) => {
      const before = byId.get(item.id) as Before;
      const after = afters.get(item.id) as Before;
      uow.record({
        action: 'update',
        entityType: 'warning',
        entityId: String(item.id),
        before: warningSnapshot(before),
        after: warningSnapshot(after),
      });
      return presentWarning(after, canOf(ctx, (targets.get(item.id) as WarningTarget).scope), ref);
    });
    return { items };
  });
}

/**
 * A bulk action naming a warning more than once: each item through the single action, in
 * order, so a later item sees what an earlier one wrote (as if sent one by one).
 */
async function oneByOne(
  ctx: Ctx,
  uow: UnitOfWork,
  input: BulkWarningInput,
  change: UpdateWarningInput,
): Promise<WarningView[]> {
  const inner: Ctx = { ...ctx, db: uow.trx };
  const items: WarningView[] = [];
  for (const [index, item] of input.items.entries()) {
    try {
      items.push(await updateWarning(inner, item.id, change, item.version));
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      throw refusedItem(e, index, item.id);
    }
  }
  return items;
}

/**
 * Writes each warning's new values where it still holds the version read, in one statement;
 * the ids it wrote. (A joined list of values: PostgreSQL's `unnest` of one array per column,
 * SQLite's `values`.)
 */
async function updateMany(
  trx: Executor,
  rows: ReadonlyArray<Change & { id: number; was: number }>,
  at: string,
): Promise<Set<number>> {
  const set = sql`status = v.status, owner_user_id = v.owner_user_id,
    resolution_note = v.resolution_note, resolved_at = v.resolved_at, version = v.version,
    updated_at = ${at}`;
  const statement =
    engineOf(trx) === 'postgres'
      ? sql<{ id: number | string }>`update warnings w set ${set}
          from unnest(${rows.map((r) => r.id)}::bigint[], ${rows.map((r) => r.was)}::integer[],
            ${rows.map((r) => r.status)}::text[], ${rows.map((r) => r.ownerUserId)}::bigint[],
            ${rows.map((r) => r.resolutionNote)}::text[],
            ${rows.map((r) => r.resolvedAt)}::timestamptz[], ${rows.map((r) => r.version)}::integer[])
            as v(id, was, status, owner_user_id, resolution_note, resolved_at, version)
          where w.id = v.id and w.version = v.was
          returning w.id`
      : sql<{ id: number | string }>`with v(id, was, status, owner_user_id, resolution_note,
            resolved_at, version) as (values ${sql.join(
              rows.map(
                (r) =>
                  sql`(${r.id}, ${r.was}, ${r.status}, ${r.ownerUserId}, ${r.resolutionNote}, ${r.resolvedAt}, ${r.version})`,
              ),
            )})
          update warnings set ${set}
          from v where warnings.id = v.id and warnings.version = v.was
          returning warnings.id`;
  const { rows: written } = await statement.execute(trx);
  return new Set(written.map((r) => Number(r.id)));
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
