import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database, Executor } from '../db/database.js';
import type { Actor } from '../domain/access.js';
import type { Action } from '../modules/policies.js';

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
    sessionProblem: string | null;
  }
}

/** The Fastify instance routes are registered on, typed for Zod schemas. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What every use case receives: who acts, and the database. */
export interface ServiceContext {
  actor: Actor;
  db: Executor;
  requestId?: string | null;
}

export interface AppDeps {
  database: Database;
  /** Whether the session cookie needs `Secure` (behind TLS). */
  cookieSecure: boolean;
  sessionHours: number;
  /** Directory of the built web app; not served when absent. */
  webRoot?: string | null;
  logLevel?: string;
}
