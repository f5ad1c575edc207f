/**
 * `people_trained` counts distinct people across sessions (decision 0038): a named participant
 * linked to a person counts once in each group of the answer however many sessions they attended;
 * the others count as each session records them. Person-times stay the sessions' sum.
 */
import { beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import { createSession } from '../../src/modules/training/sessions.js';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';

describeEachDatabase('people_trained: distinct people across sessions', (ctx) => {
  const t = useApp(ctx);
  const cookies: Record<string, string> = {};
  const query = async (who: string, dimensions: string[] = [], filters: object = {}) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/analytics/query',
      headers: { cookie: cookies[who] ?? '' },
      payload: { measures: ['people_trained', 'training_person_times'], dimensions, filters },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().rows as Record<string, number | string>[];
  };

  beforeAll(async () => {
    const session = (o: {
      area: string;
      startDate: string;
      participants: number;
      personTimes: number;
      list: { name: string; personId?: number }[];
      published: boolean;
    }) =>
      createSession(
        { actor: systemActor('test'), db: ctx.database.db },
        {
          programme: 'xinjiang',
          organiser: '330000',
          area: o.area,
          startDate: o.startDate,
          endDate: o.startDate,
          place: 'xinjiang',
          topic: '培训',
          participants: o.participants,
          personTimes: o.personTimes,
          jobsFound: 0,
          certificates: 0,
          participantList: o.list,
          published: o.published,
        },
      );
    // Persons 7 and 8 in Aksu city in 2024; 7 again in Wensu in 2024; 8 again in Aksu city in
    // 2025 (unpublished), with one participant known only by name.
    await session({
      area: '652901',
      startDate: '2024-05-01',
      participants: 10,
      personTimes: 20,
      list: [
        { name: '甲', personId: 7 },
        { name: '乙', personId: 8 },
      ],
      published: true,
    });
    await session({
      area: '652922',
      startDate: '2024-09-01',
      participants: 5,
      personTimes: 5,
      list: [{ name: '甲', personId: 7 }],
      published: true,
    });
    await session({
      area: '652901',
      startDate: '2025-03-01',
      participants: 3,
      personTimes: 3,
      list: [{ name: '乙', personId: 8 }, { name: '丙' }],
      published: false,
    });
    cookies.coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    cookies.henan = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '410000' });
  });

  it('the total counts each linked person once (16, not 18); person-times are summed', async () => {
    // Unlinked: (10 − 2) + (5 − 1) + (3 − 1) = 14; linked: persons 7 and 8.
    expect(await query('coordinator')).toEqual([{ people_trained: 16, training_person_times: 28 }]);
  });

  it('per group: once in each year, county or prefecture they were trained in', async () => {
    expect(await query('coordinator', ['year'])).toEqual([
      { year: 2024, people_trained: 14, training_person_times: 25 },
      { year: 2025, people_trained: 3, training_person_times: 3 },
    ]);
    expect(await query('coordinator', ['area:county'])).toEqual([
      { 'area:county': '652901', people_trained: 12, training_person_times: 23 },
      { 'area:county': '652922', people_trained: 5, training_person_times: 5 },
    ]);
    // Rolled up from two counties to the prefecture: person 7 still once.
    expect(await query('coordinator', ['area'])).toEqual([
      { area: '652900', people_trained: 16, training_person_times: 28 },
    ]);
    expect(await query('coordinator', [], { area: '652922' })).toEqual([
      { people_trained: 5, training_person_times: 5 },
    ]);
  });

  it('counts only the sessions the caller may see', async () => {
    expect(await query('henan')).toEqual([{ people_trained: 14, training_person_times: 25 }]);
  });
});
