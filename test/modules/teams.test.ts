import { beforeAll, expect, it } from 'vitest';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { insertTestPerson } from '../support/factories.js';
import { expectHistoryGrowth, historyCount, useApp } from './support.js';

/** Teams (组团式) and mentoring (传帮带) through the API: rules, visibility, versions, history. */
describeEachDatabase('teams and mentoring API', (ctx) => {
  const t = useApp(ctx);
  let coordinator = '';
  let shanghai = '';
  let beijing = '';
  let kashgarEditor = '';
  let persons: Record<'lead' | 'doc' | 'nurse' | 'teacher' | 'bjHidden', number>;

  const call = (
    cookie: string,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    url: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({ method, url, headers: { cookie, ...headers }, ...(payload ? { payload } : {}) });

  const team = (overrides: object = {}) => ({
    kind: 'medical',
    name: '上海医疗组团（巴楚县人民医院）',
    donorCode: '310000',
    hostOrgName: '巴楚县人民医院',
    areaCode: '653130',
    startsOn: '2024-01-01',
    endsOn: '2026-12-31',
    ...overrides,
  });

  beforeAll(async () => {
    coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    shanghai = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '310000' });
    beijing = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '110000' });
    kashgarEditor = await loginAs(t.app, ctx.database, {
      role: 'recipient-editor',
      areaCode: '653100',
    });
    const db = ctx.database;
    persons = {
      lead: await insertTestPerson(db, { donor: '310000', name: '领队甲' }),
      doc: await insertTestPerson(db, { donor: '310000', name: '医生乙' }),
      nurse: await insertTestPerson(db, { donor: '310000', name: '护士丙', published: false }),
      teacher: await insertTestPerson(db, { donor: '120000', name: '倪测试' }),
      bjHidden: await insertTestPerson(db, {
        donor: '110000',
        name: '北京未发布',
        published: false,
      }),
    };
  });

  it('creates a team, adds a leader and members over time, keeps history and versions', async () => {
    const created = await expectHistoryGrowth(ctx.database, 1, () =>
      call(shanghai, 'POST', '/api/teams', team()),
    );
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json();
    expect(created.headers.etag).toBe('"1"');
    expect(body).toMatchObject({
      kind: 'medical',
      donor: { code: '310000', name: '上海市', nameEn: 'Shanghai' },
      host: { code: null, name: '巴楚县人民医院', nameEn: '' },
      area: { code: '653130', name: '巴楚县', nameEn: 'Bachu County', level: 'county' },
      publishedAt: null,
      leader: null,
      members: [],
      can: { write: true, readHistory: true },
    });
    const id = body.id as number;
    const add = (payload: object, version: string) =>
      call(shanghai, 'POST', `/api/teams/${id}/members`, payload, { 'if-match': version });
    const lead = await add(
      { personId: persons.lead, role: 'leader', startsOn: '2024-01-01', endsOn: '2025-06-30' },
      '"1"',
    );
    expect(lead.statusCode, lead.body).toBe(200);
    expect(lead.headers.etag).toBe('"2"');
    const doc = await add({ personId: persons.doc, startsOn: '2024-03-01' }, '"2"');
    expect(doc.statusCode, doc.body).toBe(200);
    // The same person again from a day that does not overlap: allowed.
    const again = await add(
      { personId: persons.lead, role: 'member', startsOn: '2025-07-01' },
      '"3"',
    );
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().members).toHaveLength(3);

    // A stale version: 409, nothing changed.
    const stale = await add({ personId: persons.nurse, startsOn: '2024-05-01' }, '"1"');
    expect(stale.statusCode).toBe(409);

    const history = await call(shanghai, 'GET', `/api/teams/${id}/history`);
    expect(history.statusCode).toBe(200);
    expect(history.json().items.map((e: { action: string }) => e.action)).toEqual([
      'member-add',
      'member-add',
      'member-add',
      'create',
    ]);
  });

  it('refuses bad input with a problem naming the field, changing nothing', async () => {
    const before = await historyCount(ctx.database);
    const endBefore = await call(shanghai, 'POST', '/api/teams', team({ endsOn: '2023-12-31' }));
    expect(endBefore.statusCode).toBe(422);
    expect(endBefore.json().errors[0]).toMatchObject({
      field: 'endsOn',
      code: 'dates.endBeforeStart',
    });
    const noHost = await call(shanghai, 'POST', '/api/teams', team({ hostOrgName: undefined }));
    expect(noHost.statusCode).toBe(422);
    expect(noHost.json().errors[0].field).toBe('hostOrgCode');

    const { id, version } = (await call(shanghai, 'POST', '/api/teams', team())).json();
    const add = (payload: object) => call(shanghai, 'POST', `/api/teams/${id}/members`, payload);
    expect(
      (await add({ personId: persons.lead, role: 'leader', startsOn: '2024-01-01' })).statusCode,
    ).toBe(200);
    const after = await historyCount(ctx.database);
    expect(after - before).toBe(2);

    const twice = await add({
      personId: persons.lead,
      startsOn: '2025-01-01',
      endsOn: '2025-02-01',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().errors[0]).toMatchObject({ field: 'personId', code: 'team.memberOverlap' });
    const twoLeaders = await add({ personId: persons.doc, role: 'leader', startsOn: '2025-01-01' });
    expect(twoLeaders.statusCode).toBe(409);
    expect(twoLeaders.json().errors[0]).toMatchObject({
      field: 'role',
      code: 'team.leaderOverlap',
    });
    const outside = await add({ personId: persons.doc, startsOn: '2023-01-01' });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().errors[0]).toMatchObject({
      field: 'startsOn',
      code: 'team.memberOutsideTeam',
    });
    const memberEnd = await add({
      personId: persons.doc,
      startsOn: '2024-05-01',
      endsOn: '2024-04-01',
    });
    expect(memberEnd.statusCode).toBe(422);
    expect(memberEnd.json().errors[0].field).toBe('endsOn');
    // Another donor's unpublished person is unknown to Shanghai's editor.
    const hidden = await add({ personId: persons.bjHidden, startsOn: '2024-05-01' });
    expect(hidden.statusCode).toBe(422);
    expect(hidden.json().errors[0]).toMatchObject({
      field: 'personId',
      code: 'team.unknownPerson',
    });
    const shrink = await call(shanghai, 'PATCH', `/api/teams/${id}`, { endsOn: '2023-06-30' });
    expect(shrink.statusCode).toBe(422);
    expect(shrink.json().errors[0].field).toBe('endsOn');

    expect(await historyCount(ctx.database)).toBe(after);
    const now = (await call(shanghai, 'GET', `/api/teams/${id}`)).json();
    expect(now.version).toBe(version + 1);
    expect(now.members).toHaveLength(1);
    expect(now.leader).toMatchObject({ id: persons.lead, name: '领队甲' });
  });

  it("hides a donor's unpublished team from other donors by every route; refuses their writes", async () => {
    const { id } = (
      await call(shanghai, 'POST', '/api/teams', team({ name: '未发布组团', areaCode: '653125' }))
    ).json();
    const listIds = async (cookie: string, query = '') =>
      (await call(cookie, 'GET', `/api/teams?limit=200${query}`))
        .json()
        .items.map((i: { id: number }) => i.id);
    expect(await listIds(beijing)).not.toContain(id);
    expect(await listIds(beijing, '&donor=310000')).not.toContain(id);
    expect((await call(beijing, 'GET', `/api/teams/${id}`)).statusCode).toBe(404);
    expect((await call(beijing, 'GET', `/api/teams/${id}/history`)).statusCode).toBe(404);
    const write = await call(beijing, 'PATCH', `/api/teams/${id}`, { name: '改' });
    expect(write.statusCode).toBe(404);
    // Its donor, the area's recipient editor and the programme office see it.
    expect(await listIds(shanghai)).toContain(id);
    expect(await listIds(kashgarEditor)).toContain(id);
    expect(await listIds(coordinator, '&area=653125')).toContain(id);
    expect((await t.app.inject({ url: `/api/teams/${id}` })).statusCode).toBe(401);

    const published = await call(shanghai, 'PATCH', `/api/teams/${id}`, { published: true });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().publishedAt).not.toBeNull();
    expect(await listIds(beijing)).toContain(id);
    const seen = (await call(beijing, 'GET', `/api/teams/${id}`)).json();
    expect(seen.can).toEqual({ write: false, readHistory: false });
    const refused = await call(beijing, 'PATCH', `/api/teams/${id}`, { name: '改' });
    expect(refused.statusCode).toBe(403);
    const createForShanghai = await call(beijing, 'POST', '/api/teams', team());
    expect(createForShanghai.statusCode).toBe(403);
    expect((await call(beijing, 'GET', `/api/teams/${id}/history`)).statusCode).toBe(403);
  });

  it('filters teams by donor subtree, area subtree, period and kind', async () => {
    const a = (
      await call(
        coordinator,
        'POST',
        '/api/teams',
        team({
          areaCode: '653124',
          startsOn: '2020-01-01',
          endsOn: '2020-12-31',
          kind: 'education',
          hostOrgName: '泽普县第一中学',
        }),
      )
    ).json();
    const ids = async (query: string) =>
      (await call(coordinator, 'GET', `/api/teams?limit=200&${query}`))
        .json()
        .items.map((i: { id: number }) => i.id);
    expect(await ids('area=653100')).toContain(a.id);
    expect(await ids('area=653130')).not.toContain(a.id);
    expect(await ids('donor=310000')).toContain(a.id);
    expect(await ids('donor=110000')).not.toContain(a.id);
    expect(await ids('from=2020-06-01&to=2020-06-30')).toContain(a.id);
    expect(await ids('from=2021-01-01')).not.toContain(a.id);
    expect(await ids('to=2019-12-31')).not.toContain(a.id);
    expect(await ids('kind=education')).toEqual([a.id]);
    const member = await call(
      coordinator,
      'POST',
      `/api/teams/${a.id}/members`,
      { personId: persons.doc, role: 'member', startsOn: '2020-02-01', endsOn: '2020-06-30' },
      { 'if-match': `"${a.version}"` },
    );
    expect(member.statusCode, member.body).toBe(200);
    expect(await ids(`person=${persons.doc}`)).toContain(a.id);
    expect(await ids(`person=${persons.lead}&kind=education`)).toEqual([]);
    const bad = await call(coordinator, 'GET', '/api/teams?from=2021-01-01&to=2020-01-01');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].field).toBe('to');
    const unknownArea = await call(coordinator, 'GET', '/api/teams?area=659999');
    expect(unknownArea.statusCode).toBe(422);
  });

  it('records mentoring with yearly assessments within its dates', async () => {
    const mentoring = {
      mentorPersonId: persons.teacher,
      areaCode: '653225',
      menteeName: '阿依古丽',
      menteeOrgName: '策勒县第一小学',
      startsOn: '2024-08-15',
      endsOn: '2026-01-31',
    };
    const tianjin = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '120000' });
    const refusedForOthers = await call(beijing, 'POST', '/api/mentorings', mentoring);
    expect(refusedForOthers.statusCode).toBe(403);
    const endBefore = await call(tianjin, 'POST', '/api/mentorings', {
      ...mentoring,
      endsOn: '2024-01-01',
    });
    expect(endBefore.statusCode).toBe(422);
    expect(endBefore.json().errors[0].field).toBe('endsOn');
    const created = await call(tianjin, 'POST', '/api/mentorings', mentoring);
    expect(created.statusCode, created.body).toBe(201);
    const m = created.json();
    expect(m).toMatchObject({
      mentor: { id: persons.teacher, name: '倪测试' },
      donor: { code: '120000' },
      mentee: { name: '阿依古丽', org: { code: null, name: '策勒县第一小学' } },
      assessments: [],
      can: { write: true, readHistory: true },
    });

    const before = await historyCount(ctx.database);
    const outside = await call(tianjin, 'PUT', `/api/mentorings/${m.id}/assessments/2027`, {
      grade: 'good',
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().errors[0]).toMatchObject({
      field: 'year',
      code: 'mentoring.assessmentYear',
    });
    const early = await call(tianjin, 'PUT', `/api/mentorings/${m.id}/assessments/2023`, {
      grade: 'good',
    });
    expect(early.statusCode).toBe(422);
    expect(await historyCount(ctx.database)).toBe(before);

    const ok = await call(
      tianjin,
      'PUT',
      `/api/mentorings/${m.id}/assessments/2025`,
      { grade: 'excellent', note: '公开课获奖' },
      { 'if-match': '"1"' },
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().assessments).toEqual([{ year: 2025, grade: 'excellent', note: '公开课获奖' }]);
    const stale = await call(
      tianjin,
      'PUT',
      `/api/mentorings/${m.id}/assessments/2024`,
      { grade: 'good' },
      { 'if-match': '"1"' },
    );
    expect(stale.statusCode).toBe(409);
    // Ending the mentoring before an assessed year is refused on endsOn.
    const shrink = await call(tianjin, 'PATCH', `/api/mentorings/${m.id}`, {
      endsOn: '2024-12-31',
    });
    expect(shrink.statusCode).toBe(422);
    expect(shrink.json().errors[0]).toMatchObject({
      field: 'endsOn',
      code: 'mentoring.assessmentYear',
    });

    // Unpublished: Beijing sees it by no route; Tianjin's list by mentor has it.
    expect((await call(beijing, 'GET', `/api/mentorings/${m.id}`)).statusCode).toBe(404);
    const bjList = (await call(beijing, 'GET', '/api/mentorings?limit=200')).json();
    expect(bjList.items.map((i: { id: number }) => i.id)).not.toContain(m.id);
    const mine = (
      await call(tianjin, 'GET', `/api/mentorings?mentor=${persons.teacher}&area=653200`)
    ).json();
    expect(mine.items.map((i: { id: number }) => i.id)).toEqual([m.id]);
    const history = (await call(tianjin, 'GET', `/api/mentorings/${m.id}/history`)).json();
    expect(history.items.map((e: { action: string }) => e.action)).toEqual([
      'assessment',
      'create',
    ]);
    const published = await call(tianjin, 'PATCH', `/api/mentorings/${m.id}`, { published: true });
    expect(published.statusCode).toBe(200);
    expect((await call(beijing, 'GET', `/api/mentorings/${m.id}`)).statusCode).toBe(200);
    const bjWrite = await call(beijing, 'PUT', `/api/mentorings/${m.id}/assessments/2025`, {
      grade: 'fail',
    });
    expect(bjWrite.statusCode).toBe(403);
  });
});
