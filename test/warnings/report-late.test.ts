/**
 * Silent non-reporting as an early warning (issue 10 point 5, decision 0054): a reporter of an
 * indicator set whose values for the current or previous period are incomplete after the due
 * date gets one `report-late` warning, with its area and donor copied for visibility; a complete
 * or not-yet-due report none; completing the report resolves it automatically. Both engines.
 */
import { beforeAll, expect, it } from 'vitest';
import { createSet } from '../../src/modules/indicators/sets.js';
import { AUTO_RESOLVED_NOTE, computeWarnings } from '../../src/modules/warnings/compute.js';
import { caller, seedIndicators } from '../indicators/support.js';
import { useApp } from '../modules/support.js';
import { describeEachDatabase } from '../support/db.js';
import { system, TODAY } from './support.js';

const SET = 'xj-quarterly-test';
type Listed = {
  id: number;
  kind: string;
  subject: { kind: string; id: number };
  donor: { code: string } | null;
  area: { code: string; name: string } | null;
  dedupeKey: string;
  detail: {
    since: string;
    set?: string;
    period?: string;
    dueDate?: string;
    message: { zh: string; en: string };
  };
  status: string;
  resolutionNote: string | null;
};

describeEachDatabase('warnings: silent non-reporting (report-late)', (ctx) => {
  const t = useApp(ctx);
  type Caller = Awaited<ReturnType<typeof caller>>;
  const as: Record<string, Caller> = {};
  const who = (name: string): Caller => {
    const c = as[name];
    if (!c) throw new Error(`no caller ${name}`);
    return c;
  };
  const key = (period: string, area: string, donor: string) =>
    `report-late:report:${SET}:${period}:${area}:${donor}`;
  const reports = async (name: string, status = 'open') => {
    const res = await who(name)('GET', `/api/warnings?limit=200&kind=report-late&status=${status}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: Listed[] }).items.filter((w) => w.detail.set === SET);
  };
  const form = async (area: string, donor: string, values: object[]) => {
    const res = await who('office')('PUT', '/api/indicators/form', {
      set: SET,
      area,
      donor,
      period: '2026-Q3',
      values,
    });
    expect(res.statusCode, res.body).toBe(200);
  };

  beforeAll(async () => {
    await seedIndicators(ctx.database);
    // Quarterly, due 30 days after the quarter: 2026-Q3 was due on 2026-10-30 (before TODAY,
    // 2026-11-28), 2026-Q4 is due on 2027-01-30.
    await createSet(system(ctx.database), {
      code: SET,
      programme: 'xinjiang',
      name: '援疆季度指标（测试）',
      nameEn: 'Xinjiang quarterly (test)',
      periodType: 'quarter',
      dueDays: 30,
      items: ['visitors', 'relocated_households'],
      reporters: [
        { area: '653130', donor: '310000' },
        { area: '653100', donor: '310000' },
        { area: '653200', donor: '110000' },
      ],
    });
    as.office = await caller(t.app, ctx.database, { role: 'coordinator' });
    as.shanghai = await caller(t.app, ctx.database, { role: 'donor-editor', orgCode: '310000' });
    as.beijing = await caller(t.app, ctx.database, { role: 'donor-editor', orgCode: '110000' });
    as.kashgar = await caller(t.app, ctx.database, {
      role: 'recipient-editor',
      areaCode: '653100',
    });
    as.hotan = await caller(t.app, ctx.database, { role: 'recipient-editor', areaCode: '653200' });
    // Kashgar prefecture with Shanghai: complete. Hotan with Beijing: one of two. Bachu: nothing.
    await form('653100', '310000', [
      { element: 'visitors', value: 1000 },
      { element: 'relocated_households', value: 12 },
    ]);
    await form('653200', '110000', [{ element: 'visitors', value: 500 }]);
  });

  it('warns a late reporter once, not a complete one nor a period not yet due', async () => {
    const first = await computeWarnings(system(ctx.database), TODAY);
    expect(first.created).toBeGreaterThanOrEqual(2);
    const open = await reports('office');
    expect(open.map((w) => w.dedupeKey).sort()).toEqual([
      key('2026-Q3', '653130', '310000'),
      key('2026-Q3', '653200', '110000'),
    ]);
    const bachu = open.find((w) => w.area?.code === '653130');
    expect(bachu).toMatchObject({
      kind: 'report-late',
      subject: { kind: 'report', id: 0 },
      donor: { code: '310000' },
      detail: { set: SET, period: '2026-Q3', dueDate: '2026-10-30', since: '2026-10-30' },
    });
    expect(bachu?.detail.message.zh).toBe('2026年第3季度指标数据应于 2026-10-30 前报送，至今未报');
    expect(bachu?.detail.message.en).toBe(
      'the indicator values of 2026 Q3 were due by 2026-10-30; none entered',
    );
    const hotan = open.find((w) => w.area?.code === '653200');
    expect(hotan?.detail.message.en).toContain('only 1 of 2 entered');
    // Run again: the same silence is the same warning.
    await computeWarnings(system(ctx.database), TODAY);
    expect((await reports('office')).map((w) => w.id).sort()).toEqual(open.map((w) => w.id).sort());
    // 2026-Q4 is not due yet (2027-01-30): no warning about it.
    const before = await ctx.database.db
      .selectFrom('warnings')
      .select('dedupeKey')
      .where('dedupeKey', 'like', `report-late:report:${SET}:2026-Q4:%`)
      .execute();
    expect(before).toEqual([]);
  });

  it('is seen by the reporter’s donor and area editors, not by another donor', async () => {
    const areas = async (name: string) => (await reports(name)).map((w) => w.area?.code).sort();
    expect(await areas('shanghai')).toEqual(['653130']);
    expect(await areas('beijing')).toEqual(['653200']);
    expect(await areas('kashgar')).toEqual(['653130']);
    expect(await areas('hotan')).toEqual(['653200']);
  });

  it('is resolved automatically once the report is complete', async () => {
    await form('653130', '310000', [
      { element: 'visitors', value: 20 },
      { element: 'relocated_households', value: 3 },
    ]);
    await computeWarnings(system(ctx.database), TODAY);
    expect((await reports('office')).map((w) => w.area?.code)).toEqual(['653200']);
    const resolved = await reports('office', 'resolved');
    expect(resolved.map((w) => [w.dedupeKey, w.resolutionNote])).toEqual([
      [key('2026-Q3', '653130', '310000'), AUTO_RESOLVED_NOTE],
    ]);
  });
});
