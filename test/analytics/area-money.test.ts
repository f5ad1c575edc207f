/**
 * Committed, arrived and spent money by area (decision 0044): each project's money split by its
 * location shares (the `area-money` projection, largest remainder, exact fen), so that a level's
 * area rows add up to the total, a project wholly inside an area counting whole; kept with every
 * ledger write and location change; both engines.
 */
import { beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import { updateProject } from '../../src/modules/projects/update.js';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { insertProject, insertTransaction } from '../support/factories.js';

const MONEY = ['committed_fen', 'arrived_fen', 'spent_fen', 'disbursed_fen'] as const;
type Row = Record<string, number | string>;

describeEachDatabase('analytics: money by area adds up to the total', (ctx) => {
  const t = useApp(ctx);
  let coordinator = '';
  const query = async (dimensions: string[], filters: object = {}) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/analytics/query',
      headers: { cookie: coordinator },
      payload: { measures: MONEY, dimensions, filters },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().rows as Row[];
  };
  const sum = (rows: Row[], m: string) => rows.reduce((s, r) => s + Number(r[m]), 0);

  beforeAll(async () => {
    // Three counties of two prefectures, shares 1/3 each in bp (3334 + 3333 + 3333), odd amounts:
    // the largest remainder decides each fen.
    await insertProject(ctx.database, {
      code: 'AM-3',
      donor: '310000',
      year: 2024,
      published: true,
      locations: [
        { area: '653130', shareBp: 3334 },
        { area: '653125', shareBp: 3333 },
        { area: '653201', shareBp: 3333 },
      ],
    });
    // One county, wholly inside it.
    await insertProject(ctx.database, {
      code: 'AM-1',
      donor: '110000',
      year: 2024,
      published: true,
      locations: [{ area: '653201', shareBp: 10000 }],
    });
    for (const [code, type, valueFen, date] of [
      ['AM-3', 'commitment', 1_000_001, '2024-02-01'],
      ['AM-3', 'arrival', 700_003, '2024-03-01'],
      ['AM-3', 'expenditure', 100_000, '2025-04-01'],
      ['AM-3', 'disbursement', 500_002, '2024-05-01'],
      ['AM-1', 'commitment', 90_000, '2024-02-01'],
      ['AM-1', 'expenditure', 7, '2024-04-01'],
    ] as const) {
      await insertTransaction(ctx.database, { projectCode: code, type, valueFen, date });
    }
    coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
  });

  it('splits a project over its counties by share, wholly inside whole', async () => {
    const byCounty = await query(['area:county']);
    expect(byCounty).toEqual([
      {
        'area:county': '653125',
        committed_fen: 333_300,
        arrived_fen: 233_311,
        spent_fen: 33_330,
        disbursed_fen: 166_651,
      },
      {
        'area:county': '653130',
        committed_fen: 333_401,
        arrived_fen: 233_381,
        spent_fen: 33_340,
        disbursed_fen: 166_701,
      },
      {
        'area:county': '653201',
        committed_fen: 90_000 + 333_300,
        arrived_fen: 233_311,
        spent_fen: 33_330 + 7,
        disbursed_fen: 166_650,
      },
    ]);
    const [total] = await query([]);
    for (const m of MONEY) expect(sum(byCounty, m), m).toBe(Number(total?.[m]));
    expect(total).toEqual({
      committed_fen: 1_090_001,
      arrived_fen: 700_003,
      spent_fen: 100_007,
      disbursed_fen: 500_002,
    });
  });

  it('adds up at every level, by year and donor too, and within an area filter', async () => {
    const [total] = await query([]);
    for (const dimensions of [['area'], ['area:county'], ['area', 'year'], ['donor', 'area']]) {
      const rows = await query(dimensions);
      for (const m of MONEY) expect(sum(rows, m), `${dimensions} ${m}`).toBe(Number(total?.[m]));
    }
    const [kashgar] = await query([], { area: '653100' });
    const inKashgar = await query(['area:county'], { area: '653100' });
    for (const m of MONEY) expect(sum(inKashgar, m), m).toBe(Number(kashgar?.[m]));
    expect(kashgar?.committed_fen).toBe(333_300 + 333_401);
    // A whole-years period keeps that year's shares only (the spending is in 2025).
    const in2025 = await query(['area'], { period: { from: '2025-01-01', to: '2025-12-31' } });
    expect(sum(in2025, 'spent_fen')).toBe(100_000);
    expect(sum(in2025, 'committed_fen')).toBe(0);
  });

  it('follows a change of the project’s locations and a new entry', async () => {
    const ctxWrite = { actor: systemActor('test'), db: ctx.database.db };
    const project = await ctx.database.db
      .selectFrom('projects')
      .select(['id', 'version'])
      .where('code', '=', 'AM-1')
      .executeTakeFirstOrThrow();
    await updateProject(
      ctxWrite,
      'AM-1',
      {
        locations: [
          { area: '653201', shareBp: 5000 },
          { area: '653221', shareBp: 5000 },
        ],
      },
      project.version,
    );
    await insertTransaction(ctx.database, {
      projectCode: 'AM-1',
      type: 'commitment',
      valueFen: 10_001,
      date: '2024-09-01',
    });
    const byCounty = await query(['area:county']);
    // Half of 90,000 and half of 10,001 (the odd fen to the first location by code, 653201).
    const hotanCounty = byCounty.find((r) => r['area:county'] === '653221');
    expect(hotanCounty).toMatchObject({ committed_fen: 45_000 + 5_000, spent_fen: 3 });
    const [total] = await query([]);
    for (const m of MONEY) expect(sum(byCounty, m), m).toBe(Number(total?.[m]));
  });
});
