/**
 * The training and exchange measures through POST /api/analytics/query (decision 0027): counted
 * from the records, under every filter, and never including another donor's unpublished records.
 */
import { beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import { createExchange } from '../../src/modules/training/exchanges.js';
import { createSession, updateSession } from '../../src/modules/training/sessions.js';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';

const MEASURES = [
  'people_trained',
  'training_person_times',
  'training_jobs_found',
  'exchange_participants',
  'exchange_activities',
  'reading_rooms',
];

describeEachDatabase('training and exchange measures', (ctx) => {
  const t = useApp(ctx);
  const cookies: Record<string, string> = {};
  const system = () => ({ actor: systemActor('test'), db: ctx.database.db });
  const query = async (who: string, filters: object = {}, dimensions: string[] = []) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/analytics/query',
      headers: { cookie: cookies[who] ?? '' },
      payload: { measures: MEASURES, dimensions, filters },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().rows as Record<string, number | string>[];
  };
  const session = (o: {
    organiser: string;
    area: string;
    startDate: string;
    participants: number;
    personTimes: number;
    jobsFound?: number;
    published?: boolean;
  }) =>
    createSession(system(), {
      programme: 'xinjiang',
      endDate: o.startDate,
      place: 'xinjiang',
      topic: '培训',
      jobsFound: 0,
      certificates: 0,
      ...o,
    });
  const activity = (o: {
    kind: 'reading-room' | 'camp' | 'performance';
    organisers: string[];
    areas: string[];
    startDate: string;
    local: number;
    donor: number;
    published?: boolean;
  }) =>
    createExchange(system(), {
      programme: 'xinjiang',
      kind: o.kind,
      title: '活动',
      startDate: o.startDate,
      endDate: o.startDate,
      organisers: o.organisers,
      areas: o.areas,
      participantsLocal: o.local,
      participantsDonor: o.donor,
      published: o.published,
    });

  beforeAll(async () => {
    // Zhejiang in Aksu city: published 2024 (100 people, 300 person-times, 20 jobs) and an
    // unpublished 2025 session (50, 50). Henan in Hami: a published follow-up course of people
    // already counted (0 people, 900 person-times).
    await session({
      organiser: '330000',
      area: '652901',
      startDate: '2024-05-01',
      participants: 100,
      personTimes: 300,
      jobsFound: 20,
      published: true,
    });
    await session({
      organiser: '330000',
      area: '652901',
      startDate: '2025-05-01',
      participants: 50,
      personTimes: 50,
    });
    await session({
      organiser: '410000',
      area: '650502',
      startDate: '2024-07-01',
      participants: 0,
      personTimes: 900,
      published: true,
    });
    // Henan's two reading rooms (one unpublished) and a Beijing + Zhejiang performance in Hotan.
    await activity({
      kind: 'reading-room',
      organisers: ['410000'],
      areas: ['650502'],
      startDate: '2024-03-01',
      local: 40,
      donor: 0,
      published: true,
    });
    await activity({
      kind: 'reading-room',
      organisers: ['410000'],
      areas: ['650502'],
      startDate: '2025-03-01',
      local: 60,
      donor: 0,
    });
    await activity({
      kind: 'performance',
      organisers: ['110000', '330000'],
      areas: ['653201'],
      startDate: '2025-06-10',
      local: 1000,
      donor: 30,
      published: true,
    });
    cookies.coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    cookies.zhejiang = await loginAs(t.app, ctx.database, {
      role: 'donor-editor',
      orgCode: '330000',
    });
    cookies.henan = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '410000' });
    cookies.hami = await loginAs(t.app, ctx.database, {
      role: 'recipient-editor',
      areaCode: '650500',
    });
  });

  it('counts every record for the programme office, under each filter', async () => {
    expect(await query('coordinator')).toEqual([
      {
        people_trained: 150,
        training_person_times: 1250,
        training_jobs_found: 20,
        exchange_participants: 1130,
        exchange_activities: 3,
        reading_rooms: 2,
      },
    ]);
    const [aksu] = await query('coordinator', { area: '652900' });
    expect(aksu).toMatchObject({
      people_trained: 150,
      training_person_times: 350,
      exchange_participants: 0,
    });
    const [zhejiang] = await query('coordinator', { donor: '330000' });
    expect(zhejiang).toMatchObject({
      people_trained: 150,
      exchange_participants: 1030,
      exchange_activities: 1,
    });
    const [year2024] = await query('coordinator', {
      period: { from: '2024-01-01', to: '2024-12-31' },
    });
    expect(year2024).toMatchObject({
      people_trained: 100,
      training_person_times: 1200,
      exchange_participants: 40,
      reading_rooms: 1,
    });
  });

  it("never counts another donor's unpublished records, and a change shows in the next answer", async () => {
    // Henan sees its own unpublished reading room, not Zhejiang's unpublished session.
    expect(await query('henan')).toEqual([
      {
        people_trained: 100,
        training_person_times: 1200,
        training_jobs_found: 20,
        exchange_participants: 1130,
        exchange_activities: 3,
        reading_rooms: 2,
      },
    ]);
    expect((await query('zhejiang'))[0]).toMatchObject({
      people_trained: 150,
      reading_rooms: 1,
      exchange_participants: 1070,
    });
    expect((await query('hami'))[0]).toMatchObject({ people_trained: 100, reading_rooms: 2 });
    const id = (
      await ctx.database.db
        .selectFrom('trainingSessions')
        .select('id')
        .where('personTimes', '=', 50)
        .executeTakeFirstOrThrow()
    ).id;
    await updateSession(system(), id, { published: true });
    expect((await query('henan'))[0]).toMatchObject({
      people_trained: 150,
      training_person_times: 1250,
    });
  });

  it('groups the sessions by donor province and year', async () => {
    const rows = await t.app.inject({
      method: 'POST',
      url: '/api/analytics/query',
      headers: { cookie: cookies.coordinator ?? '' },
      payload: {
        measures: ['people_trained', 'training_person_times'],
        dimensions: ['donor'],
        filters: {},
      },
    });
    expect(rows.statusCode, rows.body).toBe(200);
    expect(rows.json().rows).toEqual([
      { donor: '330000', people_trained: 150, training_person_times: 350 },
      { donor: '410000', people_trained: 0, training_person_times: 900 },
    ]);
    const years = await query('coordinator', {}, ['year']);
    expect(years.map((r) => [r.year, r.exchange_activities])).toEqual([
      [2024, 1],
      [2025, 2],
    ]);
  });
});
