import { requestContext } from '../core/context.js';
import type { App } from '../core/routing.js';
import {
  programmeCodeParams,
  programmeList,
  programmeView,
  thresholdBody,
  thresholdParams,
} from './schema.js';
import { getProgramme, listProgrammes, setThreshold } from './service.js';

/** Programmes (对口援疆 …) and their thresholds per year. */
export async function programmeRoutes(app: App) {
  app.get(
    '/programmes',
    {
      config: { access: 'public' },
      schema: {
        tags: ['programmes'],
        summary: 'List programmes with their thresholds',
        response: { 200: programmeList },
      },
    },
    async (request) => listProgrammes(requestContext(app, request)),
  );

  app.get(
    '/programmes/:code',
    {
      config: { access: 'public' },
      schema: {
        tags: ['programmes'],
        summary: 'One programme with its thresholds',
        params: programmeCodeParams,
        response: { 200: programmeView },
      },
    },
    async (request) => getProgramme(requestContext(app, request), request.params.code),
  );

  app.put(
    '/programmes/:code/thresholds/:fromYear',
    {
      config: { access: 'programmes.write' },
      schema: {
        tags: ['programmes'],
        summary: 'Set the two 80% thresholds that apply from a year on',
        params: thresholdParams,
        body: thresholdBody,
        response: { 200: programmeView },
      },
    },
    async (request) =>
      setThreshold(
        requestContext(app, request),
        request.params.code,
        request.params.fromYear,
        request.body,
      ),
  );
}
