/**
 * Anonymous work is bounded per client address (issue 12 defect 10, decision 0040). A request
 * to a public route by someone not signed in spends cost units from its address's budget for
 * the current minute — 1 for most, more for the routes that do the most work per request — and
 * past the budget is refused 429 `request.rateLimited` with `Retry-After` (the rest of the
 * minute). Signed-in callers are not counted: they are known and their routes are authorised.
 *
 * The count lives in the database (`request_counts`, migration 0021), one upsert per counted
 * request, so every instance of the server spends from the same budget; rows older than an hour
 * are deleted now and then. The address is the one Fastify yields (`TRUST_PROXY` decides whether
 * a proxy's `X-Forwarded-For` counts).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Executor } from '../db/database.js';
import { TooManyRequestsError } from '../domain/errors.js';
import { problem } from '../domain/problems.js';

/** The budget per address and minute when none is configured. */
export const DEFAULT_ANONYMOUS_PER_MINUTE = 600;

/**
 * What one anonymous request to a route costs, by `METHOD url` as registered; 1 when not listed.
 * The dearer ones read across many projects or hash a password; the OpenAPI document, built
 * once and kept, costs nothing.
 */
export const ROUTE_COSTS: Readonly<Record<string, number>> = {
  'GET /api/openapi.json': 0,
  'GET /api/quality': 10,
  'GET /api/projects': 5,
  'GET /api/areas/:code/funds': 5,
  'GET /api/pairings/classify': 5,
  'POST /api/session': 5,
  // The public pages (decision 0055): each reads the programme's figures four ways.
  'GET /api/public/overview': 5,
  'GET /api/public/overview/csv': 5,
  'GET /api/public/donors/:code': 5,
  'GET /api/public/donors/:code/csv': 5,
  'GET /api/public/areas/:code': 10,
  'GET /api/public/areas/:code/csv': 10,
  'GET /api/public/map': 5,
  'GET /api/public/map/csv': 5,
  'GET /api/public/rules': 5,
  'GET /api/public/rules/csv': 5,
  'GET /api/public/iati': 20,
  'GET /api/public/iati-organisations': 20,
};

const MINUTE_MS = 60_000;
const KEEP_MINUTES = 60;
const PRUNE_CHANCE = 0.01;

/** Adds `cost` to the address's spending this minute; returns the total spent now. */
export async function spend(
  db: Executor,
  address: string,
  cost: number,
  now: Date = new Date(),
): Promise<number> {
  const minute = Math.floor(now.getTime() / MINUTE_MS);
  const row = await db
    .insertInto('requestCounts')
    .values({ address, minute, spent: cost })
    .onConflict((oc) =>
      oc.columns(['address', 'minute']).doUpdateSet((eb) => ({
        spent: eb('requestCounts.spent', '+', cost),
      })),
    )
    .returning('spent')
    .executeTakeFirstOrThrow();
  if (Math.random() < PRUNE_CHANCE) await pruneRequestCounts(db, now);
  return Number(row.spent);
}

/** Deletes counts older than an hour; returns how many went. */
export async function pruneRequestCounts(db: Executor, now: Date = new Date()): Promise<number> {
  const before = Math.floor(now.getTime() / MINUTE_MS) - KEEP_MINUTES;
  const result = await db
    .deleteFrom('requestCounts')
    .where('minute', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * The onRequest hook (after the caller is identified): an anonymous request to a public route
 * spends its cost, and is refused once the address's budget for the minute is spent.
 */
export function limitAnonymous(db: Executor, perMinute: number) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    if (perMinute <= 0 || request.actor.kind !== 'anonymous') return;
    if (request.routeOptions.config?.access !== 'public') return;
    const url = request.routeOptions.url ?? '';
    if (!url.startsWith('/api/')) return;
    const cost = ROUTE_COSTS[`${request.method} ${url}`] ?? 1;
    if (cost === 0) return;
    const now = new Date();
    const spent = await spend(db, request.ip, cost, now);
    if (spent <= perMinute) return;
    const wait = Math.max(1, Math.ceil((MINUTE_MS - (now.getTime() % MINUTE_MS)) / 1000));
    throw new TooManyRequestsError(problem('request.rateLimited', { seconds: wait }), wait);
  };
}
