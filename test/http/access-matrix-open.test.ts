/**
 * The access matrix of the public pages (decision 0055): every caller, anonymous included, gets
 * 200 from each route, and every caller gets the same bytes — the anonymous view, so Shanghai's
 * unpublished project is in no one's answer, not even the programme office's.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../src/http/types.js';
import {
  EVERY_CALLER,
  everyone,
  expectExercised,
  type MatrixCase,
  signInCallers,
  statusesOf,
} from '../support/access-matrix.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';
import { insertProject, insertTransaction } from '../support/factories.js';
import { OPEN_DATA_ROUTES } from './access-matrix-open.routes.js';

describeEachDatabase('access matrix: public pages', (ctx) => {
  let app: App;
  let callers: Awaited<ReturnType<typeof signInCallers>>;
  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
    callers = await signInCallers(app, ctx.database);
    await insertProject(ctx.database, { code: 'SH-HIDDEN', donor: '310000', published: false });
    await insertTransaction(ctx.database, {
      projectCode: 'SH-HIDDEN',
      type: 'disbursement',
      valueFen: 424_242_400,
      date: '2025-03-01',
    });
  });
  afterAll(async () => app.close());

  const all = everyone(200, 200);
  const cases: MatrixCase[] = [
    { route: 'GET /api/public/overview', url: () => '/api/public/overview', expect: all },
    { route: 'GET /api/public/overview/csv', url: () => '/api/public/overview/csv', expect: all },
    { route: 'GET /api/public/donors/:code', url: () => '/api/public/donors/310000', expect: all },
    {
      route: 'GET /api/public/donors/:code/csv',
      url: () => '/api/public/donors/310000/csv?lang=en',
      expect: all,
    },
    { route: 'GET /api/public/areas/:code', url: () => '/api/public/areas/653100', expect: all },
    {
      route: 'GET /api/public/areas/:code/csv',
      url: () => '/api/public/areas/653130/csv',
      expect: all,
    },
    { route: 'GET /api/public/map', url: () => '/api/public/map', expect: all },
    { route: 'GET /api/public/map/csv', url: () => '/api/public/map/csv', expect: all },
    { route: 'GET /api/public/rules', url: () => '/api/public/rules?year=2025', expect: all },
    {
      route: 'GET /api/public/rules/csv',
      url: () => '/api/public/rules/csv?year=2025',
      expect: all,
    },
    { route: 'GET /api/public/iati', url: () => '/api/public/iati', expect: all },
    {
      route: 'GET /api/public/iati-organisations',
      url: () => '/api/public/iati-organisations',
      expect: all,
    },
  ];

  it('answers every caller, anonymous included', async () => {
    for (const c of cases) {
      expect(await statusesOf(app, callers.cookies, c), c.route).toEqual(c.expect);
    }
  });

  it('gives every caller the anonymous view: the unpublished project in no one’s answer', async () => {
    for (const c of cases.filter((x) => !x.route.includes('/iati'))) {
      const bodies = new Set<string>();
      for (const who of EVERY_CALLER) {
        const cookie = callers.cookies.get(who);
        const res = await app.inject({
          method: 'GET',
          url: c.url(),
          headers: cookie ? { cookie } : {},
        });
        expect(res.body.includes('4242424'), `${who} ${c.route}`).toBe(false);
        bodies.add(res.body);
      }
      expect(bodies.size, c.route).toBe(1);
    }
  });

  it('requested every declared route', () => expectExercised(app, OPEN_DATA_ROUTES));
});
