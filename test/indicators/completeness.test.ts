/**
 * Reporting completeness on both engines (decision 0048): for a set and a period, each reporting
 * unit complete, partial, missing or late, judged on a given day against the due date.
 */
import { beforeAll, expect, it } from 'vitest';
import { useApp } from '../modules/support.js';
import { describeEachDatabase } from '../support/db.js';
import { ANNUAL, caller, PANSHI, seedIndicators, WUCHUAN, XING } from './support.js';

describeEachDatabase('indicators: reporting completeness', (ctx) => {
  const t = useApp(ctx);
  let office: Awaited<ReturnType<typeof caller>>;
  let viewer: Awaited<ReturnType<typeof caller>>;
  beforeAll(async () => {
    await seedIndicators(ctx.database);
    office = await caller(t.app, ctx.database, { role: 'coordinator' });
    viewer = await caller(t.app, ctx.database, { role: 'viewer' });
    // Wuchuan reports every element of 2025; Panshi two of five.
    const all = await office('PUT', '/api/indicators/form', {
      set: ANNUAL,
      area: WUCHUAN,
      period: '2025',
      values: [
        { element: 'visitors', value: 1_020_000 },
        { element: 'red_tourism_share', value: 4000 },
        { element: 'tourism_revenue_fen', value: 15_000_000_000 },
        { element: 'output_value_fen', value: 0 },
        { element: 'relocated_households', value: 310 },
      ],
    });
    expect(all.statusCode, all.body).toBe(200);
    const some = await office('PUT', '/api/indicators/form', {
      set: ANNUAL,
      area: PANSHI,
      period: '2025',
      values: [
        { element: 'visitors', value: 1_750_000 },
        { element: 'tourism_revenue_fen', value: 88_000_000_000 },
      ],
    });
    expect(some.statusCode, some.body).toBe(200);
  });

  const statuses = (body: {
    reporters: { area: { code: string }; status: string; missing: string[] }[];
  }) => Object.fromEntries(body.reporters.map((r) => [r.area.code, [r.status, r.missing.length]]));

  it('before the due date: complete, partial, missing', async () => {
    const res = await viewer(
      'GET',
      `/api/indicators/completeness?set=${ANNUAL}&period=2025&asOf=2026-03-31`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.dueDate).toBe('2026-03-31');
    expect(statuses(body)).toEqual({
      [WUCHUAN]: ['complete', 0],
      [PANSHI]: ['partial', 3],
      [XING]: ['missing', 5],
    });
    expect(body.summary).toEqual({ complete: 1, partial: 1, missing: 1, late: 0 });
    const panshi = body.reporters.find((r: { area: { code: string } }) => r.area.code === PANSHI);
    expect(panshi).toMatchObject({
      entered: 2,
      expected: 5,
      missing: ['red_tourism_share', 'output_value_fen', 'relocated_households'],
    });
    expect(panshi.lastEnteredAt).toBeTruthy();
  });

  it('after it: every incomplete unit is late', async () => {
    const body = (
      await viewer('GET', `/api/indicators/completeness?set=${ANNUAL}&period=2025&asOf=2026-04-01`)
    ).json();
    expect(statuses(body)).toEqual({
      [WUCHUAN]: ['complete', 0],
      [PANSHI]: ['late', 3],
      [XING]: ['late', 5],
    });
    expect(body.summary).toEqual({ complete: 1, partial: 0, missing: 0, late: 2 });
  });

  it('the seeded 2024 figures: nobody complete, all late', async () => {
    const body = (
      await viewer('GET', `/api/indicators/completeness?set=${ANNUAL}&period=2024`)
    ).json();
    expect(statuses(body)).toEqual({
      [WUCHUAN]: ['late', 3],
      [PANSHI]: ['late', 2],
      [XING]: ['late', 4],
    });
  });

  it('refuses a period of another type or outside the programme, and an unknown set', async () => {
    const q = (query: string) => viewer('GET', `/api/indicators/completeness?${query}`);
    expect((await q(`set=${ANNUAL}&period=2025-Q1`)).json().errors[0]).toMatchObject({
      field: 'period',
      code: 'indicators.periodType',
    });
    expect((await q(`set=${ANNUAL}&period=2020`)).json().errors[0]).toMatchObject({
      code: 'indicators.periodOutsideProgramme',
    });
    expect((await q('set=nope&period=2025')).json().errors[0]).toMatchObject({
      field: 'set',
      code: 'indicators.notFound',
    });
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/indicators/completeness?set=${ANNUAL}&period=2025`,
        })
      ).statusCode,
    ).toBe(401);
  });
});
