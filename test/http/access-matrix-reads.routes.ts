import { declareMatrix } from '../support/access-matrix.js';

/** The read routes issue 8 added (a rename or removal fails access-matrix-reads.test.ts). */
export const ISSUE_8_READS = declareMatrix('access-matrix-reads.test.ts', [
  'GET /api/summary',
  'GET /api/areas/:code/funds',
  'GET /api/project-codes/next',
  'GET /api/projects/:code/history',
  'GET /api/projects/:code/documents',
  'GET /api/projects/:code/documents/:id',
]);
