import { requestContext } from '../core/context.js';
import type { App } from '../core/routing.js';
import { areaFunds } from './area-funds.js';
import {
  areaFundsParams,
  areaFundsQuery,
  areaFundsView,
  summaryQuery,
  summaryView,
} from './schema.js';
import { getSummary } from './summary.js';

/** The home page's figures per role, and an area's money. */
export async function summaryRoutes(app: App) {
  app.get(
    '/summary',
    {
      config: { access: 'summary.read' },
      schema: {
        tags: ['summary'],
        summary:
          'The caller’s programme at a glance: the two rules by donor, progress, warnings by kind',
        querystring: summaryQuery,
        response: { 200: summaryView },
      },
    },
    async (request) => getSummary(requestContext(app, request), request.query),
  );

  app.get(
    '/areas/:code/funds',
    {
      config: { access: 'public' },
      schema: {
        tags: ['areas'],
        summary:
          'An area’s projects, funds by donor and year (in-pair, cross-pair) and the donors of its subtree',
        params: areaFundsParams,
        querystring: areaFundsQuery,
        response: { 200: areaFundsView },
      },
    },
    async (request) => areaFunds(requestContext(app, request), request.params.code, request.query),
  );
}
