/**
 * Records say what the caller may do with them (`can`), answered by the same policies the
 * writes check: a control the web shows from `can` is never refused, and one it hides always is.
 */
import { beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import { computeWarnings } from '../../src/modules/warnings/compute.js';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { createTestProject, insertPlan, insertProject } from '../support/factories.js';

describeEachDatabase('the `can` of records', (ctx) => {
  const t = useApp(ctx);
  const cookies: Record<string, string> = {};
  const get = (url: string, who: string) =>
    t.app.inject({ method: 'GET', url, headers: { cookie: cookies[who] ?? '' } });

  beforeAll(async () => {
    // Shanghai's published project in Bachu (Kashgar), completed: acceptance is next.
    await insertProject(ctx.database, {
      code: 'CAN-SH',
      donor: '310000',
      stage: 'completed',
      published: true,
    });
    await insertProject(ctx.database, { code: 'CAN-BJ', donor: '110000', year: 2026 });
    await insertPlan(ctx.database, {
      donor: '110000',
      year: 2026,
      items: [{ projectCode: 'CAN-BJ', plannedFen: 100 }],
    });
    cookies.coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    cookies.shanghai = await loginAs(t.app, ctx.database, {
      role: 'donor-editor',
      orgCode: '310000',
    });
    cookies.beijing = await loginAs(t.app, ctx.database, {
      role: 'donor-editor',
      orgCode: '110000',
    });
    cookies.kashgar = await loginAs(t.app, ctx.database, {
      role: 'recipient-editor',
      areaCode: '653100',
    });
  });

  it('tells each caller what it may do with a project, and the write agrees', async () => {
    const canOf = async (who: string) => (await get('/api/projects/CAN-SH', who)).json().can;
    const none = { update: false, recordFunds: false, readHistory: false, moveTo: [] };
    expect(await canOf('shanghai')).toEqual({
      update: true,
      recordFunds: true,
      readHistory: true,
      moveTo: ['suspended', 'cancelled'],
    });
    expect(await canOf('beijing')).toEqual(none);
    expect(await canOf('kashgar')).toEqual({ ...none, moveTo: ['accepted'] });
    expect(await canOf('anonymous')).toEqual(none);
    expect((await canOf('coordinator')).readHistory).toBe(true);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/projects/CAN-SH/transactions',
      headers: { cookie: cookies.beijing ?? '' },
      payload: { type: 'commitment', valueFen: 1, date: '2025-01-01', planned: false },
    });
    expect(refused.statusCode).toBe(403);
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/projects/CAN-SH/transitions',
      headers: { cookie: cookies.kashgar ?? '' },
      payload: { to: 'accepted', date: '2025-06-01' },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().can.moveTo).toEqual([]);
  });

  it('tells a plan’s donor it may edit and submit it, and the office that it decides', async () => {
    const list = await get('/api/plans?year=2026', 'beijing');
    const plan = list.json().items[0];
    expect(plan.can).toEqual({ update: true, submit: true, approve: false, return: false });
    const submitted = await t.app.inject({
      method: 'POST',
      url: `/api/plans/${plan.id}/submit`,
      headers: { cookie: cookies.beijing ?? '' },
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().can).toEqual({
      update: false,
      submit: false,
      approve: false,
      return: false,
    });
    expect((await get(`/api/plans/${plan.id}`, 'coordinator')).json().can).toEqual({
      update: false,
      submit: false,
      approve: true,
      return: true,
    });
  });

  it('tells each caller whether it may work a warning, and assign it', async () => {
    // Approved, due to start in January: not started by December.
    await createTestProject(ctx.database, {
      code: 'CAN-LATE',
      donor: '310000',
      published: true,
      locations: [{ area: '653130', shareBp: 10000 }],
      stageDates: { started: { planned: '2026-01-15' } },
    });
    await computeWarnings({ actor: systemActor('test'), db: ctx.database.db }, '2026-12-01');
    const canOf = async (who: string) => {
      const res = await get('/api/warnings?project=CAN-LATE&limit=10', who);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().items.map((w: { can: unknown }) => w.can);
    };
    const coordinator = await canOf('coordinator');
    expect(coordinator.length).toBeGreaterThan(0);
    expect(coordinator[0]).toEqual({ work: true, assign: true });
    expect((await canOf('shanghai'))[0]).toEqual({ work: true, assign: false });
    expect((await canOf('beijing'))[0]).toEqual({ work: false, assign: false });
  });
});
