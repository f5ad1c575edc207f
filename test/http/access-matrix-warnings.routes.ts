import { declareMatrix } from '../support/access-matrix.js';

/** The warnings routes access-matrix-warnings.test.ts asks as every role. */
export const WARNING_ROUTES = declareMatrix('access-matrix-warnings.test.ts', [
  'GET /api/warnings',
  'PATCH /api/warnings/:id',
  'POST /api/warnings/bulk',
]);
