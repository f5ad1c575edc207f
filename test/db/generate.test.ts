import { expect, it } from 'vitest';
import { verifyHistory } from '../../src/modules/history/service.js';
import { generateDataSet } from '../../src/seed/generate.js';
import { describeEachDatabase } from '../support/db.js';

describeEachDatabase('generated data set', (ctx) => {
  it('writes the asked-for projects with their funds, locations and plans, to the fen', async () => {
    const totals = await generateDataSet(ctx.database, {
      fromYear: 2023,
      years: 2,
      projectsPerYear: 190,
      yuanPerYear: 1_000_000_000,
      seed: 7,
    });
    expect(totals.projects).toBe(380);
    expect(totals.plans).toBe(38);
    expect(totals.transactions).toBeGreaterThan(380 * 5);
    const db = ctx.database.db;
    const byYear = await db
      .selectFrom('projects')
      .select([
        'year',
        (eb) => eb.fn.sum<number>('budgetFen').as('fen'),
        (eb) => eb.fn.countAll<number>().as('n'),
      ])
      .groupBy('year')
      .orderBy('year')
      .execute();
    expect(byYear.map((r) => [r.year, Number(r.fen), Number(r.n)])).toEqual([
      [2023, 100_000_000_000, 190],
      [2024, 100_000_000_000, 190],
    ]);
    // Every project's locations and donors add up to 10000 basis points.
    const shares = await db
      .selectFrom('projectLocations')
      .select(['projectId', (eb) => eb.fn.sum<number>('shareBp').as('bp')])
      .groupBy('projectId')
      .having((eb) => eb.fn.sum('shareBp'), '!=', 10000)
      .execute();
    expect(shares).toEqual([]);
    const donors = await db.selectFrom('plans').select('donorCode').distinct().execute();
    expect(donors).toHaveLength(19);
    expect((await verifyHistory(db)).ok).toBe(true);
  });

  it('refuses a second run over the same year whole, changing nothing', async () => {
    const fingerprint = async () =>
      ctx.database.db
        .selectFrom('projects')
        .select(['code', 'budgetFen', 'stage', 'typeCode'])
        .where('year', '=', 2030)
        .orderBy('code')
        .execute();
    await generateDataSet(ctx.database, {
      fromYear: 2030,
      years: 1,
      projectsPerYear: 40,
      seed: 99,
    });
    const first = await fingerprint();
    expect(first.length).toBe(40);
    // A second run over the same year is refused whole (unique codes) and changes nothing.
    await expect(
      generateDataSet(ctx.database, { fromYear: 2030, years: 1, projectsPerYear: 40, seed: 99 }),
    ).rejects.toThrow();
    expect(await fingerprint()).toEqual(first);
  });
});
