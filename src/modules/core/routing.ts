/**
 * What routes are written against: the Fastify instance typed for Zod schemas, and what a route
 * declares about who may call it. Here, beside the modules, so that route files depend on the
 * modules' own kernel, never on the HTTP layer that mounts them.
 */
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../domain/access.js';
import type { ProblemRef } from '../../domain/problems.js';
import type { Action } from '../policies.js';

/**
 * What a route declares about who may call it: `public` (no sign-in), `authenticated` (any
 * signed-in user; the use case checks the rest) or a policy action checked before the handler
 * (again with the record, inside the use case).
 */
export type Access = 'public' | 'authenticated' | Action;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor;
    /** Set when a session cookie was presented and found invalid or expired. */
    sessionProblem: ProblemRef | null;
    /** True unless the request carries a bearer token: the cookie identifies it. */
    byCookie: boolean;
  }
}

/** The Fastify instance routes are registered on, typed for Zod schemas. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
> & { deps: { database: { db: Executor } } };
