import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import {
  jsonSchemaTransform,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { ANONYMOUS } from '../domain/access.js';
import { type ProblemRef, problem } from '../domain/problems.js';
import { authorize } from '../modules/access/authorize.js';
import {
  API_TOKEN_PREFIX,
  actorFromApiToken,
  actorFromSessionToken,
  SESSION_COOKIE,
} from '../modules/accounts/authenticate.js';
import { moduleRoutes } from '../modules/routes.js';
import { refuseControlCharacters } from './control-characters.js';
import { clientErrorHandler, frameworkErrors, refuseForeignCharset, strictBody } from './edge.js';
import { healthRoutes } from './health.js';
import { checkHost } from './host-check.js';
import { serializerCompiler } from './json.js';
import { withProblemResponses } from './openapi.js';
import { handleError, sendProblem } from './problems.js';
import { DEFAULT_ANONYMOUS_PER_MINUTE, limitAnonymous } from './rate-limit.js';
import { securityHeaders } from './security-headers.js';
import type { Access, App, AppDeps } from './types.js';

/** A route as registered: what the access matrix tests walk over. */
export interface RouteEntry {
  method: string;
  url: string;
  access: Access;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeCatalog: RouteEntry[];
    deps: AppDeps;
  }
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Fastify's `trustProxy` from the setting: a number of hops becomes "the nearest N". */
function trustProxyOption(setting: boolean | string | number) {
  if (typeof setting !== 'number') return setting;
  return (_address: string, hop: number) => hop < setting;
}

/**
 * One log line per request, when it is answered: method, URL, status and milliseconds, at the
 * deployment's level (debug in the demo); a request that failed, at error. Fastify's own two
 * lines (incoming, completed) carry whole request and reply objects.
 */
class OneLinePerRequest extends LogController {
  constructor(private readonly level: 'info' | 'debug') {
    super();
  }

  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const line = {
      method: request.method,
      url: request.url,
      statusCode: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) reply.log.error({ ...line, err: error }, 'request failed');
    else request.log[this.level](line, 'request');
  }
}

/** The logger: JSON lines by default; readable lines (pino-pretty) when asked, for the demo. */
function loggerOptions(deps: AppDeps) {
  const level = deps.logLevel ?? 'info';
  if (deps.logStream) return { level, stream: deps.logStream };
  if (deps.prettyLogs) {
    return {
      level,
      transport: {
        target: 'pino-pretty',
        options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,reqId', singleLine: true },
      },
    };
  }
  return { level };
}

/** Builds the whole HTTP application: API, OpenAPI document and the web app. */
export async function buildApp(deps: AppDeps): Promise<App> {
  const app = Fastify({
    logger: loggerOptions(deps),
    logController: new OneLinePerRequest(deps.requestLogLevel ?? 'info'),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    bodyLimit: 10 * 1024 * 1024,
    trustProxy: trustProxyOption(deps.trustProxy ?? false),
    // Requests Node or the router cannot read are answered problem+json too (edge.ts).
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.decorate('deps', deps);
  app.decorate('routeCatalog', [] as RouteEntry[]);
  // Fastify forbids object defaults on requests; `identify` sets the actor on every request.
  app.decorateRequest('actor', null as never);
  app.decorateRequest('sessionProblem', null);
  app.decorateRequest('byCookie', false);

  // Every API route must say who may call it; a route that forgets fails at start-up.
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (methods.every((m) => m === 'HEAD')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`route ${methods.join(',')} ${route.url} declares no access`);
    for (const method of methods) {
      if (method !== 'HEAD') app.routeCatalog.push({ method, url: route.url, access });
    }
    // A body naming a key its schema does not know is refused (decision 0040).
    strictBody(route);
  });

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Shanhai (山海) API',
        description:
          'Counterpart assistance: areas, organisations, programmes, pairings, accounts, history. ' +
          'Errors are RFC 9457 problem+json documents naming the field at fault.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          token: { type: 'http', scheme: 'bearer', description: 'An API token `shk_…`' },
        },
      },
    },
    transform: (input) => {
      const out = jsonSchemaTransform(input);
      const access = input.route.config?.access;
      const schema = out.schema as Record<string, unknown>;
      if (access && access !== 'public') {
        schema.security = [{ session: [] }, { token: [] }];
        const note = access === 'authenticated' ? 'any signed-in user' : `policy \`${access}\``;
        schema.description = [schema.description, `Access: ${note}.`].filter(Boolean).join('\n\n');
      } else {
        schema.security = [];
      }
      return out;
    },
  });

  // Security headers on every answer, then the Host checked before anything else runs.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', String(request.id));
    await securityHeaders(request, reply);
  });
  app.addHook('onRequest', checkHost(deps.allowedHosts === undefined ? [] : deps.allowedHosts));
  app.addHook('onRequest', async (request) => {
    await identify(request, deps);
    if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method)) checkOrigin(request);
  });
  // Anonymous work on public routes, bounded per address across instances.
  app.addHook(
    'onRequest',
    limitAnonymous(deps.database.db, deps.anonymousPerMinute ?? DEFAULT_ANONYMOUS_PER_MINUTE),
  );
  // A body in another charset than UTF-8 is refused before it is parsed.
  app.addHook('preParsing', refuseForeignCharset);

  // The route's declared access, checked before validation and the handler run.
  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config?.access;
    if (!access || access === 'public') return;
    if (request.actor.kind === 'anonymous') {
      const ref = request.sessionProblem ?? problem('auth.required');
      return sendProblem(request, reply, 401, 'unauthenticated', ref);
    }
    if (access !== 'authenticated') authorize(request.actor, access);
  });

  // No control character (NUL …) in any string of a body, query or path, on either engine.
  app.addHook('preValidation', refuseControlCharacters);

  await app.register(healthRoutes);
  await app.register(moduleRoutes, { prefix: '/api' });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    withProblemResponses(app.swagger()),
  );

  await serveWeb(app, deps.webRoot ?? null);
  return app;
}

/**
 * Sets `request.actor` from an API token or the session cookie. A request that carries a bearer
 * token is that token's alone: the cookie is never read, whatever the token's fate. Any other
 * request (no `Authorization`, or another scheme such as Basic, which shanhai does not accept)
 * is identified by its cookie, and marked so for the cross-site guard.
 */
async function identify(request: FastifyRequest, deps: AppDeps): Promise<void> {
  request.actor = ANONYMOUS;
  request.byCookie = false;
  const db = deps.database.db;
  const auth = request.headers.authorization;
  if (auth !== undefined && /^bearer\s/i.test(auth)) {
    const token = auth.slice('Bearer '.length).trim();
    const actor = token.startsWith(API_TOKEN_PREFIX) ? await actorFromApiToken(db, token) : null;
    if (actor) request.actor = actor;
    else request.sessionProblem = problem('auth.tokenInvalid');
    return;
  }
  request.byCookie = true;
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return;
  const actor = await actorFromSessionToken(db, token, deps.sessionHours);
  if (actor) request.actor = actor;
  else request.sessionProblem = problem('auth.sessionExpired');
}

/** `scheme://host[:port]` of a URL, the default port left out; null when it is none. */
function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * Cross-site request forgery guard in addition to SameSite=Strict cookies: a state-changing
 * request that is not a bearer-token request (so the cookie may sign it, including sign-in
 * itself) and names an Origin must come from this server's own origin: the same scheme, host
 * and port as the request was made to (the scheme and host from the proxy's forwarded headers
 * when trusted). A bearer-token request never uses the cookie, so no page can ride on it.
 */
function checkOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (!origin || !request.byCookie) return;
  const own = originOf(`${request.protocol}://${request.host}`);
  if (own === null || originOf(origin) !== own) {
    const err = new Error(`cross-origin request from ${origin} refused`) as Error & {
      statusCode: number;
      code: string;
      problem: ProblemRef;
    };
    err.statusCode = 403;
    err.code = 'cross-origin';
    err.problem = problem('request.crossOrigin', { origin });
    throw err;
  }
}

/**
 * Serves the built web app: files under `webRoot` as they are, and index.html for any other
 * non-API path (the app's client-side routes). Static files are public, like the login page.
 */
async function serveWeb(app: App, webRoot: string | null): Promise<void> {
  const hasWeb = webRoot !== null && existsSync(join(webRoot, 'index.html'));
  if (hasWeb) {
    // preCompressed: the build wrote .br and .gz beside each text asset; sent by Accept-Encoding.
    await app.register(fastifyStatic, { root: webRoot, serve: false, preCompressed: true });
    app.get(
      '/*',
      { config: { access: 'public' }, schema: { hide: true } },
      async (request, reply) => {
        const path = decodeURIComponent(request.url.split('?')[0] ?? '/');
        if (path === '/api' || path.startsWith('/api/')) {
          const ref = problem('route.notFound', { method: 'GET', path });
          return sendProblem(request, reply, 404, 'not-found', ref);
        }
        const file = normalize(path)
          .replace(/^(\.\.[/\\])+/, '')
          .replace(/^[/\\]+/, '');
        const full = join(webRoot, file);
        if (file && full.startsWith(webRoot) && existsSync(full) && statSync(full).isFile()) {
          const immutable = file.startsWith('assets/');
          return reply.sendFile(file, { immutable, maxAge: immutable ? '365d' : 0 });
        }
        reply.header('cache-control', 'no-cache');
        return reply.sendFile('index.html', { maxAge: 0 });
      },
    );
  }
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      request,
      reply,
      404,
      'not-found',
      problem('route.notFound', { method: request.method, path: request.url }),
    ),
  );
}
