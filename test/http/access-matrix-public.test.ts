/**
 * The public routes (reference registries, the project registry, data quality, health, the API
 * document) asked by every kind of caller, about two Shanghai projects in Bachu (Kashgar): one
 * unpublished (`hidden`), one published (`shown`), each with a commitment. Anyone may read the
 * registries and a published project; the unpublished one is Shanghai's, the programme office's
 * and the auditors' only: anyone else gets 404 as if it did not exist and never finds it in a
 * list.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import type { App } from '../../src/http/types.js';
import { createTransaction } from '../../src/modules/ledger/service.js';
import {
  EVERY_CALLER,
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
import { PUBLIC_READS } from './access-matrix-public.routes.js';

const HIDDEN = 'SH-PUBLIC-HIDDEN';
const SHOWN = 'SH-PUBLIC-SHOWN';

/** Who may see Shanghai's unpublished project: its donor, the programme office, auditors. */
const seesHidden = (who: Who) => who === 'coordinator' || who === 'auditor' || who === 'shanghai';
const hiddenRecord: Record<Who, number> = {
  ...everyone(404, 404),
  coordinator: 200,
  auditor: 200,
  shanghai: 200,
};

describeEachDatabase('access matrix: public reads', (ctx) => {
  let app: App;
  let cookies = new Map<Who, string | undefined>();
  let pairing = 0;

  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
    const system = { actor: systemActor('test'), db: ctx.database.db };
    for (const [code, published] of [
      [HIDDEN, false],
      [SHOWN, true],
    ] as const) {
      await createTestProject(ctx.database, {
        code,
        donor: '310000',
        published,
        locations: [{ area: '653130', shareBp: 10000 }],
      });
      await createTransaction(system, code, {
        type: 'commitment',
        // Above the budget (1 million yuan): a data-quality finding on each project.
        valueFen: 200_000_000,
        date: '2025-01-01',
        planned: false,
      });
    }
    pairing = (
      await ctx.database.db
        .selectFrom('pairings')
        .select('id')
        .where('donorCode', '=', '310000')
        .where('recipientAreaCode', '=', '653130')
        .executeTakeFirstOrThrow()
    ).id;
    ({ cookies } = await signInCallers(app, ctx.database));
  });
  afterAll(async () => app.close());

  const open = everyone(200, 200);
  const cases: MatrixCase[] = [
    { route: 'GET /healthz', url: () => '/healthz', expect: open },
    { route: 'GET /api/openapi.json', url: () => '/api/openapi.json', expect: open },
    { route: 'GET /api/areas', url: () => '/api/areas?q=巴楚', expect: open },
    { route: 'GET /api/areas/:code', url: () => '/api/areas/653130', expect: open },
    { route: 'GET /api/organisations', url: () => '/api/organisations', expect: open },
    { route: 'GET /api/organisations/:code', url: () => '/api/organisations/310000', expect: open },
    { route: 'GET /api/programmes', url: () => '/api/programmes', expect: open },
    { route: 'GET /api/programmes/:code', url: () => '/api/programmes/xinjiang', expect: open },
    { route: 'GET /api/pairings', url: () => '/api/pairings', expect: open },
    {
      route: 'GET /api/pairings/classify',
      url: () => '/api/pairings/classify?donor=310000&area=653130&date=2025-01-01',
      expect: open,
    },
    { route: 'GET /api/pairings/:id', url: () => `/api/pairings/${pairing}`, expect: open },
    { route: 'GET /api/project-types', url: () => '/api/project-types', expect: open },
    { route: 'GET /api/projects', url: () => '/api/projects', expect: open },
    { route: 'GET /api/projects/:code', url: () => `/api/projects/${SHOWN}`, expect: open },
    {
      route: 'GET /api/projects/:code',
      url: () => `/api/projects/${HIDDEN}`,
      expect: hiddenRecord,
    },
    {
      route: 'GET /api/projects/:code/transactions',
      url: () => `/api/projects/${SHOWN}/transactions`,
      expect: open,
    },
    {
      route: 'GET /api/projects/:code/transactions',
      url: () => `/api/projects/${HIDDEN}/transactions`,
      expect: hiddenRecord,
    },
    {
      route: 'GET /api/projects/:code/quality',
      url: () => `/api/projects/${SHOWN}/quality`,
      expect: open,
    },
    {
      route: 'GET /api/projects/:code/quality',
      url: () => `/api/projects/${HIDDEN}/quality`,
      expect: hiddenRecord,
    },
    { route: 'GET /api/quality', url: () => '/api/quality', expect: open },
    { route: 'GET /api/quality/rules', url: () => '/api/quality/rules', expect: open },
  ];

  for (const c of cases) {
    it(`${c.route}: ${c.url()} answers each caller as its policy says`, async () => {
      expect(await statusesOf(app, cookies, c)).toEqual(c.expect);
    });
  }

  it('lists and searches hold the unpublished project only for those who may see it', async () => {
    for (const who of EVERY_CALLER) {
      const cookie = cookies.get(who);
      const headers = cookie ? { cookie } : {};
      for (const url of ['/api/projects?limit=200', '/api/projects?q=SH-PUBLIC&limit=200']) {
        const res = await app.inject({ url, headers });
        const codes = res.json().items.map((p: { code: string }) => p.code);
        expect(codes, `${who} ${url}`).toContain(SHOWN);
        expect(codes.includes(HIDDEN), `${who} ${url}`).toBe(seesHidden(who));
      }
      const quality = await app.inject({ url: '/api/quality?limit=500', headers });
      const flagged = quality
        .json()
        .items.map((f: { project: { code: string } }) => f.project.code);
      expect(flagged, `${who} quality`).toContain(SHOWN);
      expect(flagged.includes(HIDDEN), `${who} quality`).toBe(seesHidden(who));
    }
  });

  it('requested every route it declares', () => expectExercised(app, PUBLIC_READS));
});
