/** Use cases of the fund ledger: record, list and delete (correct) a project's transactions. */
import { actorLabel } from '../../domain/access.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { PROJECTS } from '../projects/aggregate.js';
import { projectForWrite, readableProject, scopeOf } from '../projects/scope.js';
import { referenceIn } from '../reference/reference.js';
import { write } from '../write.js';
import { presentTransaction, transactionSnapshot } from './presenters.js';
import type { CreateTransactionInput, TransactionListQuery, TransactionView } from './schema.js';

type Ctx = ServiceContext;

/** The transactions of a project the actor may see, oldest first; filters by type, planned, year. */
export async function listTransactions(
  ctx: Ctx,
  code: string,
  q: TransactionListQuery,
): Promise<{ items: TransactionView[]; total: number }> {
  const { project } = await readableProject(ctx, code); // 404 unless visible
  const projectId = project.id;
  let query = ctx.db.selectFrom('fundTransactions').selectAll().where('projectId', '=', projectId);
  if (q.type) query = query.where('type', '=', q.type);
  if (q.planned !== undefined) query = query.where('planned', '=', q.planned ? 1 : 0);
  if (q.year !== undefined) query = query.where('year', '=', q.year);
  const rows = await query.orderBy('date').orderBy('id').execute();
  return { items: rows.map((r) => presentTransaction(r, code)), total: rows.length };
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
      throw new ConflictError(`project ${code} is cancelled: its ledger is closed`, [
        { field: 'project', message: 'the project is cancelled' },
      ]);
    }
    for (const field of ['provider', 'receiver'] as const) {
      const org = input[field];
      if (org != null && !ref.orgs.has(org)) {
        throw InvalidInputError.field(field, `no organisation ${org}`);
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
    return presentTransaction(row, code);
  });
}

/**
 * Deletes a transaction entered in error. The row goes; the change history keeps it (the
 * entry's `before`). Allowed on a cancelled project too: correcting its past is legitimate.
 */
export async function deleteTransaction(ctx: Ctx, code: string, id: number): Promise<void> {
  await write(ctx, async (uow) => {
    const project = await projectForWrite(uow, code);
    const ref = await referenceIn(uow.trx, uow.memo);
    authorize(ctx.actor, 'ledger.write', scopeOf(project, ref));
    const row = await uow.trx
      .deleteFrom('fundTransactions')
      .where('id', '=', id)
      .where('projectId', '=', project.id)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new NotFoundError(`no transaction ${id} on project ${code}`);
    uow.touch(PROJECTS, project.id);
    uow.record({
      action: 'delete',
      entityType: 'fund-transaction',
      entityId: String(id),
      before: transactionSnapshot(row, code),
    });
  });
}
