import { requestContext } from '../core/context.js';
import type { App } from '../core/routing.js';
import { ifMatchHeaders, versionFromIfMatch, withEtag } from '../core/schemas.js';
import { recordHistoryList } from '../history/record-history.js';
import { getMentoring, listMentorings, mentoringHistory } from './read.js';
import {
  assessmentBody,
  assessmentParams,
  createMentoringBody,
  mentoringIdParams,
  mentoringList,
  mentoringListQuery,
  mentoringView,
  updateMentoringBody,
} from './schema.js';
import { createMentoring, putAssessment, updateMentoring } from './write.js';

/** Mentoring (传帮带): an aid professional and local staff, with yearly assessments. */
export async function mentoringRoutes(app: App) {
  app.get(
    '/mentorings',
    {
      config: { access: 'mentoring.read' },
      schema: {
        tags: ['mentoring'],
        summary: 'Mentorings the caller may see, by donor, area, period and mentor',
        querystring: mentoringListQuery,
        response: { 200: mentoringList },
      },
    },
    async (request) => listMentorings(requestContext(app, request), request.query),
  );

  app.get(
    '/mentorings/:id',
    {
      config: { access: 'mentoring.read' },
      schema: {
        tags: ['mentoring'],
        summary: 'One mentoring with its assessments',
        params: mentoringIdParams,
        response: { 200: mentoringView },
      },
    },
    async (request, reply) =>
      withEtag(reply, await getMentoring(requestContext(app, request), request.params.id)),
  );

  app.get(
    '/mentorings/:id/history',
    {
      config: { access: 'mentoring.readHistory' },
      schema: {
        tags: ['mentoring'],
        summary: "A mentoring's change history, newest first",
        params: mentoringIdParams,
        response: { 200: recordHistoryList },
      },
    },
    async (request) => mentoringHistory(requestContext(app, request), request.params.id),
  );

  app.post(
    '/mentorings',
    {
      config: { access: 'mentoring.write' },
      schema: {
        tags: ['mentoring'],
        summary: 'Record a mentor and a mentee',
        body: createMentoringBody,
        response: { 201: mentoringView },
      },
    },
    async (request, reply) =>
      withEtag(reply.code(201), await createMentoring(requestContext(app, request), request.body)),
  );

  app.patch(
    '/mentorings/:id',
    {
      config: { access: 'mentoring.write' },
      schema: {
        tags: ['mentoring'],
        summary: 'Change the mentee, the dates, the note or the publication',
        params: mentoringIdParams,
        headers: ifMatchHeaders,
        body: updateMentoringBody,
        response: { 200: mentoringView },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await updateMentoring(
          requestContext(app, request),
          request.params.id,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );

  app.put(
    '/mentorings/:id/assessments/:year',
    {
      config: { access: 'mentoring.write' },
      schema: {
        tags: ['mentoring'],
        summary: "Set one year's assessment (If-Match: the mentoring's version)",
        params: assessmentParams,
        headers: ifMatchHeaders,
        body: assessmentBody,
        response: { 200: mentoringView },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await putAssessment(
          requestContext(app, request),
          request.params.id,
          request.params.year,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );
}
