/**
 * IATI's codes as Shanhai reads and writes them: transaction types (2.x numbers and 1.x letters)
 * against the ledger's four types, activity status against the project stages, and the tags
 * (vocabulary 99, {@link SHANHAI_VOCABULARY}) that carry what IATI has no element for.
 */
import type { Stage } from '../../../domain/stages.js';

/** Transaction types the ledger has, by IATI code (2.x) and 1.x letter code. */
export const LEDGER_TYPE_OF: Readonly<
  Record<string, 'commitment' | 'arrival' | 'disbursement' | 'expenditure'>
> = {
  '1': 'arrival',
  IF: 'arrival',
  '2': 'commitment',
  C: 'commitment',
  '3': 'disbursement',
  D: 'disbursement',
  '4': 'expenditure',
  E: 'expenditure',
};

/** The IATI 2.03 code a ledger type is exported as. */
export const IATI_TYPE_OF = {
  arrival: '1',
  commitment: '2',
  disbursement: '3',
  expenditure: '4',
} as const;

/** 1.x letters of types the ledger lacks, with their 2.x numbers (kept as written). */
export const V1_TYPES: Readonly<Record<string, string>> = {
  IR: '5',
  LR: '6',
  R: '7',
  QP: '8',
  QS: '9',
  CG: '10',
};

/** The vocabulary URI of Shanhai's tags and recipient regions (vocabulary 99). */
export const SHANHAI_VOCABULARY = 'https://shanhai.example.org/iati/vocabulary';
/** The vocabulary URI of GB/T 2260 area codes in recipient-region (vocabulary 99). */
export const GBT2260_VOCABULARY = 'https://shanhai.example.org/iati/gbt2260';
/** A location's ref for an area: `CN-GBT2260-653201`. */
export const LOCATION_REF_PREFIX = 'CN-GBT2260-';

/** The activity status (IATI ActivityStatus) a stage is exported as. */
export function statusOfStage(stage: Stage): string {
  switch (stage) {
    case 'reserve':
    case 'approved':
    case 'tendering':
      return '1';
    case 'started':
      return '2';
    case 'completed':
    case 'accepted':
      return '3';
    case 'audited':
    case 'evaluated':
      return '4';
    case 'cancelled':
      return '5';
    case 'suspended':
      return '6';
  }
}

/** The stage an activity status is imported as (when no Shanhai tag names it exactly). */
export function stageOfStatus(status: string | null): Stage {
  switch (status) {
    case '2':
      return 'started';
    case '3':
      return 'completed';
    case '4':
      return 'audited';
    case '5':
      return 'cancelled';
    case '6':
      return 'suspended';
    default:
      return 'approved';
  }
}
