import { requestContext } from '../core/context.js';
import type { App } from '../core/routing.js';
import {
  projectQuality,
  projectQualityParams,
  qualityList,
  qualityListQuery,
  ruleList,
} from './schema.js';
import { projectQuality as findingsOf, listQuality, listRules } from './service.js';

const tags = ['quality'];

/** Data-quality findings: the rule catalogue, one project's findings, the programme-wide list. */
export async function qualityRoutes(app: App) {
  app.get(
    '/quality/rules',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'The data-quality rules', response: { 200: ruleList } },
    },
    async () => listRules(),
  );

  app.get(
    '/projects/:code/quality',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The data-quality findings of one project',
        description: 'As visible as the project: one the caller may not see is 404.',
        params: projectQualityParams,
        response: { 200: projectQuality },
      },
    },
    async (request) => findingsOf(requestContext(app, request), request.params.code),
  );

  app.get(
    '/quality',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Data-quality findings programme-wide',
        description:
          'Over the projects the caller may see (published ones for everyone), filtered by ' +
          'programme, year and donor subtree; then by severity and rule, and paged. `counts` ' +
          'are per severity and rule before the severity and rule filters.',
        querystring: qualityListQuery,
        response: { 200: qualityList },
      },
    },
    async (request) => listQuality(requestContext(app, request), request.query),
  );
}
