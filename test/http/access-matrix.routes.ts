import { declareMatrix, routeKey } from '../support/access-matrix.js';
import { isImportRoute } from './access-matrix-transfer.routes.js';

/**
 * access-matrix.test.ts: every state-changing route that is not public (a request on Shanghai's
 * records refused to every other role, allowed to the programme office) and the reads by POST,
 * except creating an API token, which is one's own (access-matrix-accounts.test.ts), imports
 * (access-matrix-transfer.test.ts) and the indicator routes, which have their own matrix
 * (access-matrix-indicators.test.ts).
 */
export const WRITE_ROUTES = declareMatrix(
  'access-matrix.test.ts',
  (route) =>
    route.method !== 'GET' &&
    route.access !== 'public' &&
    routeKey(route) !== 'POST /api/tokens' &&
    !isImportRoute(routeKey(route)) &&
    !route.url.startsWith('/api/indicators/'),
);
