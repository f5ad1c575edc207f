import { requestContext } from '../core/context.js';
import type { App } from '../core/routing.js';
import { ifMatchHeaders, versionFromIfMatch, withEtag } from '../core/schemas.js';
import { recordHistoryList } from '../history/record-history.js';
import { getTeam, listTeams, teamHistory } from './read.js';
import {
  addMemberBody,
  createTeamBody,
  teamIdParams,
  teamList,
  teamListQuery,
  teamMemberParams,
  teamView,
  updateMemberBody,
  updateTeamBody,
} from './schema.js';
import { addTeamMember, createTeam, updateTeam, updateTeamMember } from './write.js';

/** Group-style teams (组团式): doctors or teachers taking over a hospital or a school. */
export async function teamRoutes(app: App) {
  app.get(
    '/teams',
    {
      config: { access: 'teams.read' },
      schema: {
        tags: ['teams'],
        summary: 'Teams the caller may see, by donor, area, period and kind',
        querystring: teamListQuery,
        response: { 200: teamList },
      },
    },
    async (request) => listTeams(requestContext(app, request), request.query),
  );

  app.get(
    '/teams/:id',
    {
      config: { access: 'teams.read' },
      schema: {
        tags: ['teams'],
        summary: 'One team, with its leader and members over time',
        params: teamIdParams,
        response: { 200: teamView },
      },
    },
    async (request, reply) =>
      withEtag(reply, await getTeam(requestContext(app, request), request.params.id)),
  );

  app.get(
    '/teams/:id/history',
    {
      config: { access: 'teams.readHistory' },
      schema: {
        tags: ['teams'],
        summary: "A team's change history, newest first",
        params: teamIdParams,
        response: { 200: recordHistoryList },
      },
    },
    async (request) => teamHistory(requestContext(app, request), request.params.id),
  );

  app.post(
    '/teams',
    {
      config: { access: 'teams.write' },
      schema: {
        tags: ['teams'],
        summary: 'Create a team',
        body: createTeamBody,
        response: { 201: teamView },
      },
    },
    async (request, reply) =>
      withEtag(reply.code(201), await createTeam(requestContext(app, request), request.body)),
  );

  app.patch(
    '/teams/:id',
    {
      config: { access: 'teams.write' },
      schema: {
        tags: ['teams'],
        summary: "Change a team's name, host name, end, note or publication",
        params: teamIdParams,
        headers: ifMatchHeaders,
        body: updateTeamBody,
        response: { 200: teamView },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await updateTeam(
          requestContext(app, request),
          request.params.id,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );

  app.post(
    '/teams/:id/members',
    {
      config: { access: 'teams.write' },
      schema: {
        tags: ['teams'],
        summary: 'Add a leader or a member over dates (If-Match: the team’s version)',
        params: teamIdParams,
        headers: ifMatchHeaders,
        body: addMemberBody,
        response: { 200: teamView },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await addTeamMember(
          requestContext(app, request),
          request.params.id,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );

  app.patch(
    '/teams/:id/members/:memberId',
    {
      config: { access: 'teams.write' },
      schema: {
        tags: ['teams'],
        summary: "Change a member's role or dates (If-Match: the team’s version)",
        params: teamMemberParams,
        headers: ifMatchHeaders,
        body: updateMemberBody,
        response: { 200: teamView },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await updateTeamMember(
          requestContext(app, request),
          request.params.id,
          request.params.memberId,
          request.body,
          versionFromIfMatch(request.headers['if-match']),
        ),
      ),
  );
}
