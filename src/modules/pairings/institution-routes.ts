import { requestContext } from '../core/context.js';
import type { App } from '../core/routing.js';
import { ifMatchHeaders, versionFromIfMatch, withEtag } from '../core/schemas.js';
import { recordHistoryList } from '../history/record-history.js';
import {
  getInstitutionPairing,
  institutionPairingHistory,
  listInstitutionPairings,
} from './institution-read.js';
import {
  createInstitutionPairingBody,
  institutionPairingIdParams,
  institutionPairingList,
  institutionPairingListQuery,
  institutionPairingView,
  updateInstitutionPairingBody,
} from './institution-schema.js';
import { createInstitutionPairing, updateInstitutionPairing } from './institutions.js';

/** Institution pairings (以院包科, school–school, township): sub-pairings under a donor's. */
export async function institutionPairingRoutes(app: App) {
  app.get(
    '/institution-pairings',
    {
      config: { access: 'institutionPairings.read' },
      schema: {
        tags: ['pairings'],
        summary: 'Institution pairings the caller may see, by donor, area, period, kind, parent',
        querystring: institutionPairingListQuery,
        response: { 200: institutionPairingList },
      },
    },
    async (request) => listInstitutionPairings(requestContext(app, request), request.query),
  );

  app.get(
    '/institution-pairings/:id',
    {
      config: { access: 'institutionPairings.read' },
      schema: {
        tags: ['pairings'],
        summary: 'One institution pairing',
        params: institutionPairingIdParams,
        response: { 200: institutionPairingView },
      },
    },
    async (request, reply) =>
      withEtag(reply, await getInstitutionPairing(requestContext(app, request), request.params.id)),
  );

  app.get(
    '/institution-pairings/:id/history',
    {
      config: { access: 'institutionPairings.readHistory' },
      schema: {
        tags: ['pairings'],
        summary: "An institution pairing's change history, newest first",
        params: institutionPairingIdParams,
        response: { 200: recordHistoryList },
      },
    },
    async (request) => institutionPairingHistory(requestContext(app, request), request.params.id),
  );

  app.post(
    '/institution-pairings',
    {
      config: { access: 'pairings.write' },
      schema: {
        tags: ['pairings'],
        summary: "Create an institution pairing under a donor's area pairing",
        body: createInstitutionPairingBody,
        response: { 201: institutionPairingView },
      },
    },
    async (request, reply) =>
      withEtag(
        reply.code(201),
        await createInstitutionPairing(requestContext(app, request), request.body),
      ),
  );

  app.patch(
    '/institution-pairings/:id',
    {
      config: { access: 'pairings.write' },
      schema: {
        tags: ['pairings'],
        summary: 'End an institution pairing, or change its department, note or publication',
        params: institutionPairingIdParams,
        headers: ifMatchHeaders,
        body: updateInstitutionPairingBody,
        response: { 200: institutionPairingView },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await updateInstitutionPairing(
          requestContext(app, request),
          request.params.id,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );
}
