import { declareMatrix } from '../support/access-matrix.js';

/** Every read route of aid personnel (a rename or a new one fails access-matrix-people.test.ts). */
export const PEOPLE_READS = declareMatrix('access-matrix-people.test.ts', [
  'GET /api/people/roster',
  'GET /api/people/terms-ending',
  'GET /api/people/counts',
  'GET /api/people/access-log',
  'GET /api/people/kinds',
  'GET /api/people/batches',
  'GET /api/people/batches/:id',
  'GET /api/people/persons',
  'GET /api/people/persons/:id',
  'GET /api/people/persons/:id/history',
]);
