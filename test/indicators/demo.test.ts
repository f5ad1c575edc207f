/**
 * The seed's outcome figures (../shared/seed/FACTS.md; issue 10 point 3) come back exactly from
 * the analytics API on the demo data, on both engines (decision 0048).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../src/http/types.js';
import { loadDemoData } from '../../src/seed/demo.js';
import { loginAs } from '../support/accounts.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';
import { PANSHI, WUCHUAN, XING } from './support.js';

describeEachDatabase('demo: the revolutionary areas’ figures through the analytics API', (ctx) => {
  let app: App;
  let cookie: string;
  const query = async (body: object) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/analytics/query',
      headers: { cookie },
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().rows;
  };
  beforeAll(async () => {
    await loadDemoData(ctx.database, { accounts: false, today: '2026-07-06' });
    app = await buildTestApp(ctx.database);
    cookie = await loginAs(app, ctx.database, { role: 'viewer' });
  }, 240_000);
  afterAll(async () => app.close());

  it('2024 by county: Panshi, Wuchuan and Xing county (Caijiaya) as the reports state', async () => {
    const rows = await query({
      measures: ['visitors', 'tourism_revenue_fen', 'red_tourism_share'],
      dimensions: ['area:county'],
      filters: {
        programme: 'revolutionary-areas',
        period: { from: '2024-01-01', to: '2024-12-31' },
      },
    });
    expect(rows).toEqual([
      {
        'area:county': XING,
        visitors: 300_000,
        tourism_revenue_fen: null,
        red_tourism_share: null,
      },
      {
        'area:county': WUCHUAN,
        visitors: 806_000,
        tourism_revenue_fen: 13_000_000_000,
        red_tourism_share: null,
      },
      {
        'area:county': PANSHI,
        visitors: 1_700_000,
        tourism_revenue_fen: 85_000_000_000,
        red_tourism_share: 7000,
      },
    ]);
  });

  it('Xing county’s aluminium output in the first half of 2025, and Wuchuan’s 2025 target', async () => {
    const rows = await query({
      measures: ['output_value_fen'],
      dimensions: ['area:county'],
      filters: { period: { from: '2025-01-01', to: '2025-06-30' } },
    });
    expect(rows).toEqual([{ 'area:county': XING, output_value_fen: 100_000_000_000 }]);
    const targets = await app.inject({
      url: '/api/indicators/targets?element=visitors&period=2025',
      headers: { cookie },
    });
    expect(targets.json().items).toEqual([
      expect.objectContaining({
        area: expect.objectContaining({ code: WUCHUAN }),
        value: 1_000_000,
      }),
    ]);
  });

  it('loads again without adding anything', async () => {
    const count = async () =>
      Number(
        (
          await ctx.database.db
            .selectFrom('indicatorValues')
            .select((eb) => eb.fn.countAll<number | string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    expect(before).toBe(7);
    await loadDemoData(ctx.database, { accounts: false, today: '2026-07-06' });
    expect(await count()).toBe(before);
  }, 240_000);
});
