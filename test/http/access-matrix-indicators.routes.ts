import { declareMatrix } from '../support/access-matrix.js';

/** The indicator routes (decision 0048) access-matrix-indicators.test.ts asks as every caller. */
export const INDICATOR_ROUTES = declareMatrix('access-matrix-indicators.test.ts', [
  'GET /api/indicators/elements',
  'POST /api/indicators/elements',
  'PATCH /api/indicators/elements/:code',
  'GET /api/indicators/formulas',
  'POST /api/indicators/formulas',
  'PATCH /api/indicators/formulas/:code',
  'GET /api/indicators/sets',
  'GET /api/indicators/sets/:code',
  'POST /api/indicators/sets',
  'GET /api/indicators/targets',
  'PUT /api/indicators/targets',
  'GET /api/indicators/form',
  'PUT /api/indicators/form',
  'GET /api/indicators/completeness',
]);
