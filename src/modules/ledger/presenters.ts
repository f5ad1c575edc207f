import type { FundTransactionsTable } from '../../db/schema.js';
import type { TransactionView } from './schema.js';

type TransactionRow = Omit<FundTransactionsTable, 'id'> & { id: number };

export function presentTransaction(row: TransactionRow, projectCode: string): TransactionView {
  return {
    id: row.id,
    project: projectCode,
    type: row.type,
    planned: row.planned === 1,
    valueFen: row.valueFen,
    date: row.date,
    year: row.year,
    provider: row.providerOrgCode,
    receiver: row.receiverOrgCode,
    note: row.note,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
  };
}

/** What the change history keeps of a transaction. */
export function transactionSnapshot(row: TransactionRow, projectCode: string) {
  return {
    id: row.id,
    projectId: row.projectId,
    projectCode,
    type: row.type,
    planned: row.planned,
    valueFen: row.valueFen,
    date: row.date,
    year: row.year,
    providerOrgCode: row.providerOrgCode,
    receiverOrgCode: row.receiverOrgCode,
    note: row.note,
  };
}
