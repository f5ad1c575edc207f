import type { Widen } from '../types.js';
import type { messages as zh } from '../zh-CN/terms.js';

/** The names of the domain's fixed lists: stages, delivery modes, transaction types, result metrics. */
export const messages: Widen<typeof zh> = {
  stages: {
    reserve: 'Reserve',
    approved: 'Approved',
    tendering: 'Tendering',
    started: 'Started',
    completed: 'Completed',
    accepted: 'Accepted',
    audited: 'Audited',
    evaluated: 'Evaluated',
    suspended: 'Suspended',
    cancelled: 'Cancelled',
  },
  deliveryModes: {
    turnkey: 'Turnkey',
    cheque: 'Cheque',
    joint: 'Joint construction',
  },
  txTypes: {
    commitment: 'Commitment',
    arrival: 'Arrival',
    disbursement: 'Disbursement',
    expenditure: 'Expenditure',
  },
  metrics: {
    jobs: 'Jobs (people)',
    trained: 'Trained (person-times)',
    beneficiaries: 'Beneficiaries',
    'output-value-fen': 'Output value',
  },
};
