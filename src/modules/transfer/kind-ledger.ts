/**
 * Ledger transactions as a kind (decision 0050): recorded through `createTransaction`; the ledger
 * has no codes, so a row identical to a recorded entry is what exists already; exported joined
 * through their project's visibility.
 */
import type { ServiceContext } from '../core/context.js';
import { createTransaction } from '../ledger/service.js';
import { filteredProjects, type ProjectFilters } from '../projects/registry.js';
import { visibleProjects } from '../projects/repository.js';
import { loadReference } from '../reference/reference.js';
import {
  type ExportFilters,
  type ExportRecord,
  type KindHandler,
  pagedRecords,
} from './kind-handler.js';
import { registryFilters } from './kind-projects.js';
import { ledgerSkip } from './rows.js';

export const ledgerHandler: KindHandler = {
  identity: 'body',
  async checker(ctx, _rows, options) {
    return (row) => ledgerSkip(ctx, row, options.programme);
  },
  async apply(ctx, row) {
    const { project, ...tx } = row.body as { project: string } & Record<string, unknown>;
    await createTransaction(ctx, project, tx as never);
  },
  filters: registryFilters,
  records: ledgerRecords,
};

/**
 * The entries of the projects the caller may see; with the registry's filters, of the projects
 * they select (the registry's own query, as a set of ids).
 */
async function* ledgerRecords(
  ctx: ServiceContext,
  filters: ExportFilters,
): AsyncGenerator<ExportRecord> {
  const ref = await loadReference(ctx.db);
  const filtered = Object.values(filters).some((v) => v !== undefined);
  const selected = filtered
    ? filteredProjects(ctx, ref, filters as ProjectFilters, { withArea: true }).select('p.id')
    : null;
  const visible = selected ? null : visibleProjects(ctx.actor, ref);
  const page = (after: number, size: number) => {
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
      .limit(size);
    if (visible) q = q.where(visible);
    if (selected) q = q.where('t.projectId', 'in', selected);
    return q.execute();
  };
  yield* pagedRecords(
    page,
    (r) => r.id,
    async function* (rows) {
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
    },
    10_000, // the ledger's rows are narrow: larger pages, fewer queries (the 1M-row bench)
  );
}
