import { declareMatrix } from '../support/access-matrix.js';

/** The annual work reports (issue 11 point 4): access-matrix-reports.test.ts asks every role. */
export const REPORT_ROUTES = declareMatrix('access-matrix-reports.test.ts', [
  'GET /api/reports/donor/:code',
  'GET /api/reports/donor/:code/pdf',
  'GET /api/reports/area/:code',
  'GET /api/reports/area/:code/pdf',
]);
