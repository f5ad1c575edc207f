/** IATI import: activities, transactions as read, currency rates (migration 0034, decision 0052). */
import type { Generated } from 'kysely';

type Timestamp = string;

export interface IatiActivitiesTable {
  iatiIdentifier: string;
  projectId: number;
  importedAt: Timestamp;
}

export interface IatiTransactionsTable {
  id: Generated<number>;
  projectId: number;
  /** The code as written in the file: `3`, `D`, `IF`… */
  typeCode: string;
  /** The ledger type it was entered as, or null when it was not entered. */
  ledgerType: string | null;
  currency: string;
  /** The value as written (a decimal in its currency). */
  value: string;
  valueDate: string | null;
  date: string | null;
  providerRef: string | null;
  receiverRef: string | null;
  fundTransactionId: number | null;
  /** Why it is not in the ledger (`type`, `rate`, `value`, `date`), or null. */
  skippedReason: string | null;
}

export interface CurrencyRatesTable {
  currency: string;
  validFrom: string;
  /** Yuan per unit of the currency, in millionths (7.1234 CNY per USD: 7123400). */
  microYuanPerUnit: number | string;
  updatedAt: Timestamp;
  updatedBy: string;
}
