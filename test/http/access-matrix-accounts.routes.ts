import { declareMatrix } from '../support/access-matrix.js';

/** Accounts: sign-in and out, one's own session and tokens, the user registry. */
export const ACCOUNT_ROUTES = declareMatrix('access-matrix-accounts.test.ts', [
  'POST /api/session',
  'DELETE /api/session',
  'GET /api/session',
  'GET /api/tokens',
  'POST /api/tokens',
  'GET /api/users',
  'GET /api/users/:username',
]);
