/**
 * Data elements and indicators as analytics measures on both engines (decision 0048), compared
 * with hand-computed answers: the seed's figures by their names, roll-up through the area tree,
 * periods, last-value aggregation (not added over months, added over areas), indicator formulas
 * per row, a null cell with its note, and the 422s of an incompatible aggregation.
 */
import { beforeAll, expect, it } from 'vitest';
import { useApp } from '../modules/support.js';
import { describeEachDatabase } from '../support/db.js';
import { ANNUAL, caller, PANSHI, seedIndicators, WUCHUAN, XING } from './support.js';

const Y2024 = { period: { from: '2024-01-01', to: '2024-12-31' } };
const Y2025 = { period: { from: '2025-01-01', to: '2025-12-31' } };

describeEachDatabase('indicators: elements and indicators in the analytics query', (ctx) => {
  const t = useApp(ctx);
  let office: Awaited<ReturnType<typeof caller>>;
  let viewer: Awaited<ReturnType<typeof caller>>;
  const query = async (body: object) => {
    const res = await viewer('POST', '/api/analytics/query', body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const save = async (body: object) => {
    const res = await office('PUT', '/api/indicators/form', body);
    expect(res.statusCode, res.body).toBe(200);
  };
  beforeAll(async () => {
    await seedIndicators(ctx.database);
    office = await caller(t.app, ctx.database, { role: 'coordinator' });
    viewer = await caller(t.app, ctx.database, { role: 'viewer' });
    // Relocated households by month (a cumulative count: the last value of a period counts).
    const monthly = await office('POST', '/api/indicators/sets', {
      code: 'relocation-monthly',
      programme: 'revolutionary-areas',
      name: '搬迁月报',
      nameEn: 'Relocation, monthly',
      periodType: 'month',
      dueDays: 10,
      items: ['relocated_households'],
      reporters: [{ area: WUCHUAN }, { area: PANSHI }],
    });
    expect(monthly.statusCode, monthly.body).toBe(201);
    const month = (area: string, period: string, value: number) =>
      save({
        set: 'relocation-monthly',
        area,
        period,
        values: [{ element: 'relocated_households', value }],
      });
    await month(WUCHUAN, '2025-01', 100);
    await month(WUCHUAN, '2025-02', 120);
    await month(WUCHUAN, '2025-03', 150);
    await month(PANSHI, '2025-02', 40);
  });

  it('answers the seed’s figures by their names, exactly', async () => {
    const all = await query({
      measures: ['visitors', 'tourism_revenue_fen', 'output_value_fen'],
      filters: Y2024,
    });
    expect(all.rows).toEqual([
      { visitors: 2_806_000, tourism_revenue_fen: 98_000_000_000, output_value_fen: null },
    ]);
    const counties = await query({
      measures: ['visitors', 'tourism_revenue_fen'],
      dimensions: ['area:county'],
      filters: Y2024,
    });
    expect(counties.rows).toEqual([
      { 'area:county': XING, visitors: 300_000, tourism_revenue_fen: null },
      { 'area:county': WUCHUAN, visitors: 806_000, tourism_revenue_fen: 13_000_000_000 },
      { 'area:county': PANSHI, visitors: 1_700_000, tourism_revenue_fen: 85_000_000_000 },
    ]);
    const output = await query({
      measures: ['output_value_fen'],
      dimensions: ['area:county'],
      filters: Y2025,
    });
    expect(output.rows).toEqual([{ 'area:county': XING, output_value_fen: 100_000_000_000 }]);
  });

  it('rolls up the area tree and keys periods (a value counts where its period lies wholly)', async () => {
    const provinces = await query({
      measures: ['visitors'],
      dimensions: ['area:province', 'year'],
      totals: true,
    });
    expect(provinces.rows).toEqual([
      { 'area:province': '140000', year: 2024, visitors: 300_000 },
      { 'area:province': '140000', year: null, visitors: 300_000, _total: 'subtotal' },
      { 'area:province': '150000', year: 2024, visitors: 806_000 },
      { 'area:province': '150000', year: null, visitors: 806_000, _total: 'subtotal' },
      { 'area:province': '220000', year: 2024, visitors: 1_700_000 },
      { 'area:province': '220000', year: null, visitors: 1_700_000, _total: 'subtotal' },
      { 'area:province': null, year: null, visitors: 2_806_000, _total: 'grand' },
    ]);
    const programme = await query({
      measures: ['visitors'],
      filters: { ...Y2024, programme: 'revolutionary-areas' },
    });
    expect(programme.rows).toEqual([{ visitors: 2_806_000 }]);
    const xinjiang = await query({
      measures: ['visitors'],
      filters: { ...Y2024, programme: 'xinjiang' },
    });
    expect(xinjiang.rows).toEqual([{ visitors: null }]);
    const shanxi = await query({ measures: ['visitors'], filters: { ...Y2024, area: '140000' } });
    expect(shanxi.rows).toEqual([{ visitors: 300_000 }]);
    // The first half of 2025 is not inside the first quarter.
    const q1 = await query({
      measures: ['output_value_fen'],
      filters: { period: { from: '2025-01-01', to: '2025-03-31' } },
    });
    expect(q1.rows).toEqual([{ output_value_fen: null }]);
    const h1 = await query({
      measures: ['output_value_fen'],
      filters: { period: { from: '2025-01-01', to: '2025-06-30' } },
    });
    expect(h1.rows).toEqual([{ output_value_fen: 100_000_000_000 }]);
  });

  it('a last-value element: the period’s last month per area, added over areas, never over months', async () => {
    const year = await query({ measures: ['relocated_households'], filters: Y2025 });
    expect(year.rows).toEqual([{ relocated_households: 190 }]); // 150 (Wuchuan, March) + 40 (Panshi)
    const months = await query({
      measures: ['relocated_households'],
      dimensions: ['period'],
      granularity: 'month',
      filters: Y2025,
    });
    expect(months.rows).toEqual([
      { period: '2025-01', relocated_households: 100 },
      { period: '2025-02', relocated_households: 160 },
      { period: '2025-03', relocated_households: 150 },
    ]);
    const quarters = await query({
      measures: ['relocated_households'],
      dimensions: ['period', 'area:county'],
      granularity: 'quarter',
      filters: Y2025,
    });
    expect(quarters.rows).toEqual([
      { period: '2025-Q1', 'area:county': WUCHUAN, relocated_households: 150 },
      { period: '2025-Q1', 'area:county': PANSHI, relocated_households: 40 },
    ]);
  });

  it('evaluates an indicator per row; a missing input or a zero divisor is a null cell with its note', async () => {
    await save({
      set: ANNUAL,
      area: XING,
      period: '2023',
      values: [
        { element: 'visitors', value: 0 },
        { element: 'tourism_revenue_fen', value: 5000 },
      ],
    });
    const res = await query({
      measures: ['revenue_per_visitor_yuan', 'red_tourism_visitors'],
      dimensions: ['area:county', 'year'],
      filters: { period: { from: '2023-01-01', to: '2024-12-31' } },
    });
    expect(res.rows).toEqual([
      {
        'area:county': XING,
        year: 2023,
        revenue_per_visitor_yuan: null,
        red_tourism_visitors: null,
      },
      {
        'area:county': XING,
        year: 2024,
        revenue_per_visitor_yuan: null,
        red_tourism_visitors: null,
      },
      {
        'area:county': WUCHUAN,
        year: 2024,
        revenue_per_visitor_yuan: 161.29,
        red_tourism_visitors: null,
      },
      {
        'area:county': PANSHI,
        year: 2024,
        revenue_per_visitor_yuan: 500,
        red_tourism_visitors: 1_190_000,
      },
    ]);
    expect(res.notes).toContainEqual({
      measure: 'revenue_per_visitor_yuan',
      keys: { 'area:county': XING, year: 2023 },
      reason: 'divisionByZero',
      inputs: [],
    });
    expect(res.notes).toContainEqual({
      measure: 'revenue_per_visitor_yuan',
      keys: { 'area:county': XING, year: 2024 },
      reason: 'missing',
      inputs: ['tourism_revenue_fen'],
    });
    expect(res.notes).toContainEqual({
      measure: 'red_tourism_visitors',
      keys: { 'area:county': WUCHUAN, year: 2024 },
      reason: 'missing',
      inputs: ['red_tourism_share'],
    });
    // The national figure: (85,000,000,000 + 13,000,000,000) fen / 2,806,000 visitors / 100.
    const total = await query({ measures: ['revenue_per_visitor_yuan'], filters: Y2024 });
    expect(total.rows).toEqual([{ revenue_per_visitor_yuan: 349.25 }]);
  });

  it('refuses to add a percentage over areas or to aggregate a text, naming the measure', async () => {
    await save({
      set: ANNUAL,
      area: WUCHUAN,
      period: '2024',
      values: [{ element: 'red_tourism_share', value: 3000 }],
    });
    const byCounty = await query({
      measures: ['red_tourism_share'],
      dimensions: ['area:county'],
      filters: Y2024,
    });
    expect(byCounty.rows).toEqual([
      { 'area:county': WUCHUAN, red_tourism_share: 3000 },
      { 'area:county': PANSHI, red_tourism_share: 7000 },
    ]);
    const summed = await viewer('POST', '/api/analytics/query', {
      measures: ['visitors', 'red_tourism_share'],
      filters: Y2024,
    });
    expect(summed.statusCode).toBe(422);
    expect(summed.json().errors[0]).toMatchObject({
      field: 'measures.1',
      code: 'indicators.percentageNotSummable',
    });
    const el = await office('POST', '/api/indicators/elements', {
      code: 'village_story',
      name: '村史',
      nameEn: 'Village story',
      valueType: 'text',
      aggregation: 'last',
    });
    expect(el.statusCode, el.body).toBe(201);
    const text = await viewer('POST', '/api/analytics/query', {
      measures: ['visitors', 'village_story'],
    });
    expect(text.statusCode).toBe(422);
    expect(text.json().errors[0]).toMatchObject({
      field: 'measures.1',
      code: 'indicators.textNotAggregable',
    });
    const unknown = await viewer('POST', '/api/analytics/query', {
      measures: ['visitors', 'nothing_at_all'],
    });
    expect(unknown.json().errors[0]).toMatchObject({
      field: 'measures.1',
      code: 'analytics.unknownMeasure',
    });
    const dim = await viewer('POST', '/api/analytics/query', {
      measures: ['visitors'],
      dimensions: ['stage'],
    });
    expect(dim.json().errors[0]).toMatchObject({
      field: 'dimensions.0',
      code: 'analytics.dimensionUnsupported',
    });
  });

  it('filters and groups by donor: a donor-reported value under its top organisation', async () => {
    const set = await office('POST', '/api/indicators/sets', {
      code: 'donor-tourism',
      programme: 'revolutionary-areas',
      name: '捐助方旅游',
      nameEn: 'Donor tourism',
      periodType: 'year',
      dueDays: 30,
      items: ['visitors'],
      reporters: [
        { area: XING, donor: '440300' },
        { area: XING, donor: '110000' },
      ],
    });
    expect(set.statusCode, set.body).toBe(201);
    await save({
      set: 'donor-tourism',
      area: XING,
      donor: '440300',
      period: '2022',
      values: [{ element: 'visitors', value: 50 }],
    });
    await save({
      set: 'donor-tourism',
      area: XING,
      donor: '110000',
      period: '2022',
      values: [{ element: 'visitors', value: 7 }],
    });
    const y2022 = { period: { from: '2022-01-01', to: '2022-12-31' } };
    // Shenzhen (440300) lies under Guangdong (440000).
    const byDonor = await query({ measures: ['visitors'], dimensions: ['donor'], filters: y2022 });
    expect(byDonor.rows).toEqual([
      { donor: '110000', visitors: 7 },
      { donor: '440000', visitors: 50 },
    ]);
    const guangdong = await query({
      measures: ['visitors'],
      filters: { ...y2022, donor: '440000' },
    });
    expect(guangdong.rows).toEqual([{ visitors: 50 }]);
  });

  it('lists the configured elements and indicators among the measures', async () => {
    const res = await viewer('GET', '/api/analytics/measures');
    expect(res.statusCode, res.body).toBe(200);
    const mine = res.json().items.filter((m: { module: string }) => m.module === 'indicators');
    expect(mine.map((m: { name: string }) => m.name).sort()).toEqual([
      'output_value_fen',
      'red_tourism_share',
      'red_tourism_visitors',
      'relocated_households',
      'revenue_per_visitor_yuan',
      'tourism_revenue_fen',
      'visitors',
    ]);
    expect(mine.find((m: { name: string }) => m.name === 'tourism_revenue_fen')).toMatchObject({
      unit: 'fen',
      label: { zh: '旅游收入', en: 'Tourism revenue' },
      dimensions: ['donor', 'area', 'period'],
    });
  });

  it('a value written is in the very next answer', async () => {
    const before = await query({ measures: ['visitors'], filters: { ...Y2025, area: WUCHUAN } });
    expect(before.rows).toEqual([{ visitors: null }]);
    await save({
      set: ANNUAL,
      area: WUCHUAN,
      period: '2025',
      values: [{ element: 'visitors', value: 1_010_000 }],
    });
    const after = await query({ measures: ['visitors'], filters: { ...Y2025, area: WUCHUAN } });
    expect(after.rows).toEqual([{ visitors: 1_010_000 }]);
  });
});
