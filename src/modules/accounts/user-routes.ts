import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { InvalidInputError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import type { ServiceContext } from '../core/context.js';
import type { App } from '../core/routing.js';
import { ifMatchHeaders, versionFromIfMatch, withEtag } from '../core/schemas.js';
import {
  createUserBodySchema,
  setPasswordBodySchema,
  updateUserBodySchema,
  userSchema,
} from './schema.js';
import { createUser, getUser, listUsers, setPassword, updateUser } from './service.js';

const tags = ['accounts'];
const usernameParams = z.object({ username: z.string().min(1).max(256) });

/** Users: list, create, read, change (optimistically), set a password. */
export async function userRoutes(app: App) {
  const ctxOf = (request: FastifyRequest): ServiceContext => ({
    actor: request.actor,
    db: app.deps.database.db,
    requestId: String(request.id),
  });

  app.get(
    '/users',
    {
      config: { access: 'users.read' },
      schema: {
        tags,
        summary: 'Every user with their roles',
        response: { 200: z.object({ items: z.array(userSchema) }) },
      },
    },
    async (request) => ({ items: await listUsers(ctxOf(request)) }),
  );

  app.post(
    '/users',
    {
      config: { access: 'users.manage' },
      schema: {
        tags,
        summary: 'Create a user with a password and role grants',
        body: createUserBodySchema,
        response: { 201: userSchema },
      },
    },
    async (request, reply) => {
      const user = await createUser(ctxOf(request), { ...request.body, origin: 'api' });
      return withEtag(reply.code(201), user);
    },
  );

  app.get(
    '/users/:username',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'One user (coordinators and auditors: anyone; others: themselves)',
        params: usernameParams,
        response: { 200: userSchema },
      },
    },
    async (request, reply) =>
      withEtag(reply, await getUser(ctxOf(request), request.params.username)),
  );

  app.patch(
    '/users/:username',
    {
      config: { access: 'users.manage' },
      schema: {
        tags,
        summary: 'Change display name, disabled state or grants (optimistic: If-Match or version)',
        description:
          'Send the version you edited as `If-Match: "<version>"` or `version` in the body; a stale version is refused with 409. Disabling ends the user’s sessions.',
        params: usernameParams,
        headers: ifMatchHeaders,
        body: updateUserBodySchema,
        response: { 200: userSchema },
      },
    },
    async (request, reply) => {
      const { version: bodyVersion, ...patch } = request.body;
      const version = expectedVersion(versionFromIfMatch(request.headers['if-match']), bodyVersion);
      const user = await updateUser(ctxOf(request), request.params.username, {
        ...patch,
        version,
      });
      return withEtag(reply, user);
    },
  );

  app.put(
    '/users/:username/password',
    {
      config: { access: 'users.set-password' },
      schema: {
        tags,
        summary: 'Set a password; ends all of the user’s sessions and revokes their API tokens',
        description:
          'Your own password needs `currentPassword`; an account administrator may set anyone’s.',
        params: usernameParams,
        body: setPasswordBodySchema,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await setPassword(ctxOf(request), request.params.username, {
        ...request.body,
        ip: request.ip,
      });
      return reply.code(204).send();
    },
  );
}

/** The version a PATCH edits, from If-Match or the body; both given must agree. */
function expectedVersion(fromHeader: number | undefined, fromBody: number | undefined): number {
  if (fromHeader !== undefined && fromBody !== undefined && fromHeader !== fromBody) {
    throw InvalidInputError.field('version', problem('user.versionMismatch'));
  }
  const version = fromHeader ?? fromBody;
  if (version === undefined) {
    throw InvalidInputError.field('version', problem('user.versionRequired'));
  }
  return version;
}
