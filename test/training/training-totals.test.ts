/**
 * Decision 0080: the training measures (`training_person_times`, `training_jobs_found`,
 * `people_trained`) read the sums kept per programme, organiser, area, start month and
 * publication (`training_session_totals`, triggers of migration 0041) when the period is whole
 * months. They must answer exactly as the sessions do — row for row — for every kind of caller,
 * filter and grouping, after creating, changing and deleting sessions, and after the sums are
 * spoiled and rebuilt; both engines.
 */
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { type Actor, systemActor } from '../../src/domain/access.js';
import type { MeasureInput } from '../../src/modules/analytics/measure.js';
import { queryAnalytics } from '../../src/modules/analytics/query.js';
import type { AnalyticsQueryBody } from '../../src/modules/analytics/schema.js';
import { upgradeDatabase, verifyProjections } from '../../src/modules/maintenance.js';
import { trainingTotals } from '../../src/modules/record-totals.js';
import { createSession, updateSession } from '../../src/modules/training/sessions.js';
import { sessionsFromTotals, wholeMonths } from '../../src/modules/training/totals.js';
import { describeEachDatabase } from '../support/db.js';

const SYSTEM = systemActor('test');
/** Hundreds of queries per comparison on a shared, loaded machine. */
const SLOW = 300_000;
const ANONYMOUS: Actor = { kind: 'anonymous' };
const user = (role: string, orgCode: string | null, areaCode: string | null = null): Actor => ({
  kind: 'user',
  userId: 1,
  username: role,
  via: 'session',
  grants: [{ role: role as never, orgCode, areaCode }],
});
const CALLERS: [string, Actor][] = [
  ['system', SYSTEM],
  ['coordinator', user('coordinator', null)],
  ['auditor', user('auditor', null)],
  ['donor editor 330000', user('donor-editor', '330000')],
  ['recipient editor 652900', user('recipient-editor', null, '652900')],
  ['viewer', user('viewer', null)],
  ['anonymous', ANONYMOUS],
];
const MEASURES = ['people_trained', 'training_person_times', 'training_jobs_found'];
const DIMENSIONS: { dimensions: string[]; granularity?: 'year' | 'quarter' | 'month' }[] = [
  { dimensions: [] },
  { dimensions: ['donor'] },
  { dimensions: ['area'] },
  { dimensions: ['year'] },
  { dimensions: ['donor', 'year'] },
  { dimensions: ['programme', 'area:county', 'period'], granularity: 'month' },
  { dimensions: ['period'], granularity: 'quarter' },
];
const FILTERS: AnalyticsQueryBody['filters'][] = [
  {},
  { donor: '330000' },
  { area: '652900' },
  { area: '652922', donor: '330000' },
  { period: { from: '2024-01-01', to: '2024-12-31' } },
  { period: { from: '2024-03-01', to: '2025-02-28' }, programme: 'xinjiang' },
  { period: { from: '2024-02-01', to: '2024-02-29' }, area: '650000' },
  // Not whole months: read from the sessions (compared all the same).
  { period: { from: '2024-03-15', to: '2025-06-30' } },
];
const ORGANISERS = ['330000', '410000', '310000'];
const AREAS = ['652901', '652922', '650502', '653121'];

describeEachDatabase('training measures: kept sums answer as the sessions do', (ctx) => {
  const ids: number[] = [];
  const context = (actor: Actor) => ({ actor, db: ctx.database.db, requestId: 'test' });
  const ask = (actor: Actor, body: AnalyticsQueryBody, summed: boolean) =>
    queryAnalytics(context(actor) as never, body, { summed });

  /** Every caller × filter × grouping, both ways; returns the number of answers compared. */
  async function expectSameAnswers() {
    let compared = 0;
    for (const [name, actor] of CALLERS) {
      for (const filters of FILTERS) {
        for (const d of DIMENSIONS) {
          const body = { measures: MEASURES, filters, totals: false, ...d } as AnalyticsQueryBody;
          const fast = await ask(actor, body, true).catch((e: Error) => e);
          const slow = await ask(actor, body, false).catch((e: Error) => e);
          expect(fast, `${name} ${JSON.stringify(body)}`).toEqual(slow);
          compared += fast instanceof Error ? 0 : 1;
        }
      }
    }
    return compared;
  }

  beforeAll(async () => {
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 48; i++) {
      const month = String(1 + next(12)).padStart(2, '0');
      const startDate = `${2023 + next(3)}-${month}-${next(2) === 0 ? '01' : '28'}`;
      const participants = 3 + next(30);
      const linked = next(4) === 0;
      const s = await createSession(context(SYSTEM), {
        programme: 'xinjiang',
        organiser: ORGANISERS[next(ORGANISERS.length)] as string,
        area: AREAS[next(AREAS.length)] as string,
        startDate,
        endDate: startDate,
        place: 'xinjiang',
        topic: '培训',
        participants,
        personTimes: participants + next(50),
        jobsFound: next(participants),
        certificates: 0,
        participantList: linked
          ? [{ name: '甲', personId: 7 }, { name: '乙', personId: 8 }, { name: '丙' }]
          : [],
        published: next(3) !== 0,
      });
      ids.push(s.id);
    }
  }, SLOW);

  it(
    'reads the sums for whole months only, and answers exactly as the sessions do',
    async () => {
      expect(wholeMonths({ from: '2024-01-01', to: '2024-12-31' })).toEqual(['2024-01', '2024-12']);
      expect(wholeMonths({ from: '2024-02-01', to: '2024-02-29' })).toEqual(['2024-02', '2024-02']);
      expect(wholeMonths({ from: '2023-02-01', to: '2023-02-28' })).toEqual(['2023-02', '2023-02']);
      expect(wholeMonths({ from: '2024-02-01', to: '2024-02-28' })).toBeNull();
      expect(wholeMonths({ from: '2024-03-15', to: '2024-06-30' })).toBeNull();
      const input = {
        summed: true,
        filters: {},
        dimensions: [],
        actor: SYSTEM,
      } as unknown as MeasureInput;
      expect(sessionsFromTotals(input, 'person_times')).not.toBeNull();
      expect(sessionsFromTotals({ ...input, summed: false }, 'person_times')).toBeNull();
      const compared = await expectSameAnswers();
      // Anonymous callers are refused alike; everyone else answers for every filter and grouping.
      expect(compared).toBeGreaterThanOrEqual(6 * FILTERS.length * DIMENSIONS.length);
      expect(await trainingTotals.check(ctx.database.db)).toEqual([]);
      const sums = await sql<{ n: number | string }>`select count(*) as n
      from training_session_totals`.execute(ctx.database.db);
      expect(Number(sums.rows[0]?.n)).toBeGreaterThan(0);
      expect(Number(sums.rows[0]?.n)).toBeLessThan(48);
    },
    SLOW,
  );

  it(
    'follows every change of a session: month, figures, publication, organiser, area, delete',
    async () => {
      const [a, b, c, d, e] = ids as [number, number, number, number, number];
      await updateSession(context(SYSTEM), a, { startDate: '2022-12-31', endDate: '2022-12-31' });
      await updateSession(context(SYSTEM), b, { participants: 40, personTimes: 99, jobsFound: 3 });
      await updateSession(context(SYSTEM), c, { published: false });
      await updateSession(context(SYSTEM), c, { published: true, area: '650502' });
      // Behind the application's back (an operator's repair): organiser changed, a session deleted.
      await sql`update training_sessions set organiser_code = '410000' where id = ${d}`.execute(
        ctx.database.db,
      );
      await sql`delete from training_participants where session_id = ${e}`.execute(ctx.database.db);
      await sql`delete from training_sessions where id = ${e}`.execute(ctx.database.db);
      expect(await trainingTotals.check(ctx.database.db)).toEqual([]);
      const empty = await sql<{ n: number | string }>`select count(*) as n
      from training_session_totals where sessions = 0`.execute(ctx.database.db);
      expect(Number(empty.rows[0]?.n)).toBe(0);
      // A change of a column the sums do not read leaves them alone (the update trigger's columns).
      await sql`delete from training_session_totals`.execute(ctx.database.db);
      await sql`update training_sessions set topic = '改', certificates = 9`.execute(
        ctx.database.db,
      );
      const none = await sql<{ n: number | string }>`select count(*) as n
      from training_session_totals`.execute(ctx.database.db);
      expect(Number(none.rows[0]?.n)).toBe(0);
      await upgradeAfterMark();
      await expectSameAnswers();
    },
    SLOW,
  );

  async function upgradeAfterMark() {
    await sql`update projection_state set needs_rebuild = 1 where name = 'training-totals'`.execute(
      ctx.database.db,
    );
    const upgrade = await upgradeDatabase(ctx.database);
    expect(upgrade).toEqual({ migrations: [], rebuilt: ['training-totals'] });
    expect(await verifyProjections(ctx.database.db)).toEqual([]);
  }

  it(
    'spoiled sums are found and give other answers; the rebuild owed restores them',
    async () => {
      await sql`update training_session_totals set person_times = person_times + 1`.execute(
        ctx.database.db,
      );
      const spoiled = await verifyProjections(ctx.database.db);
      expect(new Set(spoiled.map((d) => d.projection))).toEqual(new Set(['training-totals']));
      // The comparison can fail: the summed answer now differs from the sessions'.
      const body = {
        measures: ['training_person_times'],
        dimensions: [],
        filters: {},
        totals: false,
      };
      const fast = await ask(SYSTEM, body as AnalyticsQueryBody, true);
      const slow = await ask(SYSTEM, body as AnalyticsQueryBody, false);
      expect(fast).not.toEqual(slow);
      await upgradeAfterMark();
      await expectSameAnswers();
    },
    SLOW,
  );
});
