/**
 * The reads of figures and office tools asked by every kind of caller: compliance with the two
 * 80% rules and the rates (the office, auditors, and a donor's editors for their own donor),
 * annual plans (likewise; a plan is never public), the change history and the job queue (the
 * office; history also auditors), the warning settings (the office) and the measures catalogue
 * (anyone signed in). Shanghai has an unpublished project and a draft plan: Beijing's editor gets
 * 404 on them, as on missing ones, and never finds them in a list.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import type { App } from '../../src/http/types.js';
import { createPlan } from '../../src/modules/plans/service.js';
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
import { OFFICE_READS } from './access-matrix-office-reads.routes.js';

const HIDDEN = 'SH-OFFICE-HIDDEN';

/** The office, auditors and Shanghai's own editors: Shanghai's figures and plans. */
const shanghais: Record<Who, number> = {
  ...everyone(403),
  coordinator: 200,
  auditor: 200,
  shanghai: 200,
};

/** The same, where another donor's editor is told the record does not exist. */
const shanghaisOr404: Record<Who, number> = { ...shanghais, beijing: 404 };

describeEachDatabase(
  'access matrix: office reads (compliance, rates, plans, history, jobs)',
  (ctx) => {
    let app: App;
    let cookies = new Map<Who, string | undefined>();
    let plan = 0;

    beforeAll(async () => {
      app = await buildTestApp(ctx.database);
      const system = { actor: systemActor('test'), db: ctx.database.db };
      await createTestProject(ctx.database, {
        code: HIDDEN,
        donor: '310000',
        published: false,
        locations: [{ area: '653130', shareBp: 10000 }],
      });
      plan = (
        await createPlan(system, {
          programme: 'xinjiang',
          donor: '310000',
          year: 2024,
          totalFen: 100,
          items: [{ project: HIDDEN, plannedFen: 100 }],
        })
      ).id;
      ({ cookies } = await signInCallers(app, ctx.database));
    });
    afterAll(async () => app.close());

    const cases: MatrixCase[] = [
      {
        route: 'GET /api/analytics/measures',
        url: () => '/api/analytics/measures',
        expect: everyone(200),
      },
      {
        route: 'GET /api/compliance',
        url: () => '/api/compliance?programme=xinjiang&year=2024&basis=plan',
        expect: { ...everyone(403), coordinator: 200, auditor: 200, shanghai: 200, beijing: 200 },
      },
      {
        route: 'GET /api/compliance/:donor',
        url: () => '/api/compliance/310000?programme=xinjiang&year=2024&basis=plan',
        expect: shanghais,
      },
      {
        route: 'GET /api/rates',
        url: () => '/api/rates?programme=xinjiang&year=2024&donor=310000',
        expect: shanghais,
      },
      {
        // Another donor's unpublished project is answered as a missing one (422 for a bad filter).
        route: 'GET /api/rates',
        url: () => `/api/rates?programme=xinjiang&year=2024&project=${HIDDEN}`,
        expect: { ...everyone(403), coordinator: 200, auditor: 200, shanghai: 200, beijing: 422 },
      },
      {
        route: 'GET /api/rates',
        url: () => '/api/rates?programme=xinjiang&year=2024&project=NOPE-404',
        expect: { ...everyone(403), coordinator: 422, auditor: 422, shanghai: 422, beijing: 422 },
      },
      {
        route: 'GET /api/rates/donors',
        url: () => '/api/rates/donors?programme=xinjiang&year=2024',
        expect: { ...everyone(403), coordinator: 200, auditor: 200, shanghai: 200, beijing: 200 },
      },
      {
        route: 'GET /api/plans',
        url: () => '/api/plans',
        expect: { ...everyone(403), coordinator: 200, auditor: 200, shanghai: 200, beijing: 200 },
      },
      // Another donor's plan is answered as a missing one (404); roles that read no plan: 403.
      { route: 'GET /api/plans/:id', url: () => `/api/plans/${plan}`, expect: shanghaisOr404 },
      {
        route: 'GET /api/plans/:id',
        url: () => '/api/plans/999999',
        expect: { ...shanghaisOr404, coordinator: 404, auditor: 404, shanghai: 404 },
      },
      {
        route: 'GET /api/plans/:id/compliance',
        url: () => `/api/plans/${plan}/compliance`,
        expect: shanghaisOr404,
      },
      {
        route: 'GET /api/history',
        url: () => '/api/history',
        expect: { ...everyone(403), coordinator: 200, auditor: 200 },
      },
      {
        route: 'GET /api/jobs',
        url: () => '/api/jobs',
        expect: { ...everyone(403), coordinator: 200 },
      },
      {
        route: 'GET /api/warnings/settings',
        url: () => '/api/warnings/settings',
        expect: { ...everyone(403), coordinator: 200 },
      },
    ];

    for (const c of cases) {
      it(`${c.route}: ${c.url()} answers each caller as its policy says`, async () => {
        expect(await statusesOf(app, cookies, c)).toEqual(c.expect);
      });
    }

    it("GET /api/plans lists Shanghai's plan only to the office, auditors and Shanghai", async () => {
      for (const who of ['coordinator', 'auditor', 'shanghai', 'beijing'] as const) {
        const cookie = cookies.get(who) ?? '';
        const res = await app.inject({ url: '/api/plans', headers: { cookie } });
        const ids = res.json().items.map((p: { id: number }) => p.id);
        expect(ids.includes(plan), who).toBe(who !== 'beijing');
      }
    });

    it('requested every route it declares', () => expectExercised(app, OFFICE_READS));
  },
);
