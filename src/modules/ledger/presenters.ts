import type { FundTransactionsTable } from '../../db/schema.js';
import type { TransactionView } from './schema.js';

type TransactionRow = Omit<FundTransactionsTable, 'id' | 'reversesId'> & {
  id: number;
  reversesId: number | null;
};

/** What a transaction's view needs beside its row: names, its reversal, what the caller may do. */
export interface TransactionExtras {
  createdByName: string | null;
  reversedBy: number | null;
  /** The caller may write this project's ledger. */
  mayWrite: boolean;
}

export function presentTransaction(
  row: TransactionRow,
  projectCode: string,
  extras: TransactionExtras,
): TransactionView {
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
    createdByName: extras.createdByName,
    reverses: row.reversesId,
    reversedBy: extras.reversedBy,
    can: {
      // A reversal is final, and an entry is reversed once.
      reverse: extras.mayWrite && row.reversesId === null && extras.reversedBy === null,
    },
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
    ...(row.reversesId === null ? {} : { reversesId: row.reversesId }),
  };
}
