import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { UnauthenticatedError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { capabilitiesOf, capabilitiesSchema } from '../access/capabilities.js';
import type { ServiceContext } from '../core/context.js';
import type { App } from '../core/routing.js';
import { idParam } from '../core/schemas.js';
import { actorOfUser, SESSION_COOKIE } from './authenticate.js';
import {
  apiTokenSchema,
  createTokenBodySchema,
  loginBodySchema,
  sessionUserSchema,
} from './schema.js';
import {
  createApiToken,
  describeSessionUser,
  listApiTokens,
  login,
  logout,
  revokeApiToken,
} from './service.js';
import { userRoutes } from './user-routes.js';

const tags = ['accounts'];

/** Sessions (sign-in), users and API tokens. */
export async function accountRoutes(app: App) {
  await app.register(userRoutes);

  const ctxOf = (request: FastifyRequest): ServiceContext => ({
    actor: request.actor,
    db: app.deps.database.db,
    requestId: String(request.id),
  });
  // `Secure` when configured so, and whenever the request came over TLS (directly, or as a
  // trusted proxy's X-Forwarded-Proto says): a cookie set over https never travels over http.
  const cookieOptions = (request: FastifyRequest) => ({
    httpOnly: true,
    sameSite: 'strict' as const,
    path: '/',
    secure: app.deps.cookieSecure || request.protocol === 'https',
  });

  app.post(
    '/session',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Sign in; sets the HttpOnly session cookie',
        description:
          'Wrong username or password: 401. Too many recent failures for the username from this address (growing backoff), for the address, or for the username from an address it has not signed in from: 429 with Retry-After.',
        body: loginBodySchema,
        response: { 200: z.object({ user: sessionUserSchema, can: capabilitiesSchema }) },
      },
    },
    async (request, reply) => {
      const hours = app.deps.sessionHours;
      const session = await login(
        app.deps.database.db,
        {
          ...request.body,
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
        },
        hours,
      );
      reply.setCookie(SESSION_COOKIE, session.token, {
        ...cookieOptions(request),
        maxAge: hours * 3600,
      });
      const actor = await actorOfUser(app.deps.database.db, session.user, 'session');
      return { user: session.user, can: capabilitiesOf(actor) };
    },
  );

  app.delete(
    '/session',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Sign out; ends the session and clears the cookie (a no-op without one)',
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await logout(app.deps.database.db, token);
      reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
      return reply.code(204).send();
    },
  );

  app.get(
    '/session',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'The signed-in user, their roles and what they may do',
        response: { 200: z.object({ user: sessionUserSchema, can: capabilitiesSchema }) },
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      if (actor.kind !== 'user') throw new UnauthenticatedError(problem('auth.signIn'));
      const token = request.cookies[SESSION_COOKIE];
      // The session slides on the server; keep the cookie alive as long.
      if (actor.via === 'session' && token) {
        const maxAge = app.deps.sessionHours * 3600;
        reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(request), maxAge });
      }
      return {
        user: await describeSessionUser(app.deps.database.db, actor.userId),
        can: capabilitiesOf(actor),
      };
    },
  );

  app.get(
    '/tokens',
    {
      config: { access: 'tokens.manage' },
      schema: {
        tags,
        summary: 'API tokens: your own, or a user’s (`userId`, for account administrators)',
        querystring: z.object({ userId: idParam.optional() }),
        response: { 200: z.object({ items: z.array(apiTokenSchema) }) },
      },
    },
    async (request) => ({ items: await listApiTokens(ctxOf(request), request.query) }),
  );

  app.post(
    '/tokens',
    {
      config: { access: 'tokens.manage' },
      schema: {
        tags,
        summary: 'Create an API token for yourself; the secret is shown this once',
        description: 'Use it as `Authorization: Bearer shk_…`.',
        body: createTokenBodySchema,
        response: { 201: z.object({ token: apiTokenSchema, secret: z.string() }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createApiToken(ctxOf(request), request.body)),
  );

  app.delete(
    '/tokens/:id',
    {
      config: { access: 'tokens.manage' },
      schema: {
        tags,
        summary: 'Revoke an API token (yours, or anyone’s for account administrators)',
        params: z.object({ id: idParam }),
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await revokeApiToken(ctxOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
