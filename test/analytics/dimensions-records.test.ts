/**
 * The new dimensions and filters of decision 0047 on the projects, the ledger and the people,
 * with exact figures from records the test creates; totals and subtotals (and what each caller
 * may see in them); a value written is in the very next answer. Both engines.
 *
 * Records: Shanghai's published project in Bachu (its own pairing: in-pair), livelihood,
 * approved, 2024, disbursing 100,000 fen in February and 50,000 in November 2024, jobs 5 as of
 * 2024-06-30 and 9 as of 2025-03-31; Shanghai's unpublished industry project in Hotan city
 * (Beijing's pairing: cross-pair), started, 2025, disbursing 300,000 in May 2025; Beijing's
 * unpublished livelihood project in Hotan city (in-pair), approved, 2025, disbursing 7,000 in
 * January 2025. People: Shanghai's cadre in Bachu from 2024-03-01 to 2024-12-31 and again from
 * 2025-02-01 (in-pair), Shanghai's teacher in Hotan city from 2024-08-01 (cross-pair).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import { queryAnalytics } from '../../src/modules/analytics/query.js';
import { replaceResults } from '../../src/modules/projects/results.js';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { insertProject, insertTransaction } from '../support/factories.js';

describeEachDatabase('analytics: dimensions on projects, money and people (0047)', (ctx) => {
  const t = useApp(ctx);
  const cookies: Record<string, string> = {};
  const send = (who: string, url: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: cookies[who] ?? '', ...headers },
      payload,
    });
  const rows = async (body: object, who = 'coordinator') => {
    const res = await send(who, '/api/analytics/query', body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().rows as Record<string, unknown>[];
  };

  beforeAll(async () => {
    const db = ctx.database;
    await insertProject(db, {
      code: 'DM-SH1',
      donor: '310000',
      year: 2024,
      typeCode: 'livelihood',
      stage: 'approved',
      published: true,
    });
    await insertProject(db, {
      code: 'DM-SH2',
      donor: '310000',
      year: 2025,
      typeCode: 'industry',
      livelihoodShareBp: 0,
      stage: 'started',
      locations: [{ area: '653201', shareBp: 10000 }],
    });
    await insertProject(db, {
      code: 'DM-BJ',
      donor: '110000',
      year: 2025,
      stage: 'approved',
      locations: [{ area: '653201', shareBp: 10000 }],
    });
    const tx = (projectCode: string, valueFen: number, date: string) =>
      insertTransaction(db, { projectCode, type: 'disbursement', valueFen, date });
    await tx('DM-SH1', 100_000, '2024-02-10');
    await tx('DM-SH1', 50_000, '2024-11-05');
    await tx('DM-SH2', 300_000, '2025-05-20');
    await tx('DM-BJ', 7_000, '2025-01-15');
    await replaceResults({ actor: systemActor('test'), db: db.db }, 'DM-SH1', [
      { metric: 'jobs', planned: false, value: 5, asOf: '2024-06-30' },
      { metric: 'jobs', planned: false, value: 9, asOf: '2025-03-31' },
    ]);

    cookies.coordinator = await loginAs(t.app, db, { role: 'coordinator' });
    cookies.shanghai = await loginAs(t.app, db, { role: 'donor-editor', orgCode: '310000' });
    cookies.beijing = await loginAs(t.app, db, { role: 'donor-editor', orgCode: '110000' });

    const person = async (nameZh: string) => {
      const res = await send('shanghai', '/api/people/persons', {
        nameZh,
        sex: 'female',
        donor: '310000',
        published: true,
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as number;
    };
    const posting = async (id: number, body: object) => {
      const current = await t.app.inject({
        url: `/api/people/persons/${id}`,
        headers: { cookie: cookies.shanghai ?? '' },
      });
      const res = await send('shanghai', `/api/people/persons/${id}/postings`, body, {
        'if-match': current.headers.etag as string,
      });
      expect(res.statusCode, res.body).toBe(201);
    };
    const cadre = await person('甲');
    await posting(cadre, {
      kind: 'cadre',
      hostOrgName: '巴楚县发展和改革委员会',
      area: '653130',
      role: '副主任',
      termStart: '2024-03-01',
      plannedEnd: '2024-12-31',
    });
    await posting(cadre, {
      kind: 'cadre',
      hostOrgName: '巴楚县发展和改革委员会',
      area: '653130',
      role: '主任',
      termStart: '2025-02-01',
    });
    const teacher = await person('乙');
    await posting(teacher, {
      kind: 'teacher',
      hostOrgName: '和田市第一中学',
      area: '653201',
      role: '教师',
      termStart: '2024-08-01',
      crossPair: true,
    });
  });

  describe('projects', () => {
    it('by project type and by stage (the current stage)', async () => {
      expect(await rows({ measures: ['projects'], dimensions: ['projectType'] })).toEqual([
        { projectType: 'industry', projects: 1 },
        { projectType: 'livelihood', projects: 2 },
      ]);
      expect(await rows({ measures: ['projects'], dimensions: ['stage'] })).toEqual([
        { stage: 'approved', projects: 2 },
        { stage: 'started', projects: 1 },
      ]);
    });
    it('filtered by project type and stage; by period at year granularity only', async () => {
      expect(
        await rows({
          measures: ['projects', 'disbursed_fen'],
          filters: { projectType: 'livelihood', stage: 'approved' },
        }),
      ).toEqual([{ projects: 2, disbursed_fen: 157_000 }]);
      expect(await rows({ measures: ['projects'], dimensions: ['programme', 'period'] })).toEqual([
        { programme: 'xinjiang', period: '2024', projects: 1 },
        { programme: 'xinjiang', period: '2025', projects: 2 },
      ]);
      const res = await send('coordinator', '/api/analytics/query', {
        measures: ['projects'],
        dimensions: ['period'],
        granularity: 'quarter',
      });
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().code).toBe('analytics.granularityUnsupported');
      expect(res.json().errors[0].field).toBe('granularity');
    });
    it("jobs by period: each project's figure as reported in the period", async () => {
      expect(await rows({ measures: ['jobs_created'], dimensions: ['period'] })).toEqual([
        { period: '2024', jobs_created: 5 },
        { period: '2025', jobs_created: 9 },
      ]);
      expect(await rows({ measures: ['jobs_created'] })).toEqual([{ jobs_created: 9 }]);
    });
  });

  describe('money', () => {
    it('by quarter and by month (entry dates), with the project type as a dimension', async () => {
      expect(
        await rows({ measures: ['disbursed_fen'], dimensions: ['period'], granularity: 'quarter' }),
      ).toEqual([
        { period: '2024-Q1', disbursed_fen: 100_000 },
        { period: '2024-Q4', disbursed_fen: 50_000 },
        { period: '2025-Q1', disbursed_fen: 7_000 },
        { period: '2025-Q2', disbursed_fen: 300_000 },
      ]);
      expect(
        await rows({
          measures: ['disbursed_fen'],
          dimensions: ['projectType', 'period'],
          granularity: 'month',
          filters: { period: { from: '2024-11-01', to: '2025-05-31' } },
        }),
      ).toEqual([
        { projectType: 'industry', period: '2025-05', disbursed_fen: 300_000 },
        { projectType: 'livelihood', period: '2024-11', disbursed_fen: 50_000 },
        { projectType: 'livelihood', period: '2025-01', disbursed_fen: 7_000 },
      ]);
    });
    it('in-pair and cross-pair, by donor, as a filter, and by area', async () => {
      expect(await rows({ measures: ['disbursed_fen'], dimensions: ['donor', 'pairing'] })).toEqual(
        [
          { donor: '110000', pairing: 'in-pair', disbursed_fen: 7_000 },
          { donor: '310000', pairing: 'cross-pair', disbursed_fen: 300_000 },
          { donor: '310000', pairing: 'in-pair', disbursed_fen: 150_000 },
        ],
      );
      expect(
        await rows({ measures: ['disbursed_fen'], filters: { pairing: 'cross-pair' } }),
      ).toEqual([{ disbursed_fen: 300_000 }]);
      expect(
        await rows({
          measures: ['disbursed_fen'],
          dimensions: ['area:county', 'pairing'],
          filters: { area: '653200', period: { from: '2025-01-01', to: '2025-12-31' } },
        }),
      ).toEqual([
        { 'area:county': '653201', pairing: 'cross-pair', disbursed_fen: 300_000 },
        { 'area:county': '653201', pairing: 'in-pair', disbursed_fen: 7_000 },
      ]);
    });
    it('refuses pairing for money that does not carry it', async () => {
      const res = await send('coordinator', '/api/analytics/query', {
        measures: ['disbursed_fen', 'committed_fen'],
        dimensions: ['pairing'],
      });
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().code).toBe('analytics.dimensionUnsupported');
      expect(res.json().errors[0].field).toBe('dimensions.0');
    });
  });

  describe('people', () => {
    it('sent by pairing (the posting’s cross-pair flag) and by quarter', async () => {
      expect(await rows({ measures: ['people_sent'], dimensions: ['pairing'] })).toEqual([
        { pairing: 'cross-pair', people_sent: 1 },
        { pairing: 'in-pair', people_sent: 1 },
      ]);
      expect(
        await rows({ measures: ['people_sent'], dimensions: ['period'], granularity: 'quarter' }),
      ).toEqual([
        { period: '2024-Q1', people_sent: 1 },
        { period: '2024-Q3', people_sent: 1 },
        { period: '2025-Q1', people_sent: 1 },
      ]);
      // serving on 2025-06-30: the cadre's second posting (in-pair) and the teacher (cross-pair)
      const day = { period: { from: '2025-06-30', to: '2025-06-30' } };
      expect(
        await rows({ measures: ['people_serving'], filters: { ...day, pairing: 'cross-pair' } }),
      ).toEqual([{ people_serving: 1 }]);
      expect(
        await rows({ measures: ['people_serving'], dimensions: ['pairing'], filters: day }),
      ).toEqual([
        { pairing: 'cross-pair', people_serving: 1 },
        { pairing: 'in-pair', people_serving: 1 },
      ]);
    });
  });

  describe('totals and subtotals', () => {
    const body = { measures: ['projects'], dimensions: ['donor', 'stage'], totals: true };
    it('for the programme office: every project', async () => {
      expect(await rows(body)).toEqual([
        { donor: '110000', stage: 'approved', projects: 1 },
        { donor: '110000', stage: null, projects: 1, _total: 'subtotal' },
        { donor: '310000', stage: 'approved', projects: 1 },
        { donor: '310000', stage: 'started', projects: 1 },
        { donor: '310000', stage: null, projects: 2, _total: 'subtotal' },
        { donor: null, stage: null, projects: 3, _total: 'grand' },
      ]);
    });
    it("for Beijing's editor: its own and published ones, never Shanghai's unpublished", async () => {
      expect(await rows(body, 'beijing')).toEqual([
        { donor: '110000', stage: 'approved', projects: 1 },
        { donor: '110000', stage: null, projects: 1, _total: 'subtotal' },
        { donor: '310000', stage: 'approved', projects: 1 },
        { donor: '310000', stage: null, projects: 1, _total: 'subtotal' },
        { donor: null, stage: null, projects: 2, _total: 'grand' },
      ]);
    });
    it('anonymous: the endpoint refuses (401); the query itself counts published records only', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/analytics/query',
        payload: body,
      });
      expect(res.statusCode).toBe(401);
      const answer = await queryAnalytics(
        { actor: { kind: 'anonymous' }, db: ctx.database.db },
        { ...body, filters: {} },
      );
      expect(answer.rows).toEqual([
        { donor: '310000', stage: 'approved', projects: 1 },
        { donor: '310000', stage: null, projects: 1, _total: 'subtotal' },
        { donor: null, stage: null, projects: 1, _total: 'grand' },
      ]);
    });
    it("money by donor × pairing for Beijing's editor: Shanghai's unpublished cross-pair money in no row and no total", async () => {
      const money = { measures: ['disbursed_fen'], dimensions: ['donor', 'pairing'], totals: true };
      expect(await rows(money, 'beijing')).toEqual([
        { donor: '110000', pairing: 'in-pair', disbursed_fen: 7_000 },
        { donor: '110000', pairing: null, disbursed_fen: 7_000, _total: 'subtotal' },
        { donor: '310000', pairing: 'in-pair', disbursed_fen: 150_000 },
        { donor: '310000', pairing: null, disbursed_fen: 150_000, _total: 'subtotal' },
        { donor: null, pairing: null, disbursed_fen: 157_000, _total: 'grand' },
      ]);
      expect(await rows(money, 'shanghai')).toEqual([
        { donor: '310000', pairing: 'cross-pair', disbursed_fen: 300_000 },
        { donor: '310000', pairing: 'in-pair', disbursed_fen: 150_000 },
        { donor: '310000', pairing: null, disbursed_fen: 450_000, _total: 'subtotal' },
        { donor: null, pairing: null, disbursed_fen: 450_000, _total: 'grand' },
      ]);
    });
    it('counts a person once in a total over two periods (never adds rows up)', async () => {
      expect(
        await rows({ measures: ['people_sent'], dimensions: ['period'], totals: true }),
      ).toEqual([
        { period: '2024', people_sent: 2 },
        { period: '2025', people_sent: 1 },
        { period: null, people_sent: 2, _total: 'grand' },
      ]);
    });
  });

  it('a value written is in the very next answer', async () => {
    const ask = () =>
      rows({ measures: ['disbursed_fen'], dimensions: ['donor'], totals: true }, 'shanghai');
    const before = await ask();
    await insertTransaction(ctx.database, {
      projectCode: 'DM-SH1',
      type: 'disbursement',
      valueFen: 1_234,
      date: '2026-01-02',
    });
    const after = await ask();
    const of = (r: Record<string, unknown>[], donor: string | null) =>
      r.find((x) => x.donor === donor)?.disbursed_fen as number;
    expect(of(after, '310000') - of(before, '310000')).toBe(1_234);
    expect(of(after, null) - of(before, null)).toBe(1_234);
  });
});
