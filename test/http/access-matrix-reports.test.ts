/**
 * The access matrix of the annual work reports (decision 0058), for every role: anonymous
 * callers get 401; a donor's report (JSON and PDF) is for the programme office, auditors and the
 * donor's own editors (403 for another donor's, a recipient editor and a viewer); an area's is for
 * everyone signed in, each seeing in it only what it may: Shanghai's unpublished project in Bachu
 * is in the office's, auditors' and Shanghai's report of Kashgar, in no one else's.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../src/http/types.js';
import {
  everyone,
  expectExercised,
  type MatrixCase,
  signInCallers,
  statusesOf,
  type Who,
} from '../support/access-matrix.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';
import { createTestProject } from '../support/factories.js';
import { REPORT_ROUTES } from './access-matrix-reports.routes.js';

const SEES_UNPUBLISHED: Record<Exclude<Who, 'anonymous'>, boolean> = {
  coordinator: true,
  auditor: true,
  viewer: false,
  shanghai: true,
  beijing: false,
  hotan: false,
};

describeEachDatabase('access matrix: annual reports', (ctx) => {
  let app: App;
  let callers: Awaited<ReturnType<typeof signInCallers>>;
  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
    callers = await signInCallers(app, ctx.database);
    await createTestProject(ctx.database, {
      code: 'SH-REPORT',
      donor: '310000',
      year: 2025,
      published: false,
      locations: [{ area: '653130', shareBp: 10000 }],
    });
  });
  afterAll(async () => app.close());

  const donorOnly = { ...everyone(403), coordinator: 200, auditor: 200, shanghai: 200 };
  const cases: MatrixCase[] = [
    {
      route: 'GET /api/reports/donor/:code',
      url: () => '/api/reports/donor/310000?year=2025',
      expect: donorOnly,
    },
    {
      route: 'GET /api/reports/donor/:code/pdf',
      url: () => '/api/reports/donor/310000/pdf?year=2025',
      expect: donorOnly,
    },
    {
      route: 'GET /api/reports/area/:code',
      url: () => '/api/reports/area/653100?year=2025',
      expect: everyone(200),
    },
    {
      route: 'GET /api/reports/area/:code/pdf',
      url: () => '/api/reports/area/653100/pdf?year=2025&lang=en',
      expect: everyone(200),
    },
  ];

  it('answers each caller as the policies say', async () => {
    for (const c of cases) {
      expect(await statusesOf(app, callers.cookies, c), c.route).toEqual(c.expect);
    }
  });

  it('puts Shanghai’s unpublished project only in the reports of those who may see it', async () => {
    for (const [who, sees] of Object.entries(SEES_UNPUBLISHED)) {
      const res = await app.inject({
        method: 'GET',
        url: '/api/reports/area/653100?year=2025',
        headers: { cookie: callers.cookies.get(who as Who) ?? '' },
      });
      expect(res.statusCode, who).toBe(200);
      expect(res.body.includes('SH-REPORT'), `${who} sees SH-REPORT`).toBe(sees);
    }
  });

  it('requested every declared route', () => expectExercised(app, REPORT_ROUTES));
});
