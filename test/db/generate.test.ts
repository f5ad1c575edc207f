import { expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import { verifyHistory } from '../../src/modules/history/service.js';
import { computeWarnings } from '../../src/modules/warnings/compute.js';
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
      today: '2024-09-30',
      lateShare: 0,
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
    // Nothing late: every data-quality rule holds and no warning is raised on that day.
    expect(await db.selectFrom('qualityFindings').select('rule').execute()).toEqual([]);
    const warnings = await computeWarnings({ actor: systemActor('test'), db }, '2024-09-30');
    expect(warnings.candidates).toBe(0);
    // Nothing actual after that day; the current year is under way, the last one further on.
    const future = await db
      .selectFrom('fundTransactions')
      .select('id')
      .where('planned', '=', 0)
      .where('date', '>', '2024-09-30')
      .execute();
    expect(future).toEqual([]);
    const started = await db
      .selectFrom('projects')
      .select(['year', (eb) => eb.fn.countAll<number>().as('n')])
      .where('stage', 'in', ['started', 'completed', 'accepted', 'audited', 'evaluated'])
      .groupBy('year')
      .orderBy('year')
      .execute();
    expect(started.map((r) => r.year)).toEqual([2023, 2024]);
  });

  it('makes the asked-for share late, and warnings find them', async () => {
    await generateDataSet(ctx.database, {
      fromYear: 2027,
      years: 1,
      projectsPerYear: 200,
      seed: 5,
      today: '2027-10-01',
      lateShare: 0.2,
    });
    await computeWarnings({ actor: systemActor('test'), db: ctx.database.db }, '2027-10-01');
    const late = await ctx.database.db
      .selectFrom('warnings as w')
      .innerJoin('projects as p', 'p.id', 'w.projectId')
      .select(['w.kind', 'p.code'])
      .where('p.year', '=', 2027)
      .execute();
    // About 40 late projects, each with one overdue stage (a few are suspended or finished).
    expect(late.length).toBeGreaterThan(20);
    expect(late.length).toBeLessThan(60);
    expect(new Set(late.map((w) => w.code)).size).toBe(late.length);
    expect(late.filter((w) => w.kind !== 'not-started' && w.kind !== 'stage-overdue')).toEqual([]);
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
      today: '2030-06-30',
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
