import { declareMatrix } from '../support/access-matrix.js';

/** Reads of the programme office's figures and tools: compliance, rates, plans, history, jobs. */
export const OFFICE_READS = declareMatrix('access-matrix-office-reads.test.ts', [
  'GET /api/analytics/measures',
  'GET /api/compliance',
  'GET /api/compliance/:donor',
  'GET /api/rates',
  'GET /api/rates/donors',
  'GET /api/plans',
  'GET /api/plans/:id',
  'GET /api/plans/:id/compliance',
  'GET /api/history',
  'GET /api/jobs',
  'GET /api/warnings/settings',
]);
