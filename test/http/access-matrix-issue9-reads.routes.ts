import { declareMatrix } from '../support/access-matrix.js';

/** Every read route of training, exchanges, companies, cases and sales (a rename fails the matrix). */
export const ISSUE_9_READS = declareMatrix('access-matrix-issue9-reads.test.ts', [
  'GET /api/training/programmes',
  'GET /api/training/programmes/:code',
  'GET /api/training/sessions',
  'GET /api/training/by-donor',
  'GET /api/training/sessions/:id',
  'GET /api/training/sessions/:id/history',
  'GET /api/exchanges',
  'GET /api/exchanges/:id',
  'GET /api/exchanges/:id/history',
  'GET /api/companies',
  'GET /api/companies/:id',
  'GET /api/companies/:id/history',
  'GET /api/company-cases',
  'GET /api/company-cases/times',
  'GET /api/company-cases/settings',
  'GET /api/company-cases/:id',
  'GET /api/consumption-sales',
  'GET /api/consumption-sales/summary',
  'GET /api/consumption-sales/:id',
  'GET /api/consumption-sales/:id/history',
]);
