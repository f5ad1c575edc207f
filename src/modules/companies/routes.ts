import { requestContext } from '../core/context.js';
import type { App } from '../core/routing.js';
import { ifMatchHeaders, versionFromIfMatch, withEtag } from '../core/schemas.js';
import { recordHistoryList } from '../history/record-history.js';
import { caseTimes } from './case-times.js';
import { getCase, listCases, moveCase, openCase, respondToCase } from './cases.js';
import { companyHistory } from './history.js';
import {
  assignOfficerBody,
  caseDetail,
  caseIdParams,
  caseList,
  caseListQuery,
  caseSettings,
  caseTimesQuery,
  caseTimes as caseTimesView,
  companyDetail,
  companyIdParams,
  companyList,
  companyListQuery,
  createCompanyBody,
  moveCaseBody,
  openCaseBody,
  respondBody,
  updateCompanyBody,
} from './schema.js';
import {
  assignOfficer,
  createCompany,
  getCompany,
  listCompanies,
  updateCompany,
} from './service.js';
import { getCaseSettings, putCaseSettings } from './settings.js';

const tags = ['companies'];

/** Companies brought in (招商引资), their chief service officers and their requests (诉求). */
export async function companyRoutes(app: App) {
  app.get(
    '/companies',
    {
      config: { access: 'companies.read' },
      schema: {
        tags,
        summary: 'Companies the caller may see, newest signed first',
        querystring: companyListQuery,
        response: { 200: companyList },
      },
    },
    async (request) => listCompanies(requestContext(app, request), request.query),
  );

  app.post(
    '/companies',
    {
      config: { access: 'companies.write' },
      schema: {
        tags,
        summary: 'Record a company brought in (credit code checked, GB 32100)',
        body: createCompanyBody,
        response: { 201: companyDetail },
      },
    },
    async (request, reply) =>
      withEtag(reply.code(201), await createCompany(requestContext(app, request), request.body)),
  );

  app.get(
    '/companies/:id',
    {
      config: { access: 'companies.read' },
      schema: {
        tags,
        summary: 'One company with its officers and its cases counted',
        params: companyIdParams,
        response: { 200: companyDetail },
      },
    },
    async (request, reply) =>
      withEtag(reply, await getCompany(requestContext(app, request), request.params.id)),
  );

  app.patch(
    '/companies/:id',
    {
      config: { access: 'companies.write' },
      schema: {
        tags,
        summary: 'Change a company (If-Match: 409 when stale)',
        params: companyIdParams,
        headers: ifMatchHeaders,
        body: updateCompanyBody,
        response: { 200: companyDetail },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await updateCompany(
          requestContext(app, request),
          request.params.id,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );

  app.post(
    '/companies/:id/officers',
    {
      config: { access: 'companies.write' },
      schema: {
        tags,
        summary: 'Assign a chief service officer from a date (the current one ends the day before)',
        params: companyIdParams,
        headers: ifMatchHeaders,
        body: assignOfficerBody,
        response: { 200: companyDetail },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await assignOfficer(
          requestContext(app, request),
          request.params.id,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );

  app.get(
    '/companies/:id/history',
    {
      config: { access: 'companies.history' },
      schema: {
        tags,
        summary: 'The change history of a company and its cases, newest first',
        params: companyIdParams,
        response: { 200: recordHistoryList },
      },
    },
    async (request) => companyHistory(requestContext(app, request), request.params.id),
  );

  app.post(
    '/companies/:id/cases',
    {
      config: { access: 'companies.write' },
      schema: {
        tags,
        summary: 'Open a case (诉求) for the company',
        params: companyIdParams,
        body: openCaseBody,
        response: { 201: caseDetail },
      },
    },
    async (request, reply) =>
      withEtag(
        reply.code(201),
        await openCase(requestContext(app, request), request.params.id, request.body),
      ),
  );

  app.get(
    '/company-cases',
    {
      config: { access: 'companies.read' },
      schema: {
        tags,
        summary: 'The case board: cases the caller may see, newest first',
        querystring: caseListQuery,
        response: { 200: caseList },
      },
    },
    async (request) => listCases(requestContext(app, request), request.query),
  );

  app.get(
    '/company-cases/times',
    {
      config: { access: 'companies.read' },
      schema: {
        tags,
        summary: 'Response and resolution times in working days, per officer, donor or area',
        querystring: caseTimesQuery,
        response: { 200: caseTimesView },
      },
    },
    async (request) => caseTimes(requestContext(app, request), request.query),
  );

  app.get(
    '/company-cases/settings',
    {
      config: { access: 'companies.read' },
      schema: {
        tags,
        summary: 'Working days without a response before a case is late',
        response: { 200: caseSettings },
      },
    },
    async (request) => getCaseSettings(requestContext(app, request)),
  );

  app.put(
    '/company-cases/settings',
    {
      config: { access: 'companies.settings' },
      schema: {
        tags,
        summary: 'Change the response deadline in working days (programme office)',
        body: caseSettings,
        response: { 200: caseSettings },
      },
    },
    async (request) => putCaseSettings(requestContext(app, request), request.body),
  );

  app.get(
    '/company-cases/:id',
    {
      config: { access: 'companies.read' },
      schema: {
        tags,
        summary: 'One case with its responses',
        params: caseIdParams,
        response: { 200: caseDetail },
      },
    },
    async (request, reply) =>
      withEtag(reply, await getCase(requestContext(app, request), request.params.id)),
  );

  app.post(
    '/company-cases/:id/responses',
    {
      config: { access: 'companies.write' },
      schema: {
        tags,
        summary: 'Record a response (the first moves an open case to in progress)',
        params: caseIdParams,
        headers: ifMatchHeaders,
        body: respondBody,
        response: { 200: caseDetail },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await respondToCase(
          requestContext(app, request),
          request.params.id,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );

  app.post(
    '/company-cases/:id/transitions',
    {
      config: { access: 'companies.write' },
      schema: {
        tags,
        summary: 'Move a case: in progress, resolved, closed (after a response), rejected (reason)',
        params: caseIdParams,
        headers: ifMatchHeaders,
        body: moveCaseBody,
        response: { 200: caseDetail },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await moveCase(
          requestContext(app, request),
          request.params.id,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );
}
