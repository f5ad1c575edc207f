/** Use cases of the fund ledger: record, list and delete (correct) a project's transactions. */
import { actorLabel } from '../../domain/access.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.js';
import type { ServiceContext } from '../../http/types.js';
import { authorize, can } from '../access/authorize.js';
import { refreshComplianceParts } from '../compliance/parts.js';
import { recordHistory } from '../history/service.js';
import { loadOrgTree } from '../organisations/tree.js';
import { inTransaction } from '../tx.js';
import { presentTransaction, transactionSnapshot } from './presenters.js';
import { type LedgerProject, loadLedgerProject } from './project-scope.js';
import type { CreateTransactionInput, TransactionListQuery, TransactionView } from './schema.js';

type Ctx = ServiceContext;

/**
 * The project, if the actor may see it (a published project: anyone, signed in or not); a
 * project it may not see does not exist for it (404).
 */
async function visibleProject(ctx: Ctx, code: string): Promise<LedgerProject> {
  const project = await loadLedgerProject(ctx.db, code);
  if (!project.scope.published && !can(ctx.actor, 'ledger.read', project.scope)) {
    throw new NotFoundError(`no project ${code}`);
  }
  return project;
}

/** The transactions of a project the actor may see, oldest first; filters by type, planned, year. */
export async function listTransactions(
  ctx: Ctx,
  code: string,
  q: TransactionListQuery,
): Promise<{ items: TransactionView[]; total: number }> {
  const { row: project } = await visibleProject(ctx, code);
  let query = ctx.db.selectFrom('fundTransactions').selectAll().where('projectId', '=', project.id);
  if (q.type) query = query.where('type', '=', q.type);
  if (q.planned !== undefined) query = query.where('planned', '=', q.planned ? 1 : 0);
  if (q.year !== undefined) query = query.where('year', '=', q.year);
  const rows = await query.orderBy('date').orderBy('id').execute();
  return { items: rows.map((r) => presentTransaction(r, code)), total: rows.length };
}

/** Actual disbursements are the rules' actual basis: recording or deleting one moves the parts. */
function movesCompliance(row: { type: string; planned: number }): boolean {
  return row.type === 'disbursement' && row.planned === 0;
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
  return inTransaction(ctx.db, async (trx) => {
    const { row: project, scope } = await loadLedgerProject(trx, code);
    authorize(ctx.actor, 'ledger.write', scope);
    if (project.stage === 'cancelled') {
      throw new ConflictError(`project ${code} is cancelled: its ledger is closed`, [
        { field: 'project', message: 'the project is cancelled' },
      ]);
    }
    const orgs = await loadOrgTree(trx);
    for (const field of ['provider', 'receiver'] as const) {
      const org = input[field];
      if (org != null && !orgs.has(org)) {
        throw InvalidInputError.field(field, `no organisation ${org}`);
      }
    }
    const row = await trx
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
    if (movesCompliance(row)) await refreshComplianceParts(trx, [project.id]);
    await recordHistory(trx, {
      actor: ctx.actor,
      action: 'create',
      entityType: 'fund-transaction',
      entityId: String(row.id),
      after: transactionSnapshot(row, code),
      requestId: ctx.requestId ?? null,
    });
    return presentTransaction(row, code);
  });
}

/**
 * Deletes a transaction entered in error. The row goes; the change history keeps it (the
 * entry's `before`). Allowed on a cancelled project too: correcting its past is legitimate.
 */
export async function deleteTransaction(ctx: Ctx, code: string, id: number): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    const { row: project, scope } = await loadLedgerProject(trx, code);
    authorize(ctx.actor, 'ledger.write', scope);
    const row = await trx
      .selectFrom('fundTransactions')
      .selectAll()
      .where('id', '=', id)
      .where('projectId', '=', project.id)
      .executeTakeFirst();
    if (!row) throw new NotFoundError(`no transaction ${id} on project ${code}`);
    await trx.deleteFrom('fundTransactions').where('id', '=', id).execute();
    if (movesCompliance(row)) await refreshComplianceParts(trx, [project.id]);
    await recordHistory(trx, {
      actor: ctx.actor,
      action: 'delete',
      entityType: 'fund-transaction',
      entityId: String(id),
      before: transactionSnapshot(row, code),
      requestId: ctx.requestId ?? null,
    });
  });
}
