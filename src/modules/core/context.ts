/** What every use case receives, wherever it is called from: HTTP, the CLI, a job or a test. */
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../domain/access.js';

/** Who acts, and the database (or the transaction of a calling use case). */
export interface ServiceContext {
  actor: Actor;
  db: Executor;
  /** The HTTP request's id, recorded in the change history; null outside a request. */
  requestId?: string | null;
}

/** The service context of an HTTP request: its actor, the app's database, its request id. */
export function requestContext(
  app: { deps: { database: { db: Executor } } },
  request: { actor: Actor; id: unknown },
): ServiceContext {
  return { actor: request.actor, db: app.deps.database.db, requestId: String(request.id) };
}
