/**
 * The indicator model through the API on both engines (decision 0048): the seeded
 * revolutionary-areas figures read back exactly; elements and formulas validated (aggregation
 * per type, codes, malformed formulas, unknown codes, self-reference and cycles); each
 * definition in the hash-chained history.
 */
import { beforeAll, expect, it } from 'vitest';
import { useApp } from '../modules/support.js';
import { describeEachDatabase } from '../support/db.js';
import { ANNUAL, caller, lastHistory, PANSHI, seedIndicators, WUCHUAN, XING } from './support.js';

describeEachDatabase('indicators: the model and the seeded figures', (ctx) => {
  const t = useApp(ctx);
  let office: Awaited<ReturnType<typeof caller>>;
  let viewer: Awaited<ReturnType<typeof caller>>;
  beforeAll(async () => {
    await seedIndicators(ctx.database);
    office = await caller(t.app, ctx.database, { role: 'coordinator' });
    viewer = await caller(t.app, ctx.database, { role: 'viewer' });
  });

  const field = (form: { fields: { element: { code: string } }[] }, code: string) =>
    form.fields.find((f) => f.element.code === code) as Record<string, unknown>;

  it('serves the seed’s figures exactly: Panshi 2024', async () => {
    const res = await viewer(
      'GET',
      `/api/indicators/form?set=${ANNUAL}&area=${PANSHI}&period=2024`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const form = res.json();
    expect(form.area).toMatchObject({ code: PANSHI, name: '磐石市' });
    expect(field(form, 'visitors')).toMatchObject({
      total: 1_700_000,
      previous: null,
      target: null,
    });
    expect(field(form, 'tourism_revenue_fen')).toMatchObject({ total: 85_000_000_000 });
    expect(field(form, 'red_tourism_share')).toMatchObject({ total: 7000 });
    expect(field(form, 'relocated_households')).toMatchObject({ total: null, values: [] });
    expect(form.indicators).toEqual([
      expect.objectContaining({ code: 'revenue_per_visitor_yuan', value: 500, status: 'ok' }),
      expect.objectContaining({ code: 'red_tourism_visitors', value: 1_190_000, status: 'ok' }),
    ]);
    expect(form.dueDate).toBe('2025-03-31');
    expect(form.status).toBe('late');
    expect(form.can.enter).toBe(false);
  });

  it('Wuchuan: 2024 figures, and 2025 with the previous year and the target beside', async () => {
    const y2024 = (
      await viewer('GET', `/api/indicators/form?set=${ANNUAL}&area=${WUCHUAN}&period=2024`)
    ).json();
    expect(field(y2024, 'visitors')).toMatchObject({ total: 806_000 });
    expect(field(y2024, 'tourism_revenue_fen')).toMatchObject({ total: 13_000_000_000 });
    expect(y2024.indicators[0]).toMatchObject({ value: 161.29, status: 'ok' });
    expect(y2024.indicators[1]).toMatchObject({
      value: null,
      status: 'missing',
      missing: ['red_tourism_share'],
    });
    const y2025 = (
      await viewer('GET', `/api/indicators/form?set=${ANNUAL}&area=${WUCHUAN}&period=2025`)
    ).json();
    expect(field(y2025, 'visitors')).toMatchObject({
      total: null,
      previous: 806_000,
      target: 1_000_000,
    });
  });

  it('Xing county: Caijiaya’s visitors in 2024 and the aluminium output of 2025-H1', async () => {
    const y = (
      await viewer('GET', `/api/indicators/form?set=${ANNUAL}&area=${XING}&period=2024`)
    ).json();
    expect(field(y, 'visitors')).toMatchObject({ total: 300_000 });
    expect((field(y, 'visitors').values as { note: string }[])[0]?.note).toContain('蔡家崖');
    const h = (
      await viewer(
        'GET',
        `/api/indicators/form?set=revolutionary-areas-industry-half&area=${XING}&period=2025-H1`,
      )
    ).json();
    expect(field(h, 'output_value_fen')).toMatchObject({ total: 100_000_000_000 });
    const targets = (await viewer('GET', '/api/indicators/targets?element=visitors')).json();
    expect(targets.items).toEqual([
      expect.objectContaining({
        area: expect.objectContaining({ code: WUCHUAN }),
        period: '2025',
        value: 1_000_000,
      }),
    ]);
  });

  it('lists elements, formulas and sets with what the caller may do', async () => {
    const elements = (await viewer('GET', '/api/indicators/elements')).json();
    expect(elements.items.map((e: { code: string }) => e.code).sort()).toEqual([
      'output_value_fen',
      'red_tourism_share',
      'relocated_households',
      'tourism_revenue_fen',
      'visitors',
    ]);
    expect(elements.items[0].can.update).toBe(false);
    const formulas = (await office('GET', '/api/indicators/formulas')).json();
    expect(
      formulas.items.find((f: { code: string }) => f.code === 'revenue_per_visitor_yuan'),
    ).toMatchObject({
      inputs: [
        { code: 'tourism_revenue_fen', kind: 'element' },
        { code: 'visitors', kind: 'element' },
      ],
      can: { update: true },
    });
    const set = (await office('GET', `/api/indicators/sets/${ANNUAL}`)).json();
    expect(set.reporters.map((r: { area: { code: string } }) => r.area.code)).toEqual([
      XING,
      WUCHUAN,
      PANSHI,
    ]);
    expect(set.can).toEqual({ update: true, enter: true });
    const sets = (await viewer('GET', '/api/indicators/sets?programme=revolutionary-areas')).json();
    expect(sets.items).toHaveLength(2);
    expect((await viewer('GET', '/api/indicators/sets/nope')).statusCode).toBe(404);
  });

  it('refuses an aggregation the value type cannot have, decimals off numbers, taken codes', async () => {
    const base = { name: '测试', nameEn: 'Test', scale: 0 };
    const cases: [object, number, string, string][] = [
      [
        { code: 'pct_sum', valueType: 'percentage', aggregation: 'sum' },
        422,
        'aggregation',
        'indicators.aggregationForType',
      ],
      [
        { code: 'text_avg', valueType: 'text', aggregation: 'average' },
        422,
        'aggregation',
        'indicators.aggregationForType',
      ],
      [
        { code: 'money_dec', valueType: 'money', aggregation: 'sum', scale: 2 },
        422,
        'scale',
        'indicators.scaleForType',
      ],
      [
        { code: 'visitors', valueType: 'number', aggregation: 'sum' },
        409,
        'code',
        'indicators.codeTaken',
      ],
      [
        { code: 'revenue_per_visitor_yuan', valueType: 'number', aggregation: 'sum' },
        409,
        'code',
        'indicators.codeTaken',
      ],
      [
        { code: 'projects', valueType: 'number', aggregation: 'sum' },
        409,
        'code',
        'indicators.codeIsMeasure',
      ],
    ];
    for (const [body, status, at, code] of cases) {
      const res = await office('POST', '/api/indicators/elements', { ...base, ...body });
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json().errors[0]).toMatchObject({ field: at, code });
    }
    const bad = await office('POST', '/api/indicators/elements', {
      ...base,
      code: 'Bad-Code',
      valueType: 'number',
      aggregation: 'sum',
    });
    expect(bad.statusCode).toBe(400);
    const refused = await viewer('POST', '/api/indicators/elements', {
      ...base,
      code: 'ok_code',
      valueType: 'number',
      aggregation: 'sum',
    });
    expect(refused.statusCode).toBe(403);
  });

  it('creates an element and a formula, each in the history with who', async () => {
    const e = await office('POST', '/api/indicators/elements', {
      code: 'trained_local',
      name: '本地培训人数',
      nameEn: 'Local people trained',
      valueType: 'number',
      aggregation: 'sum',
      disaggregations: ['sex', 'urbanRural'],
    });
    expect(e.statusCode, e.body).toBe(201);
    expect(e.json()).toMatchObject({
      scale: 0,
      disaggregations: ['sex', 'urbanRural'],
      version: 1,
    });
    const h = await lastHistory(ctx.database, 'indicator-element');
    expect(h).toMatchObject({ action: 'create', entityId: 'trained_local' });
    expect(h?.actor).toMatch(/^user:t-coordinator-/);
    const f = await office('POST', '/api/indicators/formulas', {
      code: 'trained_per_visitor',
      name: '培训占游客比',
      nameEn: 'Trained per visitor',
      formula: 'trained_local / visitors',
      decimals: 4,
    });
    expect(f.statusCode, f.body).toBe(201);
    expect((await lastHistory(ctx.database, 'indicator-formula'))?.entityId).toBe(
      'trained_per_visitor',
    );
    const renamed = await office(
      'PATCH',
      '/api/indicators/elements/trained_local',
      { name: '本地受训人数' },
      { 'if-match': '"1"' },
    );
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: '本地受训人数', version: 2 });
    const stale = await office(
      'PATCH',
      '/api/indicators/elements/trained_local',
      { name: 'x' },
      { 'if-match': '"1"' },
    );
    expect(stale.statusCode).toBe(409);
  });

  it('refuses a malformed formula, an unknown code, a text element, and any cycle', async () => {
    const make = (code: string, formula: string) =>
      office('POST', '/api/indicators/formulas', {
        code,
        name: '指标',
        nameEn: 'Indicator',
        formula,
      });
    const expect422 = async (res: Awaited<ReturnType<typeof make>>, code: string) => {
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().errors[0]).toMatchObject({ field: 'formula', code });
    };
    await expect422(
      await make('bad_syntax', 'visitors / (tourism_revenue_fen'),
      'indicators.formulaSyntax',
    );
    await expect422(await make('bad_eval', 'process.exit(1)'), 'indicators.formulaSyntax');
    await expect422(
      await make('bad_unknown', 'visitors / nobody_here'),
      'indicators.formulaUnknownCode',
    );
    await expect422(await make('self_ref', 'self_ref + 1'), 'indicators.formulaCycle');
    // Through another indicator: c1 = visitors * 2, c2 = c1 + 1, then c1 changed to c2 / 2.
    expect((await make('c_one', 'visitors * 2')).statusCode).toBe(201);
    expect((await make('c_two', 'c_one + 1')).statusCode).toBe(201);
    const cycle = await office('PATCH', '/api/indicators/formulas/c_one', { formula: 'c_two / 2' });
    await expect422(cycle, 'indicators.formulaCycle');
    expect(cycle.json().errors[0].params.path).toBe('c_one → c_two → c_one');
    const stored = (await office('GET', '/api/indicators/formulas')).json();
    expect(stored.items.find((f: { code: string }) => f.code === 'c_one').formula).toBe(
      'visitors * 2',
    );
    // A measure of the registry may be named.
    expect((await make('revenue_per_project', 'tourism_revenue_fen / projects')).statusCode).toBe(
      201,
    );
  });

  it('refuses a set naming unknown items or areas, and one for an unknown programme', async () => {
    const base = {
      code: 'bad-set',
      programme: 'revolutionary-areas',
      name: '集',
      nameEn: 'Set',
      periodType: 'year',
      dueDays: 30,
      items: ['visitors'],
      reporters: [{ area: PANSHI }],
    };
    const cases: [object, string, string][] = [
      [{ items: ['visitors', 'nothing'] }, 'items.1', 'indicators.unknownItem'],
      [{ items: ['visitors', 'visitors'] }, 'items.1', 'indicators.itemTwice'],
      [{ programme: 'nowhere' }, 'programme', 'programme.unknown'],
      [{ reporters: [{ area: PANSHI }, { area: '659999' }] }, 'reporters.1.area', 'area.unknown'],
    ];
    for (const [change, at, code] of cases) {
      const res = await office('POST', '/api/indicators/sets', { ...base, ...change });
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().errors[0]).toMatchObject({ field: at, code });
    }
    expect((await office('GET', '/api/indicators/sets/bad-set')).statusCode).toBe(404);
  });
});
