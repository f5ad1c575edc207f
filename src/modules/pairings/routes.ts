import { todayUtc } from '../../domain/dates.js';
import { requestContext } from '../core/context.js';
import type { App } from '../core/routing.js';
import { ifMatchHeaders, versionFromIfMatch, withEtag } from '../core/schemas.js';
import { classifyLocation } from './donors.js';
import {
  classification,
  classifyQuery,
  createPairingBody,
  pairingIdParams,
  pairingList,
  pairingListQuery,
  pairingView,
  updatePairingBody,
} from './schema.js';
import { createPairing, getPairing, listPairings, updatePairing } from './service.js';

/** The pairing table (结对关系), its sub-pairings, and in-pair / cross-pair classification. */
export async function pairingRoutes(app: App) {
  app.get(
    '/pairings',
    {
      config: { access: 'public' },
      schema: {
        tags: ['pairings'],
        summary: 'The pairing table (by default the national, top-level pairings)',
        querystring: pairingListQuery,
        response: { 200: pairingList },
      },
    },
    async (request) => listPairings(requestContext(app, request), request.query),
  );

  app.get(
    '/pairings/classify',
    {
      config: { access: 'public' },
      schema: {
        tags: ['pairings'],
        summary: 'Is work by a donor in an area on a date in-pair or cross-pair?',
        querystring: classifyQuery,
        response: { 200: classification },
      },
    },
    async (request) =>
      classifyLocation(requestContext(app, request), {
        donorCode: request.query.donor,
        areaCode: request.query.area,
        date: request.query.date ?? todayUtc(),
        programme: request.query.programme,
      }),
  );

  app.get(
    '/pairings/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['pairings'],
        summary: 'One pairing',
        params: pairingIdParams,
        response: { 200: pairingView },
      },
    },
    async (request, reply) =>
      withEtag(reply, await getPairing(requestContext(app, request), request.params.id)),
  );

  app.post(
    '/pairings',
    {
      config: { access: 'pairings.write' },
      schema: {
        tags: ['pairings'],
        summary: 'Create a pairing or a sub-pairing',
        body: createPairingBody,
        response: { 201: pairingView },
      },
    },
    async (request, reply) => {
      const pairing = await createPairing(requestContext(app, request), request.body);
      return withEtag(reply.code(201), pairing);
    },
  );

  app.patch(
    '/pairings/:id',
    {
      config: { access: 'pairings.write' },
      schema: {
        tags: ['pairings'],
        summary: 'End a pairing, or change its note or confidence',
        params: pairingIdParams,
        headers: ifMatchHeaders,
        body: updatePairingBody,
        response: { 200: pairingView },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await updatePairing(
          requestContext(app, request),
          request.params.id,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );
}
