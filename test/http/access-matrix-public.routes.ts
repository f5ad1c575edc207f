import { declareMatrix } from '../support/access-matrix.js';

/** The public routes: anyone may ask; an unpublished record is still only its owners'. */
export const PUBLIC_READS = declareMatrix('access-matrix-public.test.ts', [
  'GET /healthz',
  'GET /api/openapi.json',
  'GET /api/areas',
  'GET /api/areas/:code',
  'GET /api/organisations',
  'GET /api/organisations/:code',
  'GET /api/programmes',
  'GET /api/programmes/:code',
  'GET /api/pairings',
  'GET /api/pairings/classify',
  'GET /api/pairings/:id',
  'GET /api/project-types',
  'GET /api/projects',
  'GET /api/projects/:code',
  'GET /api/projects/:code/transactions',
  'GET /api/projects/:code/quality',
  'GET /api/quality',
  'GET /api/quality/rules',
]);
