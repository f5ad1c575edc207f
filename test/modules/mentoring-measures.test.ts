import { beforeAll, expect, it } from 'vitest';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { insertTestPerson } from '../support/factories.js';
import { useApp } from './support.js';

/**
 * A Tianjin teacher in Cele mentors 阿依古丽 twice (2024-08-15 → 2026-01-31, then from
 * 2026-02-01), both published, and 买买提 from March to June 2025, unpublished.
 */
describeEachDatabase('people_mentored (POST /api/analytics/query)', (ctx) => {
  const t = useApp(ctx);
  const cookies: Record<string, string> = {};
  const mentored = async (who: string, filters: object = {}) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/analytics/query',
      headers: { cookie: cookies[who] ?? '' },
      payload: { measures: ['people_mentored'], dimensions: [], filters },
    });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { rows: { people_mentored: number }[] }).rows[0]?.people_mentored;
  };
  const period = (from: string, to: string) => ({ period: { from, to } });

  beforeAll(async () => {
    cookies.coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    cookies.beijing = await loginAs(t.app, ctx.database, {
      role: 'donor-editor',
      orgCode: '110000',
    });
    cookies.tianjin = await loginAs(t.app, ctx.database, {
      role: 'donor-editor',
      orgCode: '120000',
    });
    const mentor = await insertTestPerson(ctx.database, { donor: '120000', name: '倪老师' });
    const base = { mentorPersonId: mentor, areaCode: '653225' };
    for (const m of [
      {
        menteeName: '阿依古丽',
        menteeOrgName: '策勒县第一小学',
        startsOn: '2024-08-15',
        endsOn: '2026-01-31',
        published: true,
      },
      {
        menteeName: '阿依古丽',
        menteeOrgName: '策勒县第一小学',
        startsOn: '2026-02-01',
        published: true,
      },
      {
        menteeName: '买买提',
        menteeOrgName: '策勒县第二小学',
        startsOn: '2025-03-01',
        endsOn: '2025-06-30',
      },
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/mentorings',
        headers: { cookie: cookies.tianjin ?? '' },
        payload: { ...base, ...m },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
  });

  it('counts distinct mentees of mentorings active in the period, edges inclusive', async () => {
    expect(await mentored('coordinator')).toBe(2);
    expect(await mentored('coordinator', period('2025-01-01', '2025-12-31'))).toBe(2);
    expect(await mentored('coordinator', period('2026-03-01', '2026-12-31'))).toBe(1);
    // the same mentee mentored twice counts once
    expect(await mentored('coordinator', period('2024-01-01', '2026-12-31'))).toBe(2);
    expect(await mentored('coordinator', period('2026-01-31', '2026-01-31'))).toBe(1);
    expect(await mentored('coordinator', period('2025-06-30', '2025-06-30'))).toBe(2);
    expect(await mentored('coordinator', period('2025-07-01', '2025-07-01'))).toBe(1);
    expect(await mentored('coordinator', period('2024-01-01', '2024-08-14'))).toBe(0);
  });

  it('filters by area and donor subtree, and counts only what the caller may see', async () => {
    expect(await mentored('coordinator', { area: '653200' })).toBe(2);
    expect(await mentored('coordinator', { area: '653100' })).toBe(0);
    expect(await mentored('coordinator', { donor: '110000' })).toBe(0);
    expect(await mentored('tianjin')).toBe(2);
    // Beijing sees the published mentorings only
    expect(await mentored('beijing')).toBe(1);
  });
});
