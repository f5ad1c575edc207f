import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../src/http/types.js';
import { verifyHistory } from '../../src/modules/history/service.js';
import { DEMO_YEARS, loadDemoData } from '../../src/seed/demo.js';
import { SEED_PROJECTS } from '../../src/seed/demo-projects.js';
import { loginAs } from '../support/accounts.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';

const DEMO_YEAR = DEMO_YEARS[DEMO_YEARS.length - 1];

describeEachDatabase('demo data', (ctx) => {
  let app: App;
  let cookie: string;
  beforeAll(async () => {
    await loadDemoData(ctx.database, { accounts: true });
    app = await buildTestApp(ctx.database);
    cookie = await loginAs(app, ctx.database, { role: 'coordinator' });
  });
  afterAll(async () => app.close());

  it('holds every project the report names, published, with the figures it states', async () => {
    for (const p of SEED_PROJECTS) {
      const res = await app.inject({ method: 'GET', url: `/api/projects/${p.code}` });
      expect(res.statusCode, p.code).toBe(200);
    }
    const textile = (
      await app.inject({ method: 'GET', url: '/api/projects/XJ-2024-BJ-001' })
    ).json();
    expect(textile.results).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ metric: 'jobs', planned: false, value: 700 }),
        expect.objectContaining({ metric: 'jobs', planned: true, value: 3000 }),
      ]),
    );
    const bachu = (await app.inject({ method: 'GET', url: '/api/projects/XJ-2025-SD-001' })).json();
    expect(bachu.locations[0].classification).toBe('cross-pair');
  });

  it('shows all 19 donors for the demo year on both bases, explaining every failure', async () => {
    for (const basis of ['plan', 'actual']) {
      const res = await app.inject({
        method: 'GET',
        url: `/api/compliance?programme=xinjiang&year=${DEMO_YEAR}&basis=${basis}`,
        headers: { cookie },
      });
      expect(res.statusCode).toBe(200);
      const items = res.json().items as Array<{
        totalFen: number;
        countyAndBelowOk: boolean | null;
        livelihoodOk: boolean | null;
        culprits: { countyAndBelow: unknown[]; livelihood: unknown[] };
      }>;
      expect(items).toHaveLength(19);
      for (const item of items) {
        expect(item.totalFen).toBeGreaterThan(0);
        if (item.countyAndBelowOk === false)
          expect(item.culprits.countyAndBelow.length).toBeGreaterThan(0);
        if (item.livelihoodOk === false) expect(item.culprits.livelihood.length).toBeGreaterThan(0);
      }
    }
  });

  it('loads again without adding anything, the history intact', async () => {
    const before = await ctx.database.db
      .selectFrom('projects')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await loadDemoData(ctx.database, { accounts: true });
    const after = await ctx.database.db
      .selectFrom('projects')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect((await verifyHistory(ctx.database.db)).ok).toBe(true);
  });
});
