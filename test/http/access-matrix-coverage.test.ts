/**
 * The access matrix covers every route (issue 12): each route the app registers is declared by
 * some matrix file (test/http/access-matrix*.routes.ts, test/support/access-matrix.ts), and each
 * matrix file requests every route it declares (its own last test). A new route without a case
 * fails here, named.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/db/database.js';
import type { App } from '../../src/http/types.js';
import {
  coverageGaps,
  declaredRoutes,
  matrixDeclarations,
  routeKey,
} from '../support/access-matrix.js';
import { buildTestApp } from '../support/app.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(here);
const matrixTests = files.filter((f) => /^access-matrix.*\.test\.ts$/.test(f));
const declarationModules = files.filter((f) => /^access-matrix.*\.routes\.ts$/.test(f));

describe('the access matrix covers every route', () => {
  let database: Database;
  let app: App;
  beforeAll(async () => {
    for (const file of declarationModules) await import(`./${file.replace(/\.ts$/, '.js')}`);
    // The routes do not depend on the engine or the data: an empty in-memory database will do.
    database = openDatabase('sqlite::memory:');
    app = await buildTestApp(database);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('has a declaration for each matrix test file, and only for those', () => {
    const declared = [...matrixDeclarations().keys()].sort();
    const own = 'access-matrix-coverage.test.ts';
    expect(declared).toEqual(matrixTests.filter((f) => f !== own).sort());
  });

  it('has a case for every route the app registers (METHOD /path), and names no other', () => {
    const covered = [...matrixDeclarations().values()].flatMap((d) =>
      declaredRoutes(app.routeCatalog, d),
    );
    const gaps = coverageGaps(app.routeCatalog.map(routeKey), covered);
    expect(gaps.uncovered, 'routes no access-matrix case requests').toEqual([]);
    expect(gaps.unknown, 'routes a matrix declares that the app does not register').toEqual([]);
  });
});

describe('coverageGaps (the comparison above can fail)', () => {
  const registered = ['GET /api/areas', 'POST /api/areas', 'GET /api/areas/:code'];

  it('names a registered route that no matrix covers', () => {
    expect(coverageGaps(registered, ['GET /api/areas', 'POST /api/areas'])).toEqual({
      uncovered: ['GET /api/areas/:code'],
      unknown: [],
    });
  });

  it('tells methods apart: a GET case does not cover the POST of the same path', () => {
    expect(coverageGaps(registered, ['GET /api/areas', 'GET /api/areas/:code']).uncovered).toEqual([
      'POST /api/areas',
    ]);
  });

  it('names a declared route the app does not register (a rename)', () => {
    expect(coverageGaps(registered, [...registered, 'GET /api/area/:code'])).toEqual({
      uncovered: [],
      unknown: ['GET /api/area/:code'],
    });
  });

  it('is empty when every route is covered, however often', () => {
    expect(coverageGaps(registered, [...registered, ...registered])).toEqual({
      uncovered: [],
      unknown: [],
    });
  });

  it('reads a rule-based declaration over the routes as registered', () => {
    const catalog = registered.map((r) => {
      const [method = '', url = ''] = r.split(' ');
      return { method, url, access: 'public' as const };
    });
    expect(declaredRoutes(catalog, (route) => route.method !== 'GET')).toEqual(['POST /api/areas']);
  });
});
