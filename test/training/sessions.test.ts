/**
 * Training programmes and sessions through the API (decision 0027): the rules refused by field
 * with nothing changed, visibility of unpublished sessions by every route, ETag/409, history,
 * filters and paging, person-times by donor.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { historyCount, useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';

const session = (over: Record<string, unknown> = {}) => ({
  organiser: '310000',
  area: '653130',
  startDate: '2025-03-01',
  endDate: '2025-03-05',
  place: 'xinjiang',
  topic: '电商直播培训',
  participants: 40,
  personTimes: 200,
  jobsFound: 12,
  certificates: 30,
  ...over,
});

describeEachDatabase('training sessions', (ctx) => {
  const t = useApp(ctx);
  const cookies: Record<string, string> = {};
  const req = (
    who: string,
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) => t.app.inject({ method, url, payload, headers: { cookie: cookies[who] ?? '', ...headers } });
  const sessionCount = async () =>
    Number(
      (
        await ctx.database.db
          .selectFrom('trainingSessions')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

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
    cookies.kashgar = await loginAs(t.app, ctx.database, {
      role: 'recipient-editor',
      areaCode: '653100',
    });
    cookies.viewer = await loginAs(t.app, ctx.database, { role: 'viewer' });
    cookies.auditor = await loginAs(t.app, ctx.database, { role: 'auditor' });
  });

  describe('training programmes', () => {
    it('are the programme office’s to add and rename (If-Match), anyone signed in reads them', async () => {
      const body = { code: 'tianshan', name: '天山计划', nameEn: 'Tianshan Plan' };
      expect((await req('shanghai', 'POST', '/api/training/programmes', body)).statusCode).toBe(
        403,
      );
      const created = await req('coordinator', 'POST', '/api/training/programmes', body);
      expect(created.statusCode).toBe(201);
      expect(created.headers.etag).toBe('"1"');
      const again = await req('coordinator', 'POST', '/api/training/programmes', body);
      expect(again.statusCode).toBe(409);
      expect(again.json().errors[0].field).toBe('code');
      const stale = await req(
        'coordinator',
        'PATCH',
        '/api/training/programmes/tianshan',
        { nameEn: 'Tianshan' },
        { 'if-match': '"7"' },
      );
      expect(stale.statusCode).toBe(409);
      const renamed = await req(
        'coordinator',
        'PATCH',
        '/api/training/programmes/tianshan',
        { nameEn: 'Tianshan Programme' },
        { 'if-match': '"1"' },
      );
      expect(renamed.json()).toMatchObject({ nameEn: 'Tianshan Programme', version: 2 });
      const list = await req('viewer', 'GET', '/api/training/programmes');
      expect(list.json().items.map((p: { code: string }) => p.code)).toEqual(['tianshan']);
      expect((await req('anonymous', 'GET', '/api/training/programmes')).statusCode).toBe(401);
    });
  });

  describe('rules: a 4xx naming the field, nothing changed', () => {
    const cases = [
      {
        name: 'person-times below distinct participants',
        over: { participants: 50, personTimes: 49 },
        status: 422,
        field: 'personTimes',
        code: 'training.personTimesBelowParticipants',
      },
      {
        name: 'an end before the start',
        over: { startDate: '2025-03-05', endDate: '2025-03-01' },
        status: 422,
        field: 'endDate',
        code: 'training.endBeforeStart',
      },
      {
        name: 'a negative count',
        over: { participants: -1 },
        status: 400,
        field: 'body.participants',
      },
      { name: 'a negative outcome', over: { jobsFound: -3 }, status: 400, field: 'body.jobsFound' },
      {
        name: 'more jobs found than participants',
        over: { jobsFound: 41 },
        status: 422,
        field: 'jobsFound',
        code: 'training.outcomeAboveParticipants',
      },
      {
        name: 'more named participants than participants',
        over: {
          participants: 1,
          personTimes: 1,
          jobsFound: 0,
          certificates: 0,
          participantList: [{ name: '甲' }, { name: '乙' }],
        },
        status: 422,
        field: 'participantList',
        code: 'training.namedAboveParticipants',
      },
      {
        name: 'an unknown training programme',
        over: { trainingProgramme: 'nope' },
        status: 422,
        field: 'trainingProgramme',
        code: 'training.programmeUnknown',
      },
      {
        name: 'an unknown area',
        over: { area: '659999' },
        status: 422,
        field: 'area',
        code: 'area.unknown',
      },
    ];
    for (const c of cases) {
      it(`refuses ${c.name}`, async () => {
        const [sessions, history] = [await sessionCount(), await historyCount(ctx.database)];
        const res = await req('shanghai', 'POST', '/api/training/sessions', session(c.over), {
          'accept-language': 'zh-CN',
        });
        expect(res.statusCode, res.body).toBe(c.status);
        const error = res.json().errors[0];
        expect(error.field).toBe(c.field);
        if (c.code) expect(error.code).toBe(c.code);
        expect([await sessionCount(), await historyCount(ctx.database)]).toEqual([
          sessions,
          history,
        ]);
      });
    }

    it('refuses the same rules on a change, keeping the session as it was', async () => {
      const created = (await req('shanghai', 'POST', '/api/training/sessions', session())).json();
      const res = await req('shanghai', 'PATCH', `/api/training/sessions/${created.id}`, {
        personTimes: 10,
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().errors[0].field).toBe('personTimes');
      const ended = await req('shanghai', 'PATCH', `/api/training/sessions/${created.id}`, {
        endDate: '2025-02-01',
      });
      expect(ended.json().errors[0].field).toBe('endDate');
      const now = (await req('shanghai', 'GET', `/api/training/sessions/${created.id}`)).json();
      expect(now).toMatchObject({ personTimes: 200, endDate: '2025-03-05', version: 1 });
      expect(now.area).toEqual({
        code: '653130',
        name: '巴楚县',
        nameEn: 'Bachu County',
        nameUg: 'مارالبېشى ناھىيىسى',
      });
    });
  });

  describe('visibility and writes by donor', () => {
    let unpublished: number;
    let published: number;
    beforeAll(async () => {
      unpublished = (
        await req(
          'shanghai',
          'POST',
          '/api/training/sessions',
          session({ topic: '未发布班次', participantList: [{ name: '阿依古丽', personId: 7 }] }),
        )
      ).json().id;
      published = (
        await req(
          'shanghai',
          'POST',
          '/api/training/sessions',
          session({ topic: '已发布班次', published: true }),
        )
      ).json().id;
    });

    it("hides another donor's unpublished session from every route (404 and absent from lists)", async () => {
      for (const url of [
        `/api/training/sessions/${unpublished}`,
        `/api/training/sessions/${unpublished}/history`,
      ]) {
        expect((await req('beijing', 'GET', url)).statusCode, url).toBe(404);
      }
      expect((await req('viewer', 'GET', `/api/training/sessions/${unpublished}`)).statusCode).toBe(
        404,
      );
      const patch = await req('beijing', 'PATCH', `/api/training/sessions/${unpublished}`, {
        topic: '改',
      });
      expect(patch.statusCode).toBe(404);
      const ids = (who: string) =>
        req(who, 'GET', '/api/training/sessions?limit=200').then((r) =>
          r.json().items.map((s: { id: number }) => s.id),
        );
      expect(await ids('beijing')).toContain(published);
      expect(await ids('beijing')).not.toContain(unpublished);
      for (const who of ['shanghai', 'coordinator', 'auditor', 'kashgar'])
        expect(await ids(who), who).toContain(unpublished);
      const byDonor = async (who: string) =>
        (await req(who, 'GET', '/api/training/by-donor')).json().rows;
      const shanghaiRow = (rows: { donor: { code: string }; sessions: number }[]) =>
        rows.find((r) => r.donor.code === '310000');
      const all = shanghaiRow(await byDonor('coordinator'));
      const seen = shanghaiRow(await byDonor('beijing'));
      expect((all?.sessions ?? 0) - (seen?.sessions ?? 0)).toBeGreaterThanOrEqual(2);
    });

    it("refuses a donor editor another donor's published session (403) and a session in another donor's name", async () => {
      const history = await historyCount(ctx.database);
      expect(
        (await req('beijing', 'PATCH', `/api/training/sessions/${published}`, { topic: '改' }))
          .statusCode,
      ).toBe(403);
      expect((await req('beijing', 'POST', '/api/training/sessions', session())).statusCode).toBe(
        403,
      );
      expect((await req('kashgar', 'POST', '/api/training/sessions', session())).statusCode).toBe(
        403,
      );
      expect(
        (await req('beijing', 'GET', `/api/training/sessions/${published}/history`)).statusCode,
      ).toBe(403);
      expect(await historyCount(ctx.database)).toBe(history);
      const view = (await req('beijing', 'GET', `/api/training/sessions/${published}`)).json();
      expect(view.can).toEqual({ update: false, readHistory: false });
      const own = (await req('shanghai', 'GET', `/api/training/sessions/${unpublished}`)).json();
      expect(own.can).toEqual({ update: true, readHistory: true });
      expect(own.participantList).toEqual([{ name: '阿依古丽', organisation: null, personId: 7 }]);
    });

    it('changes with If-Match (409 when stale), publishes, and keeps the history', async () => {
      const stale = await req(
        'shanghai',
        'PATCH',
        `/api/training/sessions/${unpublished}`,
        { topic: '新' },
        { 'if-match': '"9"' },
      );
      expect(stale.statusCode).toBe(409);
      const changed = await req(
        'shanghai',
        'PATCH',
        `/api/training/sessions/${unpublished}`,
        { topic: '新题目', published: true },
        { 'if-match': '"1"' },
      );
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.headers.etag).toBe('"2"');
      expect(changed.json()).toMatchObject({ topic: '新题目', published: true, version: 2 });
      expect(
        (await req('beijing', 'GET', `/api/training/sessions/${unpublished}`)).statusCode,
      ).toBe(200);
      const history = (
        await req('shanghai', 'GET', `/api/training/sessions/${unpublished}/history`)
      ).json().items;
      expect(history.map((h: { action: string }) => h.action)).toEqual(['update', 'create']);
      expect(history[0].before.topic).toBe('未发布班次');
      expect(history[0].after.topic).toBe('新题目');
    });
  });

  describe('filters and paging', () => {
    beforeAll(async () => {
      await req('coordinator', 'POST', '/api/training/programmes', {
        code: 'dandelion',
        name: '蒲公英计划',
        nameEn: 'Dandelion',
      });
      await req(
        'coordinator',
        'POST',
        '/api/training/sessions',
        session({
          organiser: '330000',
          area: '652901',
          trainingProgramme: 'dandelion',
          startDate: '2024-06-01',
          endDate: '2024-06-02',
          participants: 100,
          personTimes: 300,
          jobsFound: 0,
          certificates: 0,
        }),
      );
      await req(
        'coordinator',
        'POST',
        '/api/training/sessions',
        session({
          organiser: '330000',
          area: '652901',
          trainingProgramme: 'dandelion',
          startDate: '2024-09-01',
          endDate: '2024-09-02',
          participants: 50,
          personTimes: 50,
          jobsFound: 0,
          certificates: 0,
        }),
      );
      await req(
        'coordinator',
        'POST',
        '/api/training/sessions',
        session({
          organiser: '410000',
          area: '650502',
          startDate: '2023-05-01',
          endDate: '2023-05-03',
          place: 'donor',
          participants: 0,
          personTimes: 900,
          jobsFound: 0,
          certificates: 0,
        }),
      );
    });
    const list = async (query: string) =>
      (await req('coordinator', 'GET', `/api/training/sessions?${query}`)).json();

    it('filters by programme, donor subtree, area subtree and period, and pages', async () => {
      expect((await list('trainingProgramme=dandelion')).total).toBe(2);
      expect((await list('donor=330000')).total).toBe(2);
      expect((await list('area=652900')).total).toBe(2);
      expect((await list('area=65')).total).toBeGreaterThanOrEqual(3);
      expect((await list('donor=410000&from=2023-01-01&to=2023-12-31')).total).toBe(1);
      expect(
        (await list('donor=330000&from=2024-07-01')).items.map(
          (s: { startDate: string }) => s.startDate,
        ),
      ).toEqual(['2024-09-01']);
      const page = await list('donor=330000&limit=1&offset=1');
      expect(page).toMatchObject({ total: 2 });
      expect(page.items.map((s: { startDate: string }) => s.startDate)).toEqual(['2024-06-01']);
      const programme = (await req('viewer', 'GET', '/api/training/programmes/dandelion')).json();
      expect(programme.totals).toEqual({ sessions: 0, participants: 0, personTimes: 0 });
      const seen = (await req('coordinator', 'GET', '/api/training/programmes/dandelion')).json();
      expect(seen.totals).toEqual({ sessions: 2, participants: 150, personTimes: 350 });
    });

    it('sums person-times by donor province under the filters', async () => {
      const rows = (
        await req('coordinator', 'GET', '/api/training/by-donor?from=2023-01-01&to=2024-12-31')
      ).json().rows;
      expect(rows).toEqual([
        {
          donor: { code: '410000', name: '河南省', nameEn: 'Henan' },
          sessions: 1,
          participants: 0,
          personTimes: 900,
          jobsFound: 0,
        },
        {
          donor: { code: '330000', name: '浙江省', nameEn: 'Zhejiang' },
          sessions: 2,
          participants: 150,
          personTimes: 350,
          jobsFound: 0,
        },
      ]);
    });
  });
});
