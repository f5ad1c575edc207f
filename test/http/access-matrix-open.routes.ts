import { declareMatrix } from '../support/access-matrix.js';

/** The public pages' figures and open data (decision 0055): everyone, anonymous explicitly. */
export const OPEN_DATA_ROUTES = declareMatrix('access-matrix-open.test.ts', [
  'GET /api/public/overview',
  'GET /api/public/overview/csv',
  'GET /api/public/donors/:code',
  'GET /api/public/donors/:code/csv',
  'GET /api/public/areas/:code',
  'GET /api/public/areas/:code/csv',
  'GET /api/public/map',
  'GET /api/public/map/csv',
  'GET /api/public/rules',
  'GET /api/public/rules/csv',
  'GET /api/public/iati',
  'GET /api/public/iati-organisations',
]);
