/**
 * The access matrix of the indicator routes (decision 0048), every caller on every route:
 * reads for every signed-in user; configuration for the programme office only; a reporting
 * form saved by the programme office, the area's recipient editor (Hotan's, for Hotan city) and
 * the donor's editor when the reporting unit names that donor (Shanghai), refused to others.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../src/http/types.js';
import { seedIndicators } from '../indicators/support.js';
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
import { INDICATOR_ROUTES } from './access-matrix-indicators.routes.js';

const officeOnly = (status: number): Record<Who, number> => ({
  ...everyone(403),
  anonymous: 401,
  coordinator: status,
});

let n = 0;
const fresh = () => `m_${++n}`;

const CASES: MatrixCase[] = [
  {
    route: 'GET /api/indicators/elements',
    url: () => '/api/indicators/elements',
    expect: everyone(200),
  },
  {
    route: 'POST /api/indicators/elements',
    method: 'POST',
    url: () => '/api/indicators/elements',
    payload: () => ({
      code: fresh(),
      name: '元',
      nameEn: 'E',
      valueType: 'number',
      aggregation: 'sum',
    }),
    expect: officeOnly(201),
  },
  {
    route: 'PATCH /api/indicators/elements/:code',
    method: 'PATCH',
    url: () => '/api/indicators/elements/visitors',
    payload: () => ({ nameEn: 'Visitors' }),
    expect: officeOnly(200),
  },
  {
    route: 'GET /api/indicators/formulas',
    url: () => '/api/indicators/formulas',
    expect: everyone(200),
  },
  {
    route: 'POST /api/indicators/formulas',
    method: 'POST',
    url: () => '/api/indicators/formulas',
    payload: () => ({ code: fresh(), name: '式', nameEn: 'F', formula: 'visitors * 2' }),
    expect: officeOnly(201),
  },
  {
    route: 'PATCH /api/indicators/formulas/:code',
    method: 'PATCH',
    url: () => '/api/indicators/formulas/red_tourism_visitors',
    payload: () => ({ decimals: 0 }),
    expect: officeOnly(200),
  },
  { route: 'GET /api/indicators/sets', url: () => '/api/indicators/sets', expect: everyone(200) },
  {
    route: 'GET /api/indicators/sets/:code',
    url: () => '/api/indicators/sets/matrix-hotan',
    expect: everyone(200),
  },
  {
    route: 'POST /api/indicators/sets',
    method: 'POST',
    url: () => '/api/indicators/sets',
    payload: () => ({
      code: `set-${fresh().replace('_', '-')}`,
      programme: 'xinjiang',
      name: '集',
      nameEn: 'S',
      periodType: 'year',
      dueDays: 30,
      items: ['visitors'],
      reporters: [{ area: '653201' }],
    }),
    expect: officeOnly(201),
  },
  {
    route: 'GET /api/indicators/targets',
    url: () => '/api/indicators/targets',
    expect: everyone(200),
  },
  {
    route: 'PUT /api/indicators/targets',
    method: 'PUT',
    url: () => '/api/indicators/targets',
    payload: () => ({ element: 'visitors', area: '653201', period: '2026', value: 5000 }),
    expect: officeOnly(200),
  },
  {
    route: 'GET /api/indicators/form',
    url: () => '/api/indicators/form?set=matrix-hotan&area=653201&period=2024',
    expect: everyone(200),
  },
  {
    route: 'PUT /api/indicators/form',
    method: 'PUT',
    url: () => '/api/indicators/form',
    payload: () => ({
      set: 'matrix-hotan',
      area: '653201',
      period: '2024',
      values: [{ element: 'visitors', value: 100 }],
    }),
    expect: { ...officeOnly(200), hotan: 200 },
  },
  {
    route: 'PUT /api/indicators/form',
    method: 'PUT',
    url: () => '/api/indicators/form',
    payload: () => ({
      set: 'matrix-hotan',
      area: '653201',
      donor: '310000',
      period: '2024',
      values: [{ element: 'visitors', value: 7 }],
    }),
    expect: { ...officeOnly(200), hotan: 200, shanghai: 200 },
  },
  {
    route: 'GET /api/indicators/completeness',
    url: () => '/api/indicators/completeness?set=matrix-hotan&period=2024',
    expect: everyone(200),
  },
];

describeEachDatabase('access matrix: indicators', (ctx) => {
  let app: App;
  let cookies: Awaited<ReturnType<typeof signInCallers>>['cookies'];
  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
    await seedIndicators(ctx.database);
    ({ cookies } = await signInCallers(app, ctx.database));
    const office = cookies.get('coordinator') as string;
    const set = await app.inject({
      method: 'POST',
      url: '/api/indicators/sets',
      headers: { cookie: office },
      payload: {
        code: 'matrix-hotan',
        programme: 'xinjiang',
        name: '和田市指标',
        nameEn: 'Hotan city',
        periodType: 'year',
        dueDays: 30,
        items: ['visitors', 'tourism_revenue_fen'],
        reporters: [{ area: '653201' }, { area: '653201', donor: '310000' }],
      },
    });
    expect(set.statusCode, set.body).toBe(201);
  });
  afterAll(async () => app.close());

  for (const c of CASES) {
    it(`${c.route}${c.payload ? ` ${JSON.stringify(c.payload()).slice(0, 60)}` : ` ${c.url()}`}`, async () => {
      expect(await statusesOf(app, cookies, c)).toEqual(c.expect);
    });
  }

  it('asks every caller', () => expect(EVERY_CALLER).toHaveLength(7));
  it('requested every route it declares', () => expectExercised(app, INDICATOR_ROUTES));
});
