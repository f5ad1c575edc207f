/**
 * The analytics measures' kept sums (decision 0051): `analytics_totals`, summed from the
 * `analytics-facts` projection by triggers, answer exactly what the queries over the records
 * answer — row for row, zero groups included — for every combination of filters, dimensions and
 * callers the fast path accepts, right after a write and after its reversal; callers whose
 * grants add unpublished projects fall back to the records; both engines.
 */
import { beforeAll, expect, it } from 'vitest';
import { type Actor, systemActor } from '../../src/domain/access.js';
import type { TransactionType } from '../../src/domain/ledger.js';
import type { MeasureInput } from '../../src/modules/analytics/measure.js';
import { queryAnalytics } from '../../src/modules/analytics/query.js';
import type { AnalyticsQueryBody } from '../../src/modules/analytics/schema.js';
import { checkProjections } from '../../src/modules/core/projection.js';
import { createTransaction, reverseTransaction } from '../../src/modules/ledger/service.js';
import { PROJECTIONS } from '../../src/modules/projections.js';
import { replaceResults } from '../../src/modules/projects/results.js';
import { jobsFromTotals, moneyFromTotals } from '../../src/modules/projects/totals.js';
import { updateProject } from '../../src/modules/projects/update.js';
import { loadReference } from '../../src/modules/reference/reference.js';
import { describeEachDatabase } from '../support/db.js';
import { insertProject } from '../support/factories.js';

const SYSTEM = systemActor('test');
const ANONYMOUS: Actor = { kind: 'anonymous' };
const user = (role: string, orgCode: string | null, areaCode: string | null = null): Actor => ({
  kind: 'user',
  userId: 1,
  username: role,
  via: 'session',
  grants: [{ role: role as never, orgCode, areaCode }],
});
const COORDINATOR = user('coordinator', null);
const AUDITOR = user('auditor', null);
const DONOR_EDITOR = user('donor-editor', '310000');
const RECIPIENT_EDITOR = user('recipient-editor', null, '653130');

const MEASURES = [
  'committed_fen',
  'arrived_fen',
  'disbursed_fen',
  'spent_fen',
  'jobs_created',
  'projects',
] as const;
const DIMENSIONS: string[][] = [
  [],
  ['donor'],
  ['year'],
  ['donor', 'year'],
  ['programme', 'projectType', 'stage', 'period'],
  ['stage', 'year'],
  ['projectType'],
];
const year = (from: number, to = from) => ({ from: `${from}-01-01`, to: `${to}-12-31` });
const FILTERS: AnalyticsQueryBody['filters'][] = [
  {},
  { donor: '310000' },
  { period: year(2024) },
  { period: year(2023, 2024) },
  { projectType: 'livelihood', stage: 'approved' },
  { programme: 'xinjiang', donor: '110000', period: year(2025) },
  // Not whole years: every measure reads the records (compared all the same).
  { period: { from: '2024-03-01', to: '2025-06-30' } },
];

/** A small deterministic generator (the data are "random-ish" but the same every run). */
function lcg(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % n;
  };
}

describeEachDatabase('analytics: kept sums answer as the records do', (ctx) => {
  const codes: string[] = [];
  const ask = (actor: Actor, body: AnalyticsQueryBody, summed: boolean) =>
    queryAnalytics({ actor, db: ctx.database.db, requestId: 'test' } as never, body, { summed });

  /** Every combination, kept sums against records, for one caller. */
  async function compareAll(actor: Actor) {
    let compared = 0;
    for (const dimensions of DIMENSIONS) {
      for (const filters of FILTERS) {
        const body = { measures: [...MEASURES], dimensions, filters, totals: true } as never;
        const fast = await ask(actor, body, true);
        const slow = await ask(actor, body, false);
        expect(fast.rows, JSON.stringify({ dimensions, filters })).toEqual(slow.rows);
        compared += slow.rows.length;
      }
    }
    return compared;
  }

  beforeAll(async () => {
    const rnd = lcg(51);
    const donors = ['310000', '110000', '310000', '120000'];
    const types = ['livelihood', 'industry'];
    for (let i = 0; i < 12; i++) {
      const code = `FAST-${i}`;
      codes.push(code);
      await insertProject(ctx.database, {
        code,
        donor: donors[i % donors.length],
        year: 2023 + (i % 3),
        typeCode: types[rnd(2)],
        livelihoodShareBp: 0,
        livelihoodReason: 'a share set by the test',
        stage: i % 5 === 4 ? 'completed' : 'approved',
        published: i % 3 !== 0,
      });
      const kinds: TransactionType[] = ['commitment', 'arrival', 'disbursement', 'expenditure'];
      const written: { id: number; year: number }[] = [];
      for (let k = 0; k < 2 + rnd(5); k++) {
        const y = 2023 + rnd(3);
        const t = await createTransaction({ actor: SYSTEM, db: ctx.database.db }, code, {
          type: kinds[rnd(4)] as TransactionType,
          valueFen: 1 + rnd(5_000_000),
          date: `${y}-0${1 + rnd(9)}-1${rnd(9)}`,
          planned: k > 0 && rnd(5) === 0,
        });
        written.push({ id: t.id, year: y });
      }
      // An entry reversed: its year's sum nets (a zero group stays a group).
      const first = written[0];
      if (i % 4 === 1 && first) {
        await reverseTransaction({ actor: SYSTEM, db: ctx.database.db }, code, first.id, {
          date: `${first.year}-12-31`,
          reason: 'test',
        });
      }
      if (i % 6 !== 5) {
        await replaceResults({ actor: SYSTEM, db: ctx.database.db } as never, code, [
          { metric: 'jobs', planned: false, value: 3 + rnd(40), asOf: `${2023 + rnd(3)}-06-30` },
          { metric: 'jobs', planned: false, value: 5 + rnd(40), asOf: `${2023 + rnd(3)}-12-31` },
          { metric: 'jobs', planned: true, value: 500, asOf: '2024-12-31' },
          ...(i === 2 ? [{ metric: 'jobs' as const, planned: false, value: 7, asOf: null }] : []),
          { metric: 'trained', planned: false, value: 99, asOf: '2024-12-31' },
        ]);
      }
    }
  });

  it('the fast path is taken where it should be, and only there', async () => {
    const ref = await loadReference(ctx.database.db);
    const input = (actor: Actor, o: Partial<MeasureInput> = {}): MeasureInput => ({
      db: ctx.database.db,
      actor,
      ref,
      filters: {},
      donors: null,
      areas: null,
      dimensions: ['donor', 'period'],
      areaLevel: null,
      granularity: 'year',
      ...o,
    });
    for (const actor of [SYSTEM, COORDINATOR, AUDITOR, ANONYMOUS]) {
      expect(moneyFromTotals(input(actor), 'disbursement')).not.toBeNull();
      expect(jobsFromTotals(input(actor))).not.toBeNull();
    }
    // A donor editor sees the donor's unpublished projects too: records, unless the donor filter
    // keeps only projects under the grant.
    expect(moneyFromTotals(input(DONOR_EDITOR), 'disbursement')).toBeNull();
    expect(
      moneyFromTotals(
        input(DONOR_EDITOR, { filters: { donor: '310000' }, donors: ref.orgs.subtree('310000') }),
        'disbursement',
      ),
    ).not.toBeNull();
    expect(moneyFromTotals(input(RECIPIENT_EDITOR), 'disbursement')).toBeNull();
    // What the totals cannot honour.
    const no = [
      input(SYSTEM, { dimensions: ['area'], areaLevel: 'county' }),
      input(SYSTEM, { filters: { area: '653130' }, areas: ['653130'] }),
      input(SYSTEM, { dimensions: ['pairing'] }),
      input(SYSTEM, { granularity: 'month' }),
      input(SYSTEM, { filters: { period: { from: '2024-02-01', to: '2024-12-31' } } }),
      input(SYSTEM, { summed: false }),
    ];
    for (const i of no) expect(moneyFromTotals(i, 'disbursement')).toBeNull();
    // Jobs over several years (or all) without the period dimension: a project's largest figure.
    expect(jobsFromTotals(input(SYSTEM, { dimensions: ['donor'] }))).toBeNull();
    expect(
      jobsFromTotals(
        input(SYSTEM, { dimensions: ['donor'], filters: { period: year(2023, 2024) } }),
      ),
    ).toBeNull();
    expect(
      jobsFromTotals(input(SYSTEM, { dimensions: ['donor'], filters: { period: year(2024) } })),
    ).not.toBeNull();
  });

  it('equals the records for every combination and caller', async () => {
    for (const actor of [SYSTEM, COORDINATOR, ANONYMOUS, DONOR_EDITOR, RECIPIENT_EDITOR]) {
      expect(await compareAll(actor)).toBeGreaterThan(100);
    }
    // The anonymous caller sees less than the coordinator (published only), on the kept sums.
    const body = {
      measures: ['disbursed_fen', 'projects'],
      dimensions: [],
      filters: {},
      totals: false,
    } as never;
    const all = (await ask(SYSTEM, body, true)).rows[0];
    const published = (await ask(ANONYMOUS, body, true)).rows[0];
    expect(Number(published?.projects)).toBeLessThan(Number(all?.projects));
    expect(Number(published?.projects)).toBeGreaterThan(0);
    expect(await checkProjections(ctx.database.db, PROJECTIONS)).toEqual([]);
  });

  it('a write is in the very next answer, and its reversal too', async () => {
    const body = {
      measures: ['disbursed_fen'],
      dimensions: ['donor', 'year'],
      filters: {},
      totals: true,
    } as never;
    const cell = async () =>
      (await ask(SYSTEM, body, true)).rows.find((r) => r.donor === '110000' && r.year === 2024)
        ?.disbursed_fen ?? 0;
    const before = Number(await cell());
    const t = await createTransaction({ actor: SYSTEM, db: ctx.database.db }, 'FAST-1', {
      type: 'disbursement',
      valueFen: 123_457,
      date: '2024-11-30',
      planned: false,
    });
    expect(Number(await cell())).toBe(before + 123_457);
    for (const actor of [SYSTEM, ANONYMOUS, DONOR_EDITOR]) await compareAll(actor);
    await reverseTransaction({ actor: SYSTEM, db: ctx.database.db }, 'FAST-1', t.id, {
      date: '2024-12-01',
      reason: 'test',
    });
    expect(Number(await cell())).toBe(before);
    for (const actor of [SYSTEM, ANONYMOUS, DONOR_EDITOR]) await compareAll(actor);
    expect(await checkProjections(ctx.database.db, PROJECTIONS)).toEqual([]);
  });

  it('publishing a project and changing its lead donor move its sums at once', async () => {
    const body = {
      measures: ['disbursed_fen', 'committed_fen', 'projects'],
      dimensions: ['donor'],
      filters: {},
      totals: true,
    } as never;
    const before = (await ask(ANONYMOUS, body, true)).rows;
    // FAST-0 is unpublished (i % 3 === 0): the anonymous caller does not see it yet.
    await updateProject({ actor: SYSTEM, db: ctx.database.db } as never, 'FAST-0', {
      published: true,
      donor: '120000',
    } as never);
    const after = (await ask(ANONYMOUS, body, true)).rows;
    expect(after).not.toEqual(before);
    const grand = (rows: typeof after) => rows.find((r) => r._total === 'grand')?.projects;
    expect(Number(grand(after))).toBe(Number(grand(before)) + 1);
    for (const actor of [SYSTEM, ANONYMOUS, DONOR_EDITOR]) await compareAll(actor);
    expect(await checkProjections(ctx.database.db, PROJECTIONS)).toEqual([]);
  });
});
