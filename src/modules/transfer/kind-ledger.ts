/**
 * Ledger transactions as a kind (decision 0050): recorded through `createTransaction`; the ledger
 * has no codes, so a row identical to a recorded entry is what exists already; exported joined
 * through their project's visibility.
 */
import type { ServiceContext } from '../core/context.js';
import { createTransaction } from '../ledger/service.js';
import { visibleProjects } from '../projects/repository.js';
import { loadReference } from '../reference/reference.js';
import type { ExportRecord, KindHandler } from './kind-handler.js';
import { ledgerSkip } from './rows.js';

const PAGE = 10_000;

export const ledgerHandler: KindHandler = {
  identity: 'body',
  async checker(ctx, _rows, options) {
    return (row) => ledgerSkip(ctx, row, options.programme);
  },
  async apply(ctx, row) {
    const { project, ...tx } = row.body as { project: string } & Record<string, unknown>;
    await createTransaction(ctx, project, tx as never);
  },
  records: ledgerRecords,
};

async function* ledgerRecords(ctx: ServiceContext): AsyncGenerator<ExportRecord> {
  const ref = await loadReference(ctx.db);
  const visible = visibleProjects(ctx.actor, ref);
  let after = 0;
  for (;;) {
    let q = ctx.db
      .selectFrom('fundTransactions as t')
      .innerJoin('projects as p', 'p.id', 't.projectId')
      .select([
        't.id',
        'p.code',
        't.type',
        't.planned',
        't.valueFen',
        't.date',
        't.providerOrgCode',
        't.receiverOrgCode',
        't.note',
      ])
      .where('t.id', '>', after)
      .orderBy('t.id')
      .limit(PAGE);
    if (visible) q = q.where(visible);
    const rows = await q.execute();
    if (rows.length === 0) return;
    for (const t of rows) {
      yield {
        project: t.code,
        type: t.type,
        planned: Number(t.planned) === 1 ? 'planned' : 'actual',
        valueFen: Number(t.valueFen),
        date: t.date,
        provider: t.providerOrgCode,
        receiver: t.receiverOrgCode,
        note: t.note,
      };
    }
    after = Number(rows[rows.length - 1]?.id ?? after);
  }
}
