import { KINDS } from '../../src/modules/transfer/kinds.js';
import { declareMatrix } from '../support/access-matrix.js';

/** Templates, imports and exports (issue 11): access-matrix-transfer.test.ts asks every role. */
export const TRANSFER_ROUTES = declareMatrix('access-matrix-transfer.test.ts', [
  'GET /api/templates/:kind',
  // One import route per kind (routes.ts makes them from the registry).
  ...KINDS.map((kind) => `POST /api/imports/${kind}`),
  'POST /api/imports/iati',
  // Import jobs (decision 0081): one route per kind, IATI's, and reading a job.
  ...KINDS.map((kind) => `POST /api/imports/${kind}/jobs`),
  'POST /api/imports/iati/jobs',
  'GET /api/imports/jobs/:id',
  // One export route per kind (routes.ts makes them from the registry).
  ...KINDS.map((kind) => `GET /api/exports/${kind}`),
]);

/**
 * Imports are writes, but a donor editor's import of another donor's rows is answered with the
 * rows refused in the report (200), not with 403: the writes matrix leaves them to this one.
 */
export const isImportRoute = (key: string): boolean => key.startsWith('POST /api/imports/');
