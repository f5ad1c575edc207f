import { donorComplianceDetail } from '../compliance/schema.js';
import { requestContext } from '../core/context.js';
import type { App } from '../core/routing.js';
import { ifMatchHeaders, versionFromIfMatch, withEtag } from '../core/schemas.js';
import {
  createPlanBody,
  planIdParams,
  planList,
  planListQuery,
  planView,
  returnPlanBody,
  updatePlanBody,
  whatIfBody,
} from './schema.js';
import {
  approvePlan,
  createPlan,
  getPlan,
  listPlans,
  returnPlan,
  submitPlan,
  updatePlan,
} from './service.js';
import { planCompliance, whatIf } from './what-if.js';

/** Donors' annual plans (年度计划): draft, submit, approve or return; and "what if". */
export async function planRoutes(app: App) {
  app.get(
    '/plans',
    {
      config: { access: 'plans.read' },
      schema: {
        tags: ['plans'],
        summary: 'Annual plans the caller may see (without their items)',
        querystring: planListQuery,
        response: { 200: planList },
      },
    },
    async (request) => listPlans(requestContext(app, request), request.query),
  );

  app.get(
    '/plans/:id',
    {
      config: { access: 'plans.read' },
      schema: {
        tags: ['plans'],
        summary: 'One plan with its projects and planned funds',
        params: planIdParams,
        response: { 200: planView },
      },
    },
    async (request, reply) =>
      withEtag(reply, await getPlan(requestContext(app, request), request.params.id)),
  );

  app.post(
    '/plans',
    {
      config: { access: 'plans.write' },
      schema: {
        tags: ['plans'],
        summary: 'Draft a donor’s annual plan for a programme and year (one each)',
        body: createPlanBody,
        response: { 201: planView },
      },
    },
    async (request, reply) => {
      const plan = await createPlan(requestContext(app, request), request.body);
      return withEtag(reply.code(201), plan);
    },
  );

  app.get(
    '/plans/:id/compliance',
    {
      config: { access: 'plans.read' },
      schema: {
        tags: ['plans'],
        summary: 'The two 80% rules of the saved plan, on its own items',
        description:
          'The same computation as `POST /api/plans/what-if` on the saved items; readable by ' +
          'whoever may read the plan (an auditor too), for a city’s plan as for a province’s.',
        params: planIdParams,
        response: { 200: donorComplianceDetail },
      },
    },
    async (request) => planCompliance(requestContext(app, request), request.params.id),
  );

  app.post(
    '/plans/what-if',
    {
      config: { access: 'plans.write' },
      schema: {
        tags: ['plans'],
        summary: 'The two 80% rules for draft items, computed without saving anything',
        body: whatIfBody,
        response: { 200: donorComplianceDetail },
      },
    },
    async (request) => whatIf(requestContext(app, request), request.body),
  );

  app.put(
    '/plans/:id',
    {
      config: { access: 'plans.write' },
      schema: {
        tags: ['plans'],
        summary: 'Replace the total and items of a draft or returned plan',
        params: planIdParams,
        headers: ifMatchHeaders,
        body: updatePlanBody,
        response: { 200: planView },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await updatePlan(
          requestContext(app, request),
          request.params.id,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );

  const decisions = [
    {
      path: 'submit',
      access: 'plans.write',
      summary: 'Submit a draft or returned plan',
      run: submitPlan,
    },
    {
      path: 'approve',
      access: 'plans.decide',
      summary: 'Approve a submitted plan (coordinators)',
      run: approvePlan,
    },
  ] as const;
  for (const d of decisions) {
    app.post(
      `/plans/:id/${d.path}`,
      {
        config: { access: d.access },
        schema: {
          tags: ['plans'],
          summary: d.summary,
          params: planIdParams,
          headers: ifMatchHeaders,
          response: { 200: planView },
        },
      },
      async (request, reply) =>
        withEtag(
          reply,
          await d.run(
            requestContext(app, request),
            request.params.id,
            versionFromIfMatch(request.headers['if-match']),
          ),
        ),
    );
  }

  app.post(
    '/plans/:id/return',
    {
      config: { access: 'plans.decide' },
      schema: {
        tags: ['plans'],
        summary: 'Return a submitted plan to its donor with a reason (coordinators)',
        params: planIdParams,
        headers: ifMatchHeaders,
        body: returnPlanBody,
        response: { 200: planView },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await returnPlan(
          requestContext(app, request),
          request.params.id,
          request.body.reason,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );
}
