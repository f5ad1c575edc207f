import { declareMatrix } from '../support/access-matrix.js';

/**
 * The dry run's marked workbook of every import kind (decision 0057): a rule, so that a kind
 * added to the registry is covered by access-matrix-import-reports.test.ts, which asks them all.
 */
export const IMPORT_REPORT_ROUTES = declareMatrix(
  'access-matrix-import-reports.test.ts',
  (route) => route.method === 'POST' && /^\/api\/imports\/[^/]+\/report$/.test(route.url),
);
