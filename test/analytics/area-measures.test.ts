/**
 * The projects' and the ledger's measures by area (decision 0038): the area filter reads the
 * `project_places` projection, the area dimension groups each project under the areas of the
 * requested level it lies in, and the ledger's money by area is each project's share there
 * (decision 0044): `disbursed_fen` from the `area_parts` projection (the area's funds' figure),
 * `committed_fen` and the others from `area_money`, exact fen. Sums past 2^53 stay exact.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_AMOUNT_FEN } from '../../src/domain/money.js';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { insertProject, insertTransaction } from '../support/factories.js';

const MEASURES = ['projects', 'committed_fen', 'disbursed_fen', 'jobs_created'];

/** The integers written after `"key":` in a JSON text, as BigInts (JSON.parse would round). */
function integersOf(body: string, key: string): bigint[] {
  return [...body.matchAll(new RegExp(`"${key}":(-?\\d+)`, 'g'))].map((m) => BigInt(m[1] ?? ''));
}

describeEachDatabase('analytics: projects and ledger measures by area', (ctx) => {
  const t = useApp(ctx);
  const cookies: Record<string, string> = {};
  const post = (who: string, body: object) =>
    t.app.inject({
      method: 'POST',
      url: '/api/analytics/query',
      headers: { cookie: cookies[who] ?? '' },
      payload: body,
    });
  const rows = async (who: string, dimensions: string[], filters: object = {}) => {
    const res = await post(who, { measures: MEASURES, dimensions, filters });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().rows as Record<string, number | string | null>[];
  };

  beforeAll(async () => {
    // Shanghai's unpublished project across two counties of Kashgar (Bachu 60%, Shache 40%);
    // Beijing's published project located in Hotan prefecture as a whole.
    await insertProject(ctx.database, {
      code: 'AR-SH',
      donor: '310000',
      year: 2024,
      locations: [
        { area: '653130', shareBp: 6000 },
        { area: '653125', shareBp: 4000 },
      ],
    });
    await insertProject(ctx.database, {
      code: 'AR-BJ',
      donor: '110000',
      year: 2024,
      published: true,
      locations: [{ area: '653200', shareBp: 10000 }],
    });
    await insertTransaction(ctx.database, {
      projectCode: 'AR-SH',
      type: 'commitment',
      valueFen: 2_000_000,
      date: '2024-02-01',
    });
    await insertTransaction(ctx.database, {
      projectCode: 'AR-SH',
      type: 'disbursement',
      valueFen: 1_000_000,
      date: '2024-05-01',
    });
    await insertTransaction(ctx.database, {
      projectCode: 'AR-BJ',
      type: 'disbursement',
      valueFen: 300_000,
      date: '2024-07-01',
    });
    cookies.coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    cookies.beijing = await loginAs(t.app, ctx.database, {
      role: 'donor-editor',
      orgCode: '110000',
    });
  });

  it('groups by prefecture: a project counts in each prefecture it lies in, wholly inside whole', async () => {
    expect(await rows('coordinator', ['area'])).toEqual([
      {
        area: '653100',
        projects: 1,
        committed_fen: 2_000_000,
        disbursed_fen: 1_000_000,
        jobs_created: 0,
      },
      { area: '653200', projects: 1, committed_fen: 0, disbursed_fen: 300_000, jobs_created: 0 },
    ]);
  });

  it('groups by county: money split by location shares, a prefecture-wide place under itself', async () => {
    expect(await rows('coordinator', ['area:county'])).toEqual([
      {
        'area:county': '653125',
        projects: 1,
        committed_fen: 800_000,
        disbursed_fen: 400_000,
        jobs_created: 0,
      },
      {
        'area:county': '653130',
        projects: 1,
        committed_fen: 1_200_000,
        disbursed_fen: 600_000,
        jobs_created: 0,
      },
      {
        'area:county': '653200',
        projects: 1,
        committed_fen: 0,
        disbursed_fen: 300_000,
        jobs_created: 0,
      },
    ]);
  });

  it('filters by area: the projects located there; their money is their share in the area', async () => {
    expect(await rows('coordinator', [], { area: '653125' })).toEqual([
      { projects: 1, committed_fen: 800_000, disbursed_fen: 400_000, jobs_created: 0 },
    ]);
    expect(await rows('coordinator', [], { area: '650000' })).toEqual([
      { projects: 2, committed_fen: 2_000_000, disbursed_fen: 1_300_000, jobs_created: 0 },
    ]);
    expect(await rows('coordinator', [], { area: '653101' })).toEqual([
      { projects: 0, committed_fen: 0, disbursed_fen: 0, jobs_created: 0 },
    ]);
  });

  it('a filter and the dimension together: rows inside the filter, rolled up to the level', async () => {
    expect(await rows('coordinator', ['area:county'], { area: '653100' })).toEqual([
      {
        'area:county': '653125',
        projects: 1,
        committed_fen: 800_000,
        disbursed_fen: 400_000,
        jobs_created: 0,
      },
      {
        'area:county': '653130',
        projects: 1,
        committed_fen: 1_200_000,
        disbursed_fen: 600_000,
        jobs_created: 0,
      },
    ]);
    expect(await rows('coordinator', ['area'], { area: '653130' })).toEqual([
      {
        area: '653100',
        projects: 1,
        committed_fen: 1_200_000,
        disbursed_fen: 600_000,
        jobs_created: 0,
      },
    ]);
  });

  it('with the donor and year dimensions, and a period of whole years', async () => {
    const res = await post('coordinator', {
      measures: ['projects', 'disbursed_fen'],
      dimensions: ['donor', 'area', 'year'],
      filters: { period: { from: '2024-01-01', to: '2024-12-31' } },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().rows).toEqual([
      { donor: '110000', area: '653200', year: 2024, projects: 1, disbursed_fen: 300_000 },
      { donor: '310000', area: '653100', year: 2024, projects: 1, disbursed_fen: 1_000_000 },
    ]);
  });

  it('a donor editor never counts another donor’s unpublished project in any area', async () => {
    expect(await rows('beijing', ['area:county'])).toEqual([
      {
        'area:county': '653200',
        projects: 1,
        committed_fen: 0,
        disbursed_fen: 300_000,
        jobs_created: 0,
      },
    ]);
    expect(await rows('beijing', [], { area: '653100' })).toEqual([
      { projects: 0, committed_fen: 0, disbursed_fen: 0, jobs_created: 0 },
    ]);
  });

  it('money by area over part of a year: 422 naming the period, the shares are yearly', async () => {
    for (const measure of ['disbursed_fen', 'committed_fen']) {
      const res = await post('coordinator', {
        measures: [measure],
        dimensions: [],
        filters: { area: '653100', period: { from: '2024-01-01', to: '2024-06-30' } },
      });
      expect(res.statusCode, measure).toBe(422);
      expect(res.json()).toMatchObject({
        code: 'analytics.periodNotWholeYears',
        errors: [{ field: 'filters.period' }],
      });
    }
    // Without the area, committed reads the entries: any period.
    const committed = await post('coordinator', {
      measures: ['committed_fen'],
      dimensions: [],
      filters: { period: { from: '2024-01-01', to: '2024-03-31' } },
    });
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json().rows).toEqual([{ committed_fen: 2_000_000 }]);
    const byArea = await post('coordinator', {
      measures: ['committed_fen'],
      dimensions: ['area'],
      filters: { period: { from: '2024-01-01', to: '2024-12-31' } },
    });
    expect(byArea.statusCode, byArea.body).toBe(200);
    expect(byArea.json().rows).toEqual([{ area: '653100', committed_fen: 2_000_000 }]);
  });
});

describeEachDatabase('analytics: fen sums past 2^53 stay exact', (ctx) => {
  const t = useApp(ctx);
  let coordinator = '';
  const PROJECTS = 10;
  /** 10^16 − 1: odd and past 2^53, so no double holds it. */
  const TOTAL = BigInt(MAX_AMOUNT_FEN) * BigInt(PROJECTS) - 1n;

  beforeAll(async () => {
    for (let i = 0; i < PROJECTS; i++) {
      const code = `BIG-${i}`;
      await insertProject(ctx.database, {
        code,
        donor: '110000',
        year: 2023,
        budgetFen: MAX_AMOUNT_FEN,
        locations: [{ area: '653201', shareBp: 10000 }],
      });
      await insertTransaction(ctx.database, {
        projectCode: code,
        type: 'disbursement',
        valueFen: i === 0 ? MAX_AMOUNT_FEN - 1 : MAX_AMOUNT_FEN,
        date: '2023-06-30',
      });
    }
    coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
  });

  describe('every path of disbursed_fen answers the exact JSON integer', () => {
    const cases: [string, object][] = [
      ['total (all-years figures)', {}],
      [
        'a period (ledger entries)',
        { filters: { period: { from: '2023-01-01', to: '2023-12-31' } } },
      ],
      ['by year', { dimensions: ['year'] }],
      ['by donor', { dimensions: ['donor'] }],
      ['an area filter (area parts)', { filters: { area: '653201' } }],
      ['by county (area parts)', { dimensions: ['area:county'] }],
    ];
    for (const [label, body] of cases) {
      it(label, async () => {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/analytics/query',
          headers: { cookie: coordinator },
          payload: { measures: ['disbursed_fen', 'projects'], dimensions: [], ...body },
        });
        expect(res.statusCode, res.body).toBe(200);
        expect(integersOf(res.body, 'disbursed_fen')).toEqual([TOTAL]);
        expect(integersOf(res.body, 'projects')).toEqual([BigInt(PROJECTS)]);
      });
    }
  });
});
