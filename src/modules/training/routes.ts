import { requestContext } from '../core/context.js';
import type { App } from '../core/routing.js';
import { ifMatchHeaders, versionFromIfMatch, withEtag } from '../core/schemas.js';
import { recordHistoryList } from '../history/record-history.js';
import {
  createExchange,
  exchangeHistory,
  getExchange,
  listExchanges,
  updateExchange,
} from './exchanges.js';
import {
  createTrainingProgramme,
  getTrainingProgramme,
  listTrainingProgrammes,
  updateTrainingProgramme,
} from './programmes.js';
import {
  byDonorQuery,
  byDonorView,
  createExchangeBody,
  createSessionBody,
  createTrainingProgrammeBody,
  exchangeList,
  exchangeListQuery,
  exchangeView,
  sessionList,
  sessionListQuery,
  sessionParams,
  sessionView,
  trainingProgrammeList,
  trainingProgrammeParams,
  trainingProgrammeView,
  updateExchangeBody,
  updateSessionBody,
  updateTrainingProgrammeBody,
} from './schema.js';
import {
  createSession,
  getSession,
  listSessions,
  sessionHistory,
  sessionsByDonor,
  updateSession,
} from './sessions.js';

const tags = ['training'];

/** Training programmes and sessions, and exchange activities (decision 0027). */
export async function trainingRoutes(app: App) {
  app.get(
    '/training/programmes',
    {
      config: { access: 'training.read' },
      schema: {
        tags,
        summary: 'Training programmes, with the sessions the caller may see counted',
        response: { 200: trainingProgrammeList },
      },
    },
    async (request) => listTrainingProgrammes(requestContext(app, request)),
  );
  app.post(
    '/training/programmes',
    {
      config: { access: 'trainingProgrammes.write' },
      schema: {
        tags,
        summary: 'Add a training programme (the programme office)',
        body: createTrainingProgrammeBody,
        response: { 201: trainingProgrammeView },
      },
    },
    async (request, reply) =>
      withEtag(
        reply.code(201),
        await createTrainingProgramme(requestContext(app, request), request.body),
      ),
  );
  app.get(
    '/training/programmes/:code',
    {
      config: { access: 'training.read' },
      schema: {
        tags,
        summary: 'One training programme',
        params: trainingProgrammeParams,
        response: { 200: trainingProgrammeView },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await getTrainingProgramme(requestContext(app, request), request.params.code),
      ),
  );
  app.patch(
    '/training/programmes/:code',
    {
      config: { access: 'trainingProgrammes.write' },
      schema: {
        tags,
        summary: 'Rename a training programme',
        params: trainingProgrammeParams,
        headers: ifMatchHeaders,
        body: updateTrainingProgrammeBody,
        response: { 200: trainingProgrammeView },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await updateTrainingProgramme(
          requestContext(app, request),
          request.params.code,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );

  app.get(
    '/training/sessions',
    {
      config: { access: 'training.read' },
      schema: {
        tags,
        summary: 'Training sessions the caller may see, newest first, paged',
        description:
          'Filters: programme, trainingProgramme, donor (its subtree), area (its subtree), from/to (start date, inclusive).',
        querystring: sessionListQuery,
        response: { 200: sessionList },
      },
    },
    async (request) => listSessions(requestContext(app, request), request.query),
  );
  app.get(
    '/training/by-donor',
    {
      config: { access: 'training.read' },
      schema: {
        tags,
        summary: 'Sessions, participants and person-times by donor, under the same filters',
        querystring: byDonorQuery,
        response: { 200: byDonorView },
      },
    },
    async (request) => sessionsByDonor(requestContext(app, request), request.query),
  );
  app.post(
    '/training/sessions',
    {
      config: { access: 'training.write' },
      schema: {
        tags,
        summary: 'Record a training session',
        body: createSessionBody,
        response: { 201: sessionView },
      },
    },
    async (request, reply) =>
      withEtag(reply.code(201), await createSession(requestContext(app, request), request.body)),
  );
  app.get(
    '/training/sessions/:id',
    {
      config: { access: 'training.read' },
      schema: {
        tags,
        summary: 'One training session with its named participants',
        params: sessionParams,
        response: { 200: sessionView },
      },
    },
    async (request, reply) =>
      withEtag(reply, await getSession(requestContext(app, request), request.params.id)),
  );
  app.patch(
    '/training/sessions/:id',
    {
      config: { access: 'training.write' },
      schema: {
        tags,
        summary: 'Change, publish or withdraw a training session',
        params: sessionParams,
        headers: ifMatchHeaders,
        body: updateSessionBody,
        response: { 200: sessionView },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await updateSession(
          requestContext(app, request),
          request.params.id,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );
  app.get(
    '/training/sessions/:id/history',
    {
      config: { access: 'training.readHistory' },
      schema: {
        tags,
        summary: 'The change history of a training session',
        params: sessionParams,
        response: { 200: recordHistoryList },
      },
    },
    async (request) => sessionHistory(requestContext(app, request), request.params.id),
  );

  app.get(
    '/exchanges',
    {
      config: { access: 'training.read' },
      schema: {
        tags,
        summary: 'Exchange activities (交往交流交融) the caller may see, newest first, paged',
        description:
          'Filters: programme, kind, donor (any organiser in its subtree), area (any area in its subtree), from/to (start date, inclusive).',
        querystring: exchangeListQuery,
        response: { 200: exchangeList },
      },
    },
    async (request) => listExchanges(requestContext(app, request), request.query),
  );
  app.post(
    '/exchanges',
    {
      config: { access: 'training.write' },
      schema: {
        tags,
        summary: 'Record an exchange activity',
        body: createExchangeBody,
        response: { 201: exchangeView },
      },
    },
    async (request, reply) =>
      withEtag(reply.code(201), await createExchange(requestContext(app, request), request.body)),
  );
  app.get(
    '/exchanges/:id',
    {
      config: { access: 'training.read' },
      schema: {
        tags,
        summary: 'One exchange activity',
        params: sessionParams,
        response: { 200: exchangeView },
      },
    },
    async (request, reply) =>
      withEtag(reply, await getExchange(requestContext(app, request), request.params.id)),
  );
  app.patch(
    '/exchanges/:id',
    {
      config: { access: 'training.write' },
      schema: {
        tags,
        summary: 'Change, publish or withdraw an exchange activity',
        params: sessionParams,
        headers: ifMatchHeaders,
        body: updateExchangeBody,
        response: { 200: exchangeView },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await updateExchange(
          requestContext(app, request),
          request.params.id,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );
  app.get(
    '/exchanges/:id/history',
    {
      config: { access: 'training.readHistory' },
      schema: {
        tags,
        summary: 'The change history of an exchange activity',
        params: sessionParams,
        response: { 200: recordHistoryList },
      },
    },
    async (request) => exchangeHistory(requestContext(app, request), request.params.id),
  );
}
