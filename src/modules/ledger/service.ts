/**
 * Use cases of the fund ledger: record, list and reverse a project's transactions. The ledger is
 * append-only (decision 0018): an entry made in error is cancelled by a reversal entry of the
 * opposite amount, and both stay.
 */
import { sql } from 'kysely';
import { exactSum } from '../../db/database.js';
import { actorLabel } from '../../domain/access.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { MAX_AMOUNT_FEN } from '../../domain/money.js';
import { problem } from '../../domain/problems.js';
import { authorize, can } from '../access/authorize.js';
import { actorNames } from '../core/actor-names.js';
import type { ServiceContext } from '../core/context.js';
import { PROJECTS } from '../projects/aggregate.js';
import { projectForWrite, readableProject, scopeOf } from '../projects/scope.js';
import { referenceIn } from '../reference/reference.js';
import { write } from '../write.js';
import { presentTransaction, transactionSnapshot } from './presenters.js';
import type {
  CreateTransactionInput,
  ReversalInput,
  TransactionListQuery,
  TransactionView,
} from './schema.js';

type Ctx = ServiceContext;

/** The transactions of a project the actor may see, oldest first; filters by type, planned, year. */
export async function listTransactions(
  ctx: Ctx,
  code: string,
  q: TransactionListQuery,
): Promise<{ items: TransactionView[]; total: number }> {
  const { project, scope } = await readableProject(ctx, code); // 404 unless visible
  let query = ctx.db
    .selectFrom('fundTransactions as t')
    .leftJoin('fundTransactions as r', 'r.reversesId', 't.id')
    .selectAll('t')
    .select('r.id as reversedBy')
    .where('t.projectId', '=', project.id);
  if (q.type) query = query.where('t.type', '=', q.type);
  if (q.planned !== undefined) query = query.where('t.planned', '=', q.planned ? 1 : 0);
  if (q.year !== undefined) query = query.where('t.year', '=', q.year);
  const rows = await query.orderBy('t.date').orderBy('t.id').execute();
  const nameOf = await actorNames(
    ctx.db,
    rows.map((r) => r.createdBy),
  );
  const mayWrite = can(ctx.actor, 'ledger.write', scope);
  return {
    items: rows.map(({ reversedBy, ...r }) =>
      presentTransaction(r, code, {
        createdByName: nameOf(r.createdBy),
        reversedBy: reversedBy === null ? null : Number(reversedBy),
        mayWrite,
      }),
    ),
    total: rows.length,
  };
}

/**
 * Records a transaction on a project. Inconsistent but possible data (a disbursement with no
 * commitment, more disbursed than committed) is accepted: data-quality rules flag it later.
 * Refuses a cancelled project (409) and unknown provider / receiver organisations (422).
 */
export async function createTransaction(
  ctx: Ctx,
  code: string,
  input: CreateTransactionInput,
): Promise<TransactionView> {
  return write(ctx, async (uow) => {
    const project = await projectForWrite(uow, code);
    const ref = await referenceIn(uow.trx, uow.memo);
    authorize(ctx.actor, 'ledger.write', scopeOf(project, ref));
    if (project.row.stage === 'cancelled') {
      throw ConflictError.field('project', problem('ledger.projectCancelled', { code }));
    }
    // A project's transactions of a type and kind stay within one amount's bound, so that every
    // figure of one project is a safe integer (decision 0031); sums over projects are exact.
    const held = await uow.trx
      .selectFrom('fundTransactions')
      .select(exactSum(sql`value_fen`).as('fen'))
      .where('projectId', '=', project.id)
      .where('type', '=', input.type)
      .where('planned', '=', input.planned ? 1 : 0)
      .executeTakeFirstOrThrow();
    if (BigInt(held.fen) + BigInt(input.valueFen) > BigInt(MAX_AMOUNT_FEN)) {
      throw InvalidInputError.field(
        'valueFen',
        problem('ledger.projectTotalTooLarge', { code, type: input.type }),
      );
    }
    for (const field of ['provider', 'receiver'] as const) {
      const org = input[field];
      if (org != null && !ref.orgs.has(org)) {
        throw InvalidInputError.field(field, problem('organisation.unknown', { code: org }));
      }
    }
    const row = await uow.trx
      .insertInto('fundTransactions')
      .values({
        projectId: project.id,
        type: input.type,
        planned: input.planned ? 1 : 0,
        valueFen: input.valueFen,
        date: input.date,
        year: Number(input.date.slice(0, 4)),
        providerOrgCode: input.provider ?? null,
        receiverOrgCode: input.receiver ?? null,
        note: input.note ?? null,
        createdAt: new Date().toISOString(),
        createdBy: actorLabel(ctx.actor),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    uow.touch(PROJECTS, project.id);
    uow.record({
      action: 'create',
      entityType: 'fund-transaction',
      entityId: String(row.id),
      after: transactionSnapshot(row, code),
    });
    const nameOf = await actorNames(uow.trx, [row.createdBy]);
    return presentTransaction(row, code, {
      createdByName: nameOf(row.createdBy),
      reversedBy: null,
      mayWrite: true,
    });
  });
}

/**
 * Reverses an entry: records the opposite entry (same type, planned or actual, provider and
 * receiver; the opposite amount) on the given date, with the reason as its note, so that every
 * sum, rule and rate counts neither. The entry stays. Refuses an entry already reversed and a
 * reversal itself (409), a date outside the entry's year or before the entry (422). Allowed on
 * a cancelled project too: correcting its past is legitimate.
 */
export async function reverseTransaction(
  ctx: Ctx,
  code: string,
  id: number,
  input: ReversalInput,
): Promise<TransactionView> {
  return write(ctx, async (uow) => {
    const project = await projectForWrite(uow, code);
    const ref = await referenceIn(uow.trx, uow.memo);
    authorize(ctx.actor, 'ledger.write', scopeOf(project, ref));
    const entry = await uow.trx
      .selectFrom('fundTransactions')
      .selectAll()
      .where('id', '=', id)
      .where('projectId', '=', project.id)
      .executeTakeFirst();
    if (!entry) {
      throw new NotFoundError(problem('ledger.transactionNotFound', { id, project: code }));
    }
    if (entry.reversesId !== null) {
      throw ConflictError.field('id', problem('ledger.reversal.ofReversal', { id }));
    }
    const existing = await uow.trx
      .selectFrom('fundTransactions')
      .select('id')
      .where('reversesId', '=', id)
      .executeTakeFirst();
    if (existing) {
      throw ConflictError.field(
        'id',
        problem('ledger.reversal.twice', { id, reversal: existing.id }),
      );
    }
    if (Number(input.date.slice(0, 4)) !== entry.year || input.date < entry.date) {
      throw InvalidInputError.field(
        'date',
        problem('ledger.reversal.date', { year: entry.year, date: entry.date }),
      );
    }
    const row = await uow.trx
      .insertInto('fundTransactions')
      .values({
        projectId: project.id,
        type: entry.type,
        planned: entry.planned,
        valueFen: -entry.valueFen,
        date: input.date,
        year: entry.year,
        providerOrgCode: entry.providerOrgCode,
        receiverOrgCode: entry.receiverOrgCode,
        note: input.reason,
        createdAt: new Date().toISOString(),
        createdBy: actorLabel(ctx.actor),
        reversesId: entry.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    uow.touch(PROJECTS, project.id);
    uow.record({
      action: 'reverse',
      entityType: 'fund-transaction',
      entityId: String(row.id),
      after: transactionSnapshot(row, code),
    });
    const nameOf = await actorNames(uow.trx, [row.createdBy]);
    return presentTransaction(row, code, {
      createdByName: nameOf(row.createdBy),
      reversedBy: null,
      mayWrite: true,
    });
  });
}
