/**
 * The access matrix's shared registry and callers (issue 12: every route has a case, and a test
 * fails when one has none).
 *
 * Each matrix test file (test/http/access-matrix*.test.ts) declares the routes its cases exercise
 * in a sibling module `access-matrix*.routes.ts`, through `declareMatrix`; test files cannot
 * import one another (Vitest would run them twice), so the declarations live beside them. Two
 * checks keep the declarations true:
 *
 * - each matrix file ends with `expectExercised(app, declared)`: every declared route was
 *   actually answered by the app in that file (Fastify's matched route, recorded by
 *   `buildTestApp`), so a declaration cannot name a route its cases never reach;
 * - test/http/access-matrix-coverage.test.ts imports every declaration and fails naming each
 *   `METHOD /path` the app registers that no matrix declares (`coverageGaps`).
 */
import type { FastifyRequest } from 'fastify';
import { expect } from 'vitest';
import type { Database } from '../../src/db/database.js';
import type { RouteEntry } from '../../src/http/app.js';
import type { App } from '../../src/http/types.js';
import { createTestUser, sessionCookieFor, type TestUserOptions } from './accounts.js';

/** `METHOD /url` as Fastify registered it, e.g. `GET /api/projects/:code`. */
export type RouteKey = string;

export const routeKey = (r: { method: string; url: string }): RouteKey => `${r.method} ${r.url}`;

/** What a matrix covers: a list of routes, or a rule over the app's routes (the writes matrix). */
export type MatrixDeclaration = readonly RouteKey[] | ((route: RouteEntry) => boolean);

const declarations = new Map<string, MatrixDeclaration>();

/** Registers the routes the matrix test file `file` exercises; returns the declaration. */
export function declareMatrix<D extends MatrixDeclaration>(file: string, routes: D): D {
  declarations.set(file, routes);
  return routes;
}

/** Every declaration registered so far (after the `*.routes.ts` modules were imported). */
export function matrixDeclarations(): ReadonlyMap<string, MatrixDeclaration> {
  return declarations;
}

/** The routes of `catalog` that a declaration covers. */
export function declaredRoutes(
  catalog: readonly RouteEntry[],
  declaration: MatrixDeclaration,
): RouteKey[] {
  if (typeof declaration === 'function') return catalog.filter(declaration).map(routeKey);
  return [...declaration];
}

/**
 * The comparison the coverage check makes: routes the app registers that no matrix covers
 * (`uncovered`), and routes a matrix names that the app does not register (`unknown`), sorted.
 */
export function coverageGaps(
  registered: readonly RouteKey[],
  covered: Iterable<RouteKey>,
): { uncovered: RouteKey[]; unknown: RouteKey[] } {
  const have = new Set(covered);
  const exist = new Set(registered);
  return {
    uncovered: [...exist].filter((r) => !have.has(r)).sort(),
    unknown: [...have].filter((r) => !exist.has(r)).sort(),
  };
}

const exercised = new WeakMap<object, Set<RouteKey>>();

/** The route a request matched, recorded as answered (buildTestApp's onResponse hook). */
export function recordExercised(app: object, request: FastifyRequest): void {
  const url = request.routeOptions.url;
  if (url === undefined) return;
  let seen = exercised.get(app);
  if (!seen) {
    seen = new Set();
    exercised.set(app, seen);
  }
  seen.add(routeKey({ method: request.method, url }));
}

/** Every declared route was answered by `app` (call last in a matrix file). */
export function expectExercised(app: App, declaration: MatrixDeclaration): void {
  const seen = exercised.get(app) ?? new Set<RouteKey>();
  const missing = declaredRoutes(app.routeCatalog, declaration).filter((r) => !seen.has(r));
  expect(missing, 'declared in the matrix but never requested').toEqual([]);
}

/** The callers every read matrix asks, by name. */
export type Who =
  | 'anonymous'
  | 'coordinator'
  | 'auditor'
  | 'viewer'
  | 'shanghai'
  | 'beijing'
  | 'hotan';

export const EVERY_CALLER: readonly Who[] = [
  'anonymous',
  'coordinator',
  'auditor',
  'viewer',
  'shanghai',
  'beijing',
  'hotan',
];

/**
 * Signs in one user per caller: the programme office, an auditor, a viewer, Shanghai's and
 * Beijing's donor editors and Hotan prefecture's recipient editor (Bachu, where the matrices'
 * Shanghai records lie, is in Kashgar: Hotan's editor is not of its area). Returns each caller's
 * `cookie` header (none for the anonymous caller) and username.
 */
export async function signInCallers(app: App, database: Database) {
  const grants: Record<Exclude<Who, 'anonymous'>, TestUserOptions> = {
    coordinator: { role: 'coordinator' },
    auditor: { role: 'auditor' },
    viewer: { role: 'viewer' },
    shanghai: { role: 'donor-editor', orgCode: '310000' },
    beijing: { role: 'donor-editor', orgCode: '110000' },
    hotan: { role: 'recipient-editor', areaCode: '653200' },
  };
  const cookies = new Map<Who, string | undefined>([['anonymous', undefined]]);
  const usernames = new Map<Who, string>();
  for (const [who, grant] of Object.entries(grants) as [Who, TestUserOptions][]) {
    const { username, password } = await createTestUser(database, grant);
    usernames.set(who, username);
    cookies.set(who, await sessionCookieFor(app, username, password));
  }
  return { cookies, usernames };
}

/** One case of a read matrix: the route, the URL asked, and each caller's expected status. */
export interface MatrixCase {
  route: RouteKey;
  url: () => string;
  expect: Record<Who, number>;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  payload?: () => object;
}

/** Each caller's status for a case (every caller asks in turn). */
export async function statusesOf(
  app: App,
  cookies: ReadonlyMap<Who, string | undefined>,
  c: MatrixCase,
): Promise<Record<Who, number>> {
  const got = {} as Record<Who, number>;
  for (const who of EVERY_CALLER) {
    const cookie = cookies.get(who);
    const res = await app.inject({
      method: c.method ?? 'GET',
      url: c.url(),
      headers: cookie ? { cookie } : {},
      ...(c.payload ? { payload: c.payload() } : {}),
    });
    got[who] = res.statusCode;
  }
  return got;
}

/** Each caller's status for one case; `everyone(200)` and overrides read as the policy does. */
export function everyone(status: number, anonymous = 401): Record<Who, number> {
  return {
    anonymous,
    coordinator: status,
    auditor: status,
    viewer: status,
    shanghai: status,
    beijing: status,
    hotan: status,
  };
}
