import { requestContext } from '../core/context.js';
import type { App } from '../core/routing.js';
import { ifMatchHeaders, versionFromIfMatch, withEtag } from '../core/schemas.js';
import {
  createOrganisationBody,
  organisationCodeParams,
  organisationList,
  organisationListQuery,
  organisationView,
  updateOrganisationBody,
} from './schema.js';
import {
  createOrganisation,
  getOrganisation,
  listOrganisations,
  updateOrganisation,
} from './service.js';

/** Donors, their cities and HQs, recipient governments, hospitals …: public reads. */
export async function organisationRoutes(app: App) {
  app.get(
    '/organisations',
    {
      config: { access: 'public' },
      schema: {
        tags: ['organisations'],
        summary: 'List organisations',
        querystring: organisationListQuery,
        response: { 200: organisationList },
      },
    },
    async (request) => listOrganisations(requestContext(app, request), request.query),
  );

  app.get(
    '/organisations/:code',
    {
      config: { access: 'public' },
      schema: {
        tags: ['organisations'],
        summary: 'One organisation',
        params: organisationCodeParams,
        response: { 200: organisationView },
      },
    },
    async (request, reply) =>
      withEtag(reply, await getOrganisation(requestContext(app, request), request.params.code)),
  );

  app.post(
    '/organisations',
    {
      config: { access: 'organisations.write' },
      schema: {
        tags: ['organisations'],
        summary: 'Add an organisation under an existing parent',
        body: createOrganisationBody,
        response: { 201: organisationView },
      },
    },
    async (request, reply) => {
      const org = await createOrganisation(requestContext(app, request), request.body);
      return withEtag(reply.code(201), org);
    },
  );

  app.patch(
    '/organisations/:code',
    {
      config: { access: 'organisations.write' },
      schema: {
        tags: ['organisations'],
        summary: 'Change an organisation',
        params: organisationCodeParams,
        headers: ifMatchHeaders,
        body: updateOrganisationBody,
        response: { 200: organisationView },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await updateOrganisation(
          requestContext(app, request),
          request.params.code,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );
}
