import { requestContext } from '../core/context.js';
import type { App } from '../core/routing.js';
import { ifMatchHeaders, versionFromIfMatch, withEtag } from '../core/schemas.js';
import {
  areaCodeParams,
  areaDetail,
  areaDetailQuery,
  areaList,
  areaSearchQuery,
  createAreaBody,
  updateAreaBody,
} from './schema.js';
import { createArea, getArea, searchAreas, updateArea } from './service.js';

/** The area tree: public reads; the programme office adds, renames and retires areas. */
export async function areaRoutes(app: App) {
  app.get(
    '/areas',
    {
      config: { access: 'public' },
      schema: {
        tags: ['areas'],
        summary: 'Search the area tree by code, name, pinyin or initials',
        querystring: areaSearchQuery,
        response: { 200: areaList },
      },
    },
    async (request) => searchAreas(requestContext(app, request), request.query),
  );

  app.get(
    '/areas/:code',
    {
      config: { access: 'public' },
      schema: {
        tags: ['areas'],
        summary: 'An area with its ancestors, children and donors on a date',
        params: areaCodeParams,
        querystring: areaDetailQuery,
        response: { 200: areaDetail },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await getArea(requestContext(app, request), request.params.code, request.query.date),
      ),
  );

  app.post(
    '/areas',
    {
      config: { access: 'areas.write' },
      schema: {
        tags: ['areas'],
        summary: 'Add an area (e.g. a county created after the 2023 edition)',
        body: createAreaBody,
        response: { 201: areaDetail },
      },
    },
    async (request, reply) => {
      const area = await createArea(requestContext(app, request), request.body);
      return withEtag(reply.code(201), area);
    },
  );

  app.patch(
    '/areas/:code',
    {
      config: { access: 'areas.write' },
      schema: {
        tags: ['areas'],
        summary: 'Rename, re-date or retire an area',
        params: areaCodeParams,
        headers: ifMatchHeaders,
        body: updateAreaBody,
        response: { 200: areaDetail },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await updateArea(
          requestContext(app, request),
          request.params.code,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );
}
