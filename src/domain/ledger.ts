/**
 * The fund ledger's vocabulary, in the IATI manner: what a transaction records. Planned
 * (forecast) and actual transactions share these types.
 */
export const TRANSACTION_TYPES = ['commitment', 'arrival', 'disbursement', 'expenditure'] as const;
export type TransactionType = (typeof TRANSACTION_TYPES)[number];
