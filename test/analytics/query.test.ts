import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { systemActor } from '../../src/domain/access.js';
import { reverseTransaction } from '../../src/modules/ledger/service.js';
import { replaceResults } from '../../src/modules/projects/results.js';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { insertProject, insertTransaction } from '../support/factories.js';

const SYSTEM = systemActor('test');

/**
 * Four projects, each figure chosen so that every filter and every caller gives a different
 * total: Shanghai's in Bachu (2024, published), Shenzhen's in Kashgar city (2025, unpublished;
 * Shenzhen sits under Guangdong), and Beijing's in Hotan city, one unpublished (2025) and one
 * published (2024).
 */
async function records(database: Database) {
  await insertProject(database, { code: 'AN-SH', donor: '310000', year: 2024, published: true });
  await insertProject(database, {
    code: 'AN-SZ',
    donor: '440300',
    year: 2025,
    locations: [{ area: '653101', shareBp: 10000 }],
  });
  const hotan = [{ area: '653201', shareBp: 10000 }];
  await insertProject(database, { code: 'AN-BJU', donor: '110000', year: 2025, locations: hotan });
  await insertProject(database, {
    code: 'AN-BJP',
    donor: '110000',
    year: 2024,
    locations: hotan,
    published: true,
  });
  const tx = (
    projectCode: string,
    type: 'commitment' | 'arrival' | 'disbursement' | 'expenditure',
    valueFen: number,
    date: string,
    planned = false,
  ) => insertTransaction(database, { projectCode, type, valueFen, date, planned });
  await tx('AN-SH', 'commitment', 1_000_000, '2024-01-01');
  await tx('AN-SH', 'commitment', 999, '2024-02-01', true); // planned: never counted
  await tx('AN-SH', 'arrival', 300_000, '2024-03-01');
  await tx('AN-SH', 'disbursement', 400_000, '2024-12-31');
  await tx('AN-SH', 'disbursement', 100_000, '2025-01-01');
  await tx('AN-SH', 'expenditure', 50_000, '2024-06-30');
  await tx('AN-SZ', 'commitment', 200_000, '2025-03-01');
  await tx('AN-BJU', 'commitment', 5_000_000, '2025-02-01');
  await tx('AN-BJU', 'disbursement', 2_000_000, '2025-02-02');
  await tx('AN-BJP', 'disbursement', 700_000, '2024-05-05');
  const ctx = { actor: SYSTEM, db: database.db };
  await replaceResults(ctx, 'AN-SZ', [
    { metric: 'jobs', planned: true, value: 100 },
    { metric: 'jobs', planned: false, value: 10, asOf: '2025-01-31' },
    { metric: 'jobs', planned: false, value: 30, asOf: '2025-06-30' },
  ]);
  await replaceResults(ctx, 'AN-BJU', [
    { metric: 'jobs', planned: false, value: 7, asOf: '2025-03-01' },
    { metric: 'trained', planned: false, value: 500, asOf: '2025-03-01' },
  ]);
}

const ALL = [
  'committed_fen',
  'arrived_fen',
  'disbursed_fen',
  'spent_fen',
  'projects',
  'jobs_created',
];

describeEachDatabase('POST /api/analytics/query', (ctx) => {
  const t = useApp(ctx);
  const cookies: Record<string, string> = {};
  const post = (cookie: string | undefined, body: object) =>
    t.app.inject({
      method: 'POST',
      url: '/api/analytics/query',
      headers: cookie ? { cookie } : {},
      payload: body,
    });
  const totals = async (who: string, filters: object = {}, measures = ALL) => {
    const res = await post(cookies[who], { measures, dimensions: [], filters });
    expect(res.statusCode, res.body).toBe(200);
    const { rows } = res.json() as { rows: Record<string, number>[] };
    expect(rows).toHaveLength(1);
    return rows[0];
  };

  beforeAll(async () => {
    await records(ctx.database);
    cookies.coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    cookies.auditor = await loginAs(t.app, ctx.database, { role: 'auditor' });
    cookies.beijing = await loginAs(t.app, ctx.database, {
      role: 'donor-editor',
      orgCode: '110000',
    });
    cookies.shanghai = await loginAs(t.app, ctx.database, {
      role: 'donor-editor',
      orgCode: '310000',
    });
    cookies.hotan = await loginAs(t.app, ctx.database, {
      role: 'recipient-editor',
      areaCode: '653200',
    });
    cookies.viewer = await loginAs(t.app, ctx.database, { role: 'viewer' });
  });

  describe('counts every measure from the records', () => {
    it('for the programme office: all of them, planned entries left out', async () => {
      const all = {
        committed_fen: 6_200_000,
        arrived_fen: 300_000,
        disbursed_fen: 3_200_000,
        spent_fen: 50_000,
        projects: 4,
        jobs_created: 37, // Shenzhen's largest achieved figure (30) and Beijing's 7
      };
      expect(await totals('coordinator')).toEqual(all);
      expect(await totals('auditor')).toEqual(all);
      expect(await totals('coordinator', { programme: 'xinjiang' })).toEqual(all);
    });

    it('netting a reversal, and a new entry shows in the next answer', async () => {
      const before = await totals('coordinator', {}, ['disbursed_fen']);
      await insertTransaction(ctx.database, {
        projectCode: 'AN-BJP',
        type: 'disbursement',
        valueFen: 1,
        date: '2026-01-10',
      });
      expect(await totals('coordinator', {}, ['disbursed_fen'])).toEqual({
        disbursed_fen: (before?.disbursed_fen ?? 0) + 1,
      });
      const entry = await ctx.database.db
        .selectFrom('fundTransactions')
        .select('id')
        .where('date', '=', '2026-01-10')
        .executeTakeFirstOrThrow();
      await reverseTransaction({ actor: SYSTEM, db: ctx.database.db }, 'AN-BJP', Number(entry.id), {
        date: '2026-01-11',
        reason: 'entered twice',
      });
      expect(await totals('coordinator', {}, ['disbursed_fen'])).toEqual(before);
    });
  });

  describe('filters', () => {
    it('a donor includes its sub-organisations (Guangdong: Shenzhen)', async () => {
      expect(await totals('coordinator', { donor: '440000' })).toEqual({
        committed_fen: 200_000,
        arrived_fen: 0,
        disbursed_fen: 0,
        spent_fen: 0,
        projects: 1,
        jobs_created: 30,
      });
      expect(
        await totals('coordinator', { donor: '110000' }, [
          'committed_fen',
          'disbursed_fen',
          'projects',
          'jobs_created',
        ]),
      ).toEqual({
        committed_fen: 5_000_000,
        disbursed_fen: 2_700_000,
        projects: 2,
        jobs_created: 7,
      });
    });

    it('an area includes its whole subtree', async () => {
      expect(
        await totals('coordinator', { area: '653100' }, ['committed_fen', 'projects']),
      ).toEqual({
        committed_fen: 1_200_000,
        projects: 2,
      });
      expect(await totals('coordinator', { area: '653201' }, ['projects'])).toEqual({
        projects: 2,
      });
      expect(
        await totals('coordinator', { area: '653130', donor: '110000' }, ['projects']),
      ).toEqual({
        projects: 0,
      });
    });

    it('a period is inclusive at both ends', async () => {
      const year2024 = { from: '2024-01-01', to: '2024-12-31' };
      expect(await totals('coordinator', { period: year2024 })).toEqual({
        committed_fen: 1_000_000,
        arrived_fen: 300_000,
        disbursed_fen: 1_100_000,
        spent_fen: 50_000,
        projects: 2, // plan year 2024
        jobs_created: 0,
      });
      const inside = { from: '2024-01-02', to: '2024-12-30' };
      expect(
        await totals('coordinator', { period: inside }, ['committed_fen', 'disbursed_fen']),
      ).toEqual({
        committed_fen: 0,
        disbursed_fen: 700_000,
      });
      // Jobs: each project's largest achieved figure dated within the period.
      const oneDay = { from: '2025-01-31', to: '2025-01-31' };
      expect(await totals('coordinator', { period: oneDay }, ['jobs_created'])).toEqual({
        jobs_created: 10,
      });
    });
  });

  describe('visibility', () => {
    it("a donor editor never counts another donor's unpublished projects", async () => {
      // Shanghai: its own project and Beijing's published one, not Beijing's 5,000,000 nor Shenzhen's.
      expect(await totals('shanghai')).toEqual({
        committed_fen: 1_000_000,
        arrived_fen: 300_000,
        disbursed_fen: 1_200_000,
        spent_fen: 50_000,
        projects: 2,
        jobs_created: 0,
      });
      expect(
        await totals('shanghai', { donor: '110000' }, [
          'committed_fen',
          'disbursed_fen',
          'projects',
        ]),
      ).toEqual({
        committed_fen: 0,
        disbursed_fen: 700_000,
        projects: 1,
      });
      // Beijing: both of its own and Shanghai's published one, not Shenzhen's.
      expect(await totals('beijing', {}, ['committed_fen', 'projects', 'jobs_created'])).toEqual({
        committed_fen: 6_000_000,
        projects: 3,
        jobs_created: 7,
      });
    });

    it("a recipient editor counts its areas' projects and published ones; a viewer published ones", async () => {
      expect(await totals('hotan', {}, ['committed_fen', 'projects'])).toEqual({
        committed_fen: 6_000_000,
        projects: 3,
      });
      expect(await totals('viewer', {}, ['committed_fen', 'projects'])).toEqual({
        committed_fen: 1_000_000,
        projects: 2,
      });
    });

    it('anonymous callers are refused (401)', async () => {
      const res = await post(undefined, { measures: ['projects'] });
      expect(res.statusCode, res.body).toBe(401);
    });
  });

  describe('dimensions', () => {
    it('by donor, rolled up to the top organisation, and by year', async () => {
      const res = await post(cookies.coordinator, {
        measures: ['committed_fen', 'projects'],
        dimensions: ['donor'],
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().rows).toEqual([
        { donor: '110000', committed_fen: 5_000_000, projects: 2 },
        { donor: '310000', committed_fen: 1_000_000, projects: 1 },
        { donor: '440000', committed_fen: 200_000, projects: 1 },
      ]);
      const byYear = await post(cookies.shanghai, {
        measures: ['disbursed_fen'],
        dimensions: ['year'],
        filters: { period: { from: '2024-01-01', to: '2025-12-31' } },
      });
      expect(byYear.json().rows).toEqual([
        { year: 2024, disbursed_fen: 1_100_000 },
        { year: 2025, disbursed_fen: 100_000 },
      ]);
    });
  });

  describe('bad input: a specific problem naming the field', () => {
    const cases: Array<{
      label: string;
      body: object;
      status: number;
      code: string;
      field: string;
    }> = [
      {
        label: 'an unknown measure',
        body: { measures: ['projects', 'unicorns'] },
        status: 422,
        code: 'analytics.unknownMeasure',
        field: 'measures.1',
      },
      {
        label: 'an unknown filter',
        body: { measures: ['projects'], filters: { colour: 'red' } },
        status: 422,
        code: 'analytics.unknownFilter',
        field: 'filters.colour',
      },
      {
        label: 'an unknown dimension',
        body: { measures: ['projects'], dimensions: ['colour'] },
        status: 422,
        code: 'analytics.unknownDimension',
        field: 'dimensions.0',
      },
      {
        label: 'a dimension the measure cannot group by',
        body: { measures: ['reading_rooms'], dimensions: ['area:county'] },
        status: 422,
        code: 'analytics.dimensionUnsupported',
        field: 'dimensions.0',
      },
      {
        label: 'a period ending before it starts',
        body: {
          measures: ['projects'],
          filters: { period: { from: '2025-01-02', to: '2025-01-01' } },
        },
        status: 422,
        code: 'analytics.periodReversed',
        field: 'filters.period.to',
      },
      {
        label: 'a date that is not a date',
        body: {
          measures: ['projects'],
          filters: { period: { from: '2025-02-30', to: '2025-03-01' } },
        },
        status: 400,
        code: 'validation.calendarDate',
        field: 'body.filters.period.from',
      },
      {
        label: 'an unknown donor',
        body: { measures: ['projects'], filters: { donor: '999999' } },
        status: 422,
        code: 'organisation.unknown',
        field: 'filters.donor',
      },
      {
        label: 'no measure',
        body: { measures: [] },
        status: 400,
        code: 'validation.tooFew',
        field: 'body.measures',
      },
    ];
    for (const c of cases) {
      it(c.label, async () => {
        const res = await post(cookies.coordinator, c.body);
        expect(res.statusCode, res.body).toBe(c.status);
        expect(res.json().code).toBe(c.code);
        expect(res.json().errors[0].field).toBe(c.field);
      });
    }
  });

  it('lists the measures with their units and labels', async () => {
    const res = await t.app.inject({
      url: '/api/analytics/measures',
      headers: { cookie: cookies.viewer },
    });
    expect(res.statusCode, res.body).toBe(200);
    const names = (res.json().items as { name: string; unit: string }[]).map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(ALL));
  });
});
