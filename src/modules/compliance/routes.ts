import { requestContext } from '../core/context.js';
import type { App } from '../core/routing.js';
import {
  complianceDonorParams,
  complianceDonorQuery,
  complianceList,
  complianceListQuery,
  donorComplianceDetail,
} from './schema.js';
import { complianceReport, donorComplianceDetail as detailOf } from './service.js';

/** The two 80% rules (两个80%) per donor and year, on the plan or the actual basis. */
export async function complianceRoutes(app: App) {
  app.get(
    '/compliance',
    {
      config: { access: 'compliance.read' },
      schema: {
        tags: ['compliance'],
        summary: 'The two 80% rules for every donor you may see, for a programme and year',
        querystring: complianceListQuery,
        response: { 200: complianceList },
      },
    },
    async (request) => complianceReport(requestContext(app, request), request.query),
  );

  app.get(
    '/compliance/:donor',
    {
      config: { access: 'compliance.read' },
      schema: {
        tags: ['compliance'],
        summary: 'One donor’s rules with every project’s breakdown, for drill-down',
        params: complianceDonorParams,
        querystring: complianceDonorQuery,
        response: { 200: donorComplianceDetail },
      },
    },
    async (request) => detailOf(requestContext(app, request), request.params.donor, request.query),
  );
}
