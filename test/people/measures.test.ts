import { beforeAll, expect, it } from 'vitest';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';

const MEASURES = [
  'people_sent',
  'people_sent_flexible',
  'people_serving',
  'people_serving_flexible',
];

/**
 * Shanghai's published cadre in Bachu since 2024-07, with a second long-term posting in Shache
 * from 2025-09 (one person, two postings); Shanghai's unpublished flexible doctor in Shache in
 * 2025; Beijing's unpublished teacher in Hotan city from 2025-03, ended early on 2025-10-31.
 */
describeEachDatabase('people measures (POST /api/analytics/query)', (ctx) => {
  const t = useApp(ctx);
  const cookies: Record<string, string> = {};
  const send = (url: string, who: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: cookies[who] ?? '', ...headers },
      payload,
    });
  const totals = async (who: string, filters: object = {}) => {
    const res = await send('/api/analytics/query', who, {
      measures: MEASURES,
      dimensions: [],
      filters,
    });
    expect(res.statusCode, res.body).toBe(200);
    const [row] = (res.json() as { rows: Record<string, number>[] }).rows;
    if (!row) throw new Error('no row');
    return row;
  };
  const person = async (who: string, nameZh: string, donor: string, publish: boolean) => {
    const res = await send('/api/people/persons', who, {
      nameZh,
      sex: 'female',
      donor,
      published: publish,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };
  const post = async (who: string, id: number, body: object) => {
    const current = await t.app.inject({
      method: 'GET',
      url: `/api/people/persons/${id}`,
      headers: { cookie: cookies[who] ?? '' },
    });
    const res = await send(`/api/people/persons/${id}/postings`, who, body, {
      'if-match': current.headers.etag as string,
    });
    expect(res.statusCode, res.body).toBe(201);
    const postings = (res.json() as { postings: { id: number }[] }).postings;
    return Math.max(...postings.map((p) => p.id));
  };

  beforeAll(async () => {
    cookies.coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    cookies.shanghai = await loginAs(t.app, ctx.database, {
      role: 'donor-editor',
      orgCode: '310000',
    });
    cookies.beijing = await loginAs(t.app, ctx.database, {
      role: 'donor-editor',
      orgCode: '110000',
    });
    const cadre = await person('shanghai', '甲', '310000', true);
    await post('shanghai', cadre, {
      kind: 'cadre',
      hostOrgName: '巴楚县发展和改革委员会',
      area: '653130',
      role: '副主任',
      termStart: '2024-07-01',
      plannedEnd: '2025-08-31',
    });
    await post('shanghai', cadre, {
      kind: 'cadre',
      hostOrgName: '莎车县人民政府',
      area: '653125',
      role: '副县长',
      termStart: '2025-09-01',
    });
    const doctor = await person('shanghai', '乙', '310000', false);
    await post('shanghai', doctor, {
      kind: 'doctor',
      mode: 'flexible',
      hostOrgName: '莎车县人民医院',
      area: '653125',
      role: '专家',
      termStart: '2025-04-01',
      plannedEnd: '2025-12-31',
    });
    const teacher = await person('beijing', '丙', '110000', false);
    const posting = await post('beijing', teacher, {
      kind: 'teacher',
      hostOrgName: '和田市第一中学',
      area: '653201',
      role: '教师',
      termStart: '2025-03-01',
    });
    const current = await t.app.inject({
      method: 'GET',
      url: `/api/people/persons/${teacher}`,
      headers: { cookie: cookies.beijing ?? '' },
    });
    // If-Match names the posting's own version (decision 0071), read from the person view.
    const postingVersion = (current.json().postings as { id: number; version: number }[]).find(
      (p) => p.id === posting,
    )?.version;
    const ended = await send(
      `/api/people/postings/${posting}/end`,
      'beijing',
      { actualEnd: '2025-10-31', reason: '因病提前结束' },
      { 'if-match': `"${postingVersion}"` },
    );
    expect(ended.statusCode, ended.body).toBeLessThan(300);
  });

  it('counts people sent in the period and serving on its last day, long-term and flexible apart', async () => {
    const year2025 = { period: { from: '2025-01-01', to: '2025-12-31' } };
    // sent in 2025: the cadre (second posting, counted once) and the teacher; the doctor is flexible
    expect(await totals('coordinator', year2025)).toEqual({
      people_sent: 2,
      people_sent_flexible: 1,
      people_serving: 1,
      people_serving_flexible: 1,
    });
    // on 2025-06-30 the cadre (first posting) and the teacher serve, the doctor too
    expect(
      await totals('coordinator', { period: { from: '2025-06-01', to: '2025-06-30' } }),
    ).toEqual({
      people_sent: 0,
      people_sent_flexible: 0,
      people_serving: 2,
      people_serving_flexible: 1,
    });
    // the inclusive edges: a posting starting on the first day and ending on the last
    expect(
      await totals('coordinator', { period: { from: '2025-09-01', to: '2025-10-31' } }),
    ).toMatchObject({ people_sent: 1, people_serving: 2 });
    expect(
      await totals('coordinator', { period: { from: '2025-11-01', to: '2025-11-01' } }),
    ).toMatchObject({ people_serving: 1 });
  });

  it('filters by donor and area subtree, and counts only what the caller may see', async () => {
    const y = { from: '2025-01-01', to: '2025-12-31' };
    expect(await totals('coordinator', { period: y, donor: '110000' })).toMatchObject({
      people_sent: 1,
      people_sent_flexible: 0,
    });
    expect(await totals('coordinator', { period: y, area: '653100' })).toMatchObject({
      people_sent: 1,
      people_sent_flexible: 1,
    });
    // Beijing sees its own teacher and Shanghai's published cadre, not Shanghai's unpublished doctor
    expect(await totals('beijing', { period: y })).toEqual({
      people_sent: 2,
      people_sent_flexible: 0,
      people_serving: 1,
      people_serving_flexible: 0,
    });
    // Shanghai does not see Beijing's unpublished teacher
    expect(
      await totals('shanghai', { period: { from: '2025-06-30', to: '2025-06-30' } }),
    ).toMatchObject({ people_serving: 1, people_serving_flexible: 1 });
  });

  it('asks "serving" of today without a period, and shows a new posting in the next answer', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const onToday = await totals('coordinator', { period: { from: today, to: today } });
    const noPeriod = await totals('coordinator');
    expect(noPeriod.people_serving).toBe(onToday.people_serving);
    const before = noPeriod.people_sent ?? 0;
    const extra = await person('shanghai', '丁', '310000', false);
    await post('shanghai', extra, {
      kind: 'technician',
      hostOrgName: '泽普县农业农村局',
      area: '653124',
      role: '技术员',
      termStart: today,
    });
    const after = await totals('coordinator');
    expect(after.people_sent).toBe(before + 1);
    expect(after.people_serving).toBe((noPeriod.people_serving ?? 0) + 1);
  });
});
