import { beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import { transitionProject } from '../../src/modules/projects/transitions.js';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { insertProject, insertTransaction } from '../support/factories.js';

/**
 * A hand-computed set for 2030 (no other test uses that year):
 * - R-1 Shanghai 100%, Bachu, started, budget 2,000,000: committed 1,000,000, arrived 800,000,
 *   disbursed 600,000, expended 500,000 (and a planned commitment, ignored);
 * - R-2 Shanghai 50% / Beijing 50%, Bachu 60% / Hotan city 40%, completed, budget 1,000,000:
 *   committed 1,000,000, arrived 1,000,000, disbursed 200,000;
 * - R-3 Beijing, Hotan city, cancelled, budget 3,000,000: committed 100,000;
 * - R-4 Beijing, Hotan city, reserve, budget 500,000; and a 2029 project that must not count.
 */
describeEachDatabase('rates API', (ctx) => {
  const t = useApp(ctx);
  let coordinator = '';
  let beijing = '';
  const rates = async (query: string, cookie = coordinator) => {
    const res = await t.app.inject({
      url: `/api/rates?programme=xinjiang&year=2030${query}`,
      headers: { cookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    const db = ctx.database.db;
    await insertProject(db, {
      code: 'R-1',
      year: 2030,
      stage: 'started',
      budgetFen: 2_000_000,
    });
    await insertProject(db, {
      code: 'R-2',
      year: 2030,
      stage: 'completed',
      budgetFen: 1_000_000,
      donor: [
        { org: '310000', shareBp: 5000 },
        { org: '110000', shareBp: 5000 },
      ],
      locations: [
        { area: '653130', shareBp: 6000 },
        { area: '653201', shareBp: 4000 },
      ],
    });
    const hotan = [{ area: '653201', shareBp: 10000 }];
    await insertProject(db, {
      code: 'R-3',
      year: 2030,
      stage: 'approved',
      budgetFen: 3_000_000,
      donor: '110000',
      locations: hotan,
    });
    await insertProject(db, {
      code: 'R-4',
      year: 2030,
      stage: 'reserve',
      budgetFen: 500_000,
      donor: '110000',
      locations: hotan,
    });
    await insertProject(db, { code: 'R-OLD', year: 2029, stage: 'started' });
    const tx = (
      projectCode: string,
      type: 'commitment' | 'arrival' | 'disbursement' | 'expenditure',
      valueFen: number,
      planned = false,
    ) => insertTransaction(db, { projectCode, type, valueFen, date: '2030-05-01', planned });
    await tx('R-1', 'commitment', 1_000_000);
    await tx('R-1', 'commitment', 9_999_999, true);
    await tx('R-1', 'arrival', 800_000);
    await tx('R-1', 'disbursement', 250_000);
    await tx('R-1', 'disbursement', 350_000);
    await tx('R-1', 'expenditure', 500_000);
    await tx('R-2', 'commitment', 1_000_000);
    await tx('R-2', 'arrival', 1_000_000);
    await tx('R-2', 'disbursement', 200_000);
    await tx('R-3', 'commitment', 100_000);
    // Committed, then cancelled: a closed ledger keeps what it recorded.
    await transitionProject({ actor: systemActor('test'), db }, 'R-3', {
      to: 'cancelled',
      reason: 'cancelled by the test',
      date: '2030-06-01',
    });
    await tx('R-OLD', 'commitment', 123_456);
    coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    beijing = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '110000' });
  });

  it('gives the programme’s rates for the year', async () => {
    expect(await rates('')).toEqual({
      scope: { programme: 'xinjiang', year: 2030, donor: null, area: null, project: null },
      arrivalRateBp: 8571,
      disbursementRateBp: 4444,
      investmentCompletionBp: 1428,
      startRateBp: 10000,
      completionRateBp: 5000,
      amounts: {
        committedFen: 2_100_000,
        arrivedFen: 1_800_000,
        disbursedFen: 800_000,
        expendedFen: 500_000,
        budgetFen: 3_500_000,
      },
      counts: { projects: 4, approved: 2, started: 2, completed: 1 },
    });
  });

  it('gives one project’s rates (arrival 8000 bp, disbursement 7500 bp)', async () => {
    expect(await rates('&project=R-1')).toMatchObject({
      arrivalRateBp: 8000,
      disbursementRateBp: 7500,
      investmentCompletionBp: 2500,
      amounts: { committedFen: 1_000_000, arrivedFen: 800_000, disbursedFen: 600_000 },
    });
  });

  it('weights a co-funded project by the donor’s share', async () => {
    expect(await rates('&donor=310000')).toMatchObject({
      scope: { donor: '310000' },
      arrivalRateBp: 8666,
      disbursementRateBp: 5384,
      investmentCompletionBp: 2000,
      amounts: {
        committedFen: 1_500_000,
        arrivedFen: 1_300_000,
        disbursedFen: 700_000,
        expendedFen: 500_000,
        budgetFen: 2_500_000,
      },
      counts: { projects: 2, approved: 2, started: 2, completed: 1 },
    });
  });

  it('weights by the share located in the area subtree, and by both together', async () => {
    const bachu = {
      arrivalRateBp: 8750,
      disbursementRateBp: 5142,
      investmentCompletionBp: 1923,
      amounts: {
        committedFen: 1_600_000,
        arrivedFen: 1_400_000,
        disbursedFen: 720_000,
        budgetFen: 2_600_000,
      },
    };
    expect(await rates('&area=653130')).toMatchObject(bachu);
    expect(await rates('&area=6531')).toMatchObject(bachu); // Kashgar prefecture
    expect(await rates('&donor=110000&area=6532', beijing)).toMatchObject({
      arrivalRateBp: 6666,
      disbursementRateBp: 2000,
      investmentCompletionBp: 0,
      amounts: {
        committedFen: 300_000,
        arrivedFen: 200_000,
        disbursedFen: 40_000,
        expendedFen: 0,
        budgetFen: 700_000,
      },
      counts: { projects: 3, approved: 1, started: 1, completed: 1 },
    });
  });

  it('gives one row per donor, with nulls where there is nothing to divide', async () => {
    const res = await t.app.inject({
      url: '/api/rates/donors?programme=xinjiang&year=2030',
      headers: { cookie: coordinator },
    });
    expect(res.statusCode, res.body).toBe(200);
    const { items } = res.json();
    expect(items).toHaveLength(19);
    const row = (code: string) =>
      items.find((i: { donor: { code: string } }) => i.donor.code === code);
    expect(row('310000')).toMatchObject({
      arrivalRateBp: 8666,
      amounts: { committedFen: 1_500_000 },
    });
    expect(row('110000')).toMatchObject({
      donor: { code: '110000', name: '北京市' },
      arrivalRateBp: 8333,
      disbursementRateBp: 2000,
      investmentCompletionBp: 0,
      amounts: {
        committedFen: 600_000,
        arrivedFen: 500_000,
        disbursedFen: 100_000,
        budgetFen: 1_000_000,
      },
      counts: { projects: 3, approved: 1, started: 1, completed: 1 },
    });
    expect(row('120000')).toMatchObject({
      arrivalRateBp: null,
      startRateBp: null,
      counts: { projects: 0, approved: 0, started: 0, completed: 0 },
    });
  });

  it('shows a donor editor its own figures only, and refuses others', async () => {
    expect((await rates('', beijing)).scope.donor).toBe('110000');
    const other = await t.app.inject({
      url: '/api/rates?programme=xinjiang&year=2030&donor=310000',
      headers: { cookie: beijing },
    });
    expect(other.statusCode).toBe(403);
    const rows = (
      await t.app.inject({
        url: '/api/rates/donors?programme=xinjiang&year=2030',
        headers: { cookie: beijing },
      })
    ).json();
    expect(rows.items.map((i: { donor: { code: string } }) => i.donor.code)).toEqual(['110000']);
    const recipient = await loginAs(t.app, ctx.database, {
      role: 'recipient-editor',
      areaCode: '653200',
    });
    for (const path of ['/api/rates', '/api/rates/donors']) {
      const res = await t.app.inject({
        url: `${path}?programme=xinjiang&year=2030`,
        headers: { cookie: recipient },
      });
      expect(res.statusCode).toBe(403);
    }
    const auditor = await loginAs(t.app, ctx.database, { role: 'auditor' });
    expect((await rates('&donor=310000', auditor)).arrivalRateBp).toBe(8666);
    expect(
      (await t.app.inject({ url: '/api/rates?programme=xinjiang&year=2030' })).statusCode,
    ).toBe(401);
  });

  it('names the unknown scope it cannot use (422)', async () => {
    for (const [query, field] of [
      ['&donor=990000', 'donor'],
      ['&area=659999', 'area'],
      ['&project=NOPE', 'project'],
    ]) {
      const res = await t.app.inject({
        url: `/api/rates?programme=xinjiang&year=2030${query}`,
        headers: { cookie: coordinator },
      });
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().errors[0].field).toBe(field);
    }
    const res = await t.app.inject({
      url: '/api/rates?programme=nowhere&year=2030',
      headers: { cookie: coordinator },
    });
    expect(res.json().errors[0].field).toBe('programme');
  });
});
