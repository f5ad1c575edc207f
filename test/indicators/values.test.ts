/**
 * Entering values through the reporting form on both engines (decision 0048): who may enter
 * which area's or donor's values (403 naming the field), every bad field named with 422, and
 * nothing stored when any field is refused; disaggregation cells; each change in the history
 * with who and when; a division by zero reported as such.
 */
import { beforeAll, expect, it } from 'vitest';
import { verifyHistory } from '../../src/modules/history/service.js';
import { useApp } from '../modules/support.js';
import { describeEachDatabase } from '../support/db.js';
import {
  ANNUAL,
  caller,
  lastHistory,
  PANSHI,
  seedIndicators,
  valueCount,
  WUCHUAN,
  XING,
} from './support.js';

describeEachDatabase('indicators: entering values', (ctx) => {
  const t = useApp(ctx);
  let office: Awaited<ReturnType<typeof caller>>;
  let jilin: Awaited<ReturnType<typeof caller>>;
  let hotan: Awaited<ReturnType<typeof caller>>;
  let beijing: Awaited<ReturnType<typeof caller>>;
  beforeAll(async () => {
    await seedIndicators(ctx.database);
    office = await caller(t.app, ctx.database, { role: 'coordinator' });
    // Jilin city's prefecture (220200) holds Panshi.
    jilin = await caller(t.app, ctx.database, { role: 'recipient-editor', areaCode: '220200' });
    hotan = await caller(t.app, ctx.database, { role: 'recipient-editor', areaCode: '653200' });
    beijing = await caller(t.app, ctx.database, { role: 'donor-editor', orgCode: '110000' });
  });

  const form = (values: object[], over: object = {}) => ({
    set: ANNUAL,
    area: PANSHI,
    period: '2025',
    values,
    ...over,
  });

  it('a recipient editor enters its area’s values; the answer is the form, in the history', async () => {
    const res = await jilin(
      'PUT',
      '/api/indicators/form',
      form([
        { element: 'visitors', value: 1_800_000 },
        { element: 'tourism_revenue_fen', value: '90000000000' },
        { element: 'red_tourism_share', value: 7150 },
      ]),
    );
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const visitors = body.fields.find(
      (f: { element: { code: string } }) => f.element.code === 'visitors',
    );
    expect(visitors).toMatchObject({ total: 1_800_000, previous: 1_700_000 });
    expect(visitors.values[0].enteredBy).toMatch(/^user:t-recipient-editor-/);
    // 2025's report was due on 2026-03-31: incomplete after that is late.
    expect(body.status).toBe('late');
    expect(body.can.enter).toBe(true);
    const h = await lastHistory(ctx.database, 'indicator-value');
    expect(h).toMatchObject({ action: 'create' });
    expect(JSON.parse(h?.after ?? '{}')).toMatchObject({
      element: 'red_tourism_share',
      area: PANSHI,
      period: '2025',
      valueInt: '7150',
    });
    expect(h?.actor).toMatch(/^user:t-recipient-editor-/);
    expect(h?.at).toBeTruthy();
    // Changing one value records one update; the same values again record nothing.
    const before = await ctx.database.db
      .selectFrom('history')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const again = await jilin(
      'PUT',
      '/api/indicators/form',
      form([
        { element: 'visitors', value: 1_850_000 },
        { element: 'tourism_revenue_fen', value: 90_000_000_000 },
      ]),
    );
    expect(again.statusCode, again.body).toBe(200);
    const after = await ctx.database.db
      .selectFrom('history')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n) - Number(before.n)).toBe(1);
    const update = await lastHistory(ctx.database, 'indicator-value');
    expect(update).toMatchObject({ action: 'update' });
    expect(JSON.parse(update?.before ?? '{}').valueInt).toBe('1800000');
    expect(JSON.parse(update?.after ?? '{}').valueInt).toBe('1850000');
    expect((await verifyHistory(ctx.database.db)).ok).toBe(true);
  });

  it('refuses another area’s editor and a donor editor without a donor: 403 naming the field, nothing stored', async () => {
    const n = await valueCount(ctx.database);
    const other = await hotan(
      'PUT',
      '/api/indicators/form',
      form([{ element: 'visitors', value: 1 }]),
    );
    expect(other.statusCode).toBe(403);
    expect(other.json().errors[0]).toMatchObject({ field: 'area', code: 'access.denied' });
    const donor = await beijing(
      'PUT',
      '/api/indicators/form',
      form([{ element: 'visitors', value: 1 }]),
    );
    expect(donor.statusCode).toBe(403);
    expect(donor.json().errors[0]).toMatchObject({
      field: 'donor',
      code: 'indicators.donorRequired',
    });
    expect(await valueCount(ctx.database)).toBe(n);
  });

  it('a donor editor enters its donor’s values for a unit that reports with that donor', async () => {
    // A set reported by Panshi with Beijing as donor (the office configures it).
    const set = await office('POST', '/api/indicators/sets', {
      code: 'donor-visitors',
      programme: 'revolutionary-areas',
      name: '捐助方填报',
      nameEn: 'Donor-reported',
      periodType: 'quarter',
      dueDays: 15,
      items: ['visitors'],
      reporters: [
        { area: PANSHI, donor: '110000' },
        { area: PANSHI, donor: '310000' },
      ],
    });
    expect(set.statusCode, set.body).toBe(201);
    const mine = await beijing('PUT', '/api/indicators/form', {
      set: 'donor-visitors',
      area: PANSHI,
      donor: '110000',
      period: '2025-Q2',
      values: [{ element: 'visitors', value: 1234 }],
    });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().donor).toMatchObject({ code: '110000' });
    const n = await valueCount(ctx.database);
    const theirs = await beijing('PUT', '/api/indicators/form', {
      set: 'donor-visitors',
      area: PANSHI,
      donor: '310000',
      period: '2025-Q2',
      values: [{ element: 'visitors', value: 1 }],
    });
    expect(theirs.statusCode).toBe(403);
    expect(theirs.json().errors[0]).toMatchObject({ field: 'donor' });
    expect(await valueCount(ctx.database)).toBe(n);
    // The quarter overlaps no other period of `visitors` in this unit (the donor's values are apart).
  });

  it('names every bad field with 422 and stores none of the batch', async () => {
    const n = await valueCount(ctx.database);
    const res = await office(
      'PUT',
      '/api/indicators/form',
      form([
        { element: 'relocated_households', value: 12 },
        { element: 'visitors', value: 'many' },
        { element: 'no_such_element', value: 1 },
        { element: 'tourism_revenue_fen', value: 12.5 },
        { element: 'relocated_households', value: 13 },
      ]),
    );
    expect(res.statusCode, res.body).toBe(422);
    const errors = res.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]);
    expect(errors).toEqual([
      ['values.1.value', 'indicators.notNumeric'],
      ['values.2.element', 'indicators.unknownItem'],
      ['values.3.value', 'indicators.tooManyDecimals'],
      ['values.4.element', 'indicators.fieldTwice'],
    ]);
    expect(res.json().code).toBe('indicators.notNumeric');
    expect(await valueCount(ctx.database)).toBe(n);
  });

  it('refuses a period of the wrong type, outside the programme, an area that does not report, an element not in the set', async () => {
    const n = await valueCount(ctx.database);
    const cases: [object, string, string][] = [
      [{ period: '2025-Q1' }, 'period', 'indicators.periodType'],
      [{ period: '2019' }, 'period', 'indicators.periodOutsideProgramme'],
      [{ period: '2025-13' }, 'period', 'indicators.periodFormat'],
      [{ area: '653201' }, 'area', 'indicators.notReporter'],
      [{ set: 'no-such-set' }, 'set', 'indicators.notFound'],
    ];
    for (const [over, at, code] of cases) {
      const res = await office(
        'PUT',
        '/api/indicators/form',
        form([{ element: 'visitors', value: 1 }], over),
      );
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().errors[0]).toMatchObject({ field: at, code });
    }
    const half = await office('PUT', '/api/indicators/form', {
      set: 'revolutionary-areas-industry-half',
      area: XING,
      period: '2025-H2',
      values: [{ element: 'visitors', value: 1 }],
    });
    expect(half.json().errors[0]).toMatchObject({
      field: 'values.0.element',
      code: 'indicators.elementNotInSet',
    });
    expect(await valueCount(ctx.database)).toBe(n);
  });

  it('refuses a year’s value where a half-year of it is entered (it would be counted twice)', async () => {
    const res = await office('PUT', '/api/indicators/form', {
      set: ANNUAL,
      area: XING,
      period: '2025',
      values: [{ element: 'output_value_fen', value: 5 }],
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().errors[0]).toMatchObject({
      field: 'values.0.element',
      code: 'indicators.periodOverlap',
      params: { other: '2025-H1' },
    });
  });

  it('takes a disaggregated element by cells, never mixed with a total; null clears (history: delete)', async () => {
    const el = await office('POST', '/api/indicators/elements', {
      code: 'homestay_jobs',
      name: '民宿就业人数',
      nameEn: 'Homestay jobs',
      valueType: 'number',
      aggregation: 'sum',
      disaggregations: ['sex'],
    });
    expect(el.statusCode, el.body).toBe(201);
    const set = await office('POST', '/api/indicators/sets', {
      code: 'homestays',
      programme: 'revolutionary-areas',
      name: '民宿',
      nameEn: 'Homestays',
      periodType: 'year',
      dueDays: 60,
      items: ['homestay_jobs'],
      reporters: [{ area: WUCHUAN }],
    });
    expect(set.statusCode, set.body).toBe(201);
    const put = (values: object[]) =>
      office('PUT', '/api/indicators/form', {
        set: 'homestays',
        area: WUCHUAN,
        period: '2024',
        values,
      });
    const cells = await put([
      { element: 'homestay_jobs', cell: { sex: 'female' }, value: 20 },
      { element: 'homestay_jobs', cell: { sex: 'male' }, value: 12 },
    ]);
    expect(cells.statusCode, cells.body).toBe(200);
    expect(cells.json().fields[0]).toMatchObject({ total: 32 });
    expect(cells.json().fields[0].values.map((v: { cell: object }) => v.cell)).toEqual([
      { sex: 'female' },
      { sex: 'male' },
    ]);
    expect(cells.json().status).toBe('complete');
    const mixed = await put([{ element: 'homestay_jobs', value: 32 }]);
    expect(mixed.json().errors[0]).toMatchObject({
      field: 'values.0.cell',
      code: 'indicators.mixedCells',
    });
    const badCell = await put([{ element: 'homestay_jobs', cell: { sex: 'other' }, value: 1 }]);
    expect(badCell.json().errors[0]).toMatchObject({
      field: 'values.0.cell',
      code: 'indicators.badCell',
    });
    const cleared = await put([{ element: 'homestay_jobs', cell: { sex: 'male' }, value: null }]);
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json().fields[0]).toMatchObject({ total: 20 });
    expect(await lastHistory(ctx.database, 'indicator-value')).toMatchObject({ action: 'delete' });
  });

  it('takes a text element as text: a number or a cell is refused', async () => {
    const el = await office('POST', '/api/indicators/elements', {
      code: 'highlight',
      name: '亮点',
      nameEn: 'Highlight',
      valueType: 'text',
      aggregation: 'last',
    });
    expect(el.statusCode, el.body).toBe(201);
    const set = await office('POST', '/api/indicators/sets', {
      code: 'highlights',
      programme: 'revolutionary-areas',
      name: '亮点',
      nameEn: 'Highlights',
      periodType: 'year',
      dueDays: 30,
      items: ['highlight', 'visitors'],
      reporters: [{ area: PANSHI }],
    });
    expect(set.statusCode, set.body).toBe(201);
    const put = (values: object[]) =>
      jilin('PUT', '/api/indicators/form', {
        set: 'highlights',
        area: PANSHI,
        period: '2024',
        values,
      });
    const number = await put([{ element: 'highlight', value: 5 }]);
    expect(number.json().errors[0]).toMatchObject({
      field: 'values.0.value',
      code: 'indicators.notText',
    });
    const cell = await put([{ element: 'highlight', cell: { sex: 'female' }, value: '女性民宿' }]);
    expect(cell.json().errors[0]).toMatchObject({
      field: 'values.0.cell',
      code: 'indicators.badCell',
    });
    const ok = await put([{ element: 'highlight', cell: {}, value: '北国葵村海棠园 300 公顷' }]);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().fields[0]).toMatchObject({ total: '北国葵村海棠园 300 公顷' });
    // The seeded visitors of 2024 belong to this set too: the form is complete.
    expect(ok.json().status).toBe('complete');
  });

  it('reports a division by zero in an indicator as such, not a crash', async () => {
    const res = await office('PUT', '/api/indicators/form', {
      set: ANNUAL,
      area: XING,
      period: '2023',
      values: [
        { element: 'visitors', value: 0 },
        { element: 'tourism_revenue_fen', value: 100 },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().indicators[0]).toMatchObject({
      code: 'revenue_per_visitor_yuan',
      value: null,
      status: 'divisionByZero',
    });
  });
});
