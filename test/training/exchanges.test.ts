/**
 * Exchange activities through the API (decision 0027): several organisers (cross-pair), several
 * areas, participants by origin; rules by field, visibility, writes by donor, ETag/409, history.
 */
import { beforeAll, expect, it } from 'vitest';
import { historyCount, useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';

const activity = (over: Record<string, unknown> = {}) => ({
  kind: 'performance',
  title: '宁波青瓷音乐巡演',
  startDate: '2025-06-10',
  endDate: '2025-06-12',
  organisers: ['110000', '330000'],
  areas: ['653201'],
  participantsLocal: 1200,
  participantsDonor: 40,
  ...over,
});

describeEachDatabase('exchange activities', (ctx) => {
  const t = useApp(ctx);
  const cookies: Record<string, string> = {};
  const req = (
    who: string,
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) => t.app.inject({ method, url, payload, headers: { cookie: cookies[who] ?? '', ...headers } });
  let crossPair: number;
  let henan: number;

  beforeAll(async () => {
    cookies.coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    cookies.beijing = await loginAs(t.app, ctx.database, {
      role: 'donor-editor',
      orgCode: '110000',
    });
    cookies.henan = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '410000' });
    cookies.hotan = await loginAs(t.app, ctx.database, {
      role: 'recipient-editor',
      areaCode: '653200',
    });
    cookies.viewer = await loginAs(t.app, ctx.database, { role: 'viewer' });
    const created = await req('coordinator', 'POST', '/api/exchanges', activity());
    expect(created.statusCode, created.body).toBe(201);
    crossPair = created.json().id;
    const own = await req(
      'henan',
      'POST',
      '/api/exchanges',
      activity({
        kind: 'reading-room',
        title: '焦裕禄书屋',
        organisers: ['410000'],
        areas: ['650502'],
        participantsLocal: 300,
        participantsDonor: 0,
      }),
    );
    expect(own.statusCode, own.body).toBe(201);
    henan = own.json().id;
  });

  it('keeps organisers and areas, and counts by origin', async () => {
    const view = (await req('coordinator', 'GET', `/api/exchanges/${crossPair}`)).json();
    expect(view.organisers.map((o: { code: string }) => o.code)).toEqual(['110000', '330000']);
    expect(view.areas).toEqual([
      { code: '653201', name: '和田市', nameEn: 'Hotan City', nameUg: 'خوتەن شەھىرى' },
    ]);
    expect(view).toMatchObject({
      participantsLocal: 1200,
      participantsDonor: 40,
      published: false,
    });
  });

  it('refuses an end before the start, a negative count and an unknown organiser, by field, changing nothing', async () => {
    const before = await historyCount(ctx.database);
    for (const [over, status, field] of [
      [{ startDate: '2025-06-12', endDate: '2025-06-10' }, 422, 'endDate'],
      [{ participantsLocal: -1 }, 400, 'body.participantsLocal'],
      [{ organisers: ['999999'] }, 422, 'organisers'],
      [{ areas: [] }, 400, 'body.areas'],
    ] as const) {
      const res = await req('coordinator', 'POST', '/api/exchanges', activity(over));
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json().errors[0].field).toBe(field);
    }
    const patched = await req('henan', 'PATCH', `/api/exchanges/${henan}`, {
      endDate: '2024-01-01',
    });
    expect(patched.json().errors[0].field).toBe('endDate');
    expect(await historyCount(ctx.database)).toBe(before);
  });

  it("hides another donor's unpublished activity by every route, shows it to its organisers and areas", async () => {
    expect((await req('henan', 'GET', `/api/exchanges/${crossPair}`)).statusCode).toBe(404);
    expect(
      (await req('henan', 'PATCH', `/api/exchanges/${crossPair}`, { title: '改' })).statusCode,
    ).toBe(404);
    expect((await req('henan', 'GET', `/api/exchanges/${crossPair}/history`)).statusCode).toBe(404);
    expect((await req('viewer', 'GET', `/api/exchanges/${henan}`)).statusCode).toBe(404);
    const ids = async (who: string, q = '') =>
      (await req(who, 'GET', `/api/exchanges?limit=200${q}`))
        .json()
        .items.map((x: { id: number }) => x.id);
    expect(await ids('henan')).toEqual([henan]);
    expect(await ids('beijing')).toEqual([crossPair]);
    expect(await ids('hotan')).toEqual([crossPair]);
    expect(await ids('viewer')).toEqual([]);
    expect(await ids('coordinator', '&donor=330000')).toEqual([crossPair]);
    expect(await ids('coordinator', '&area=650500')).toEqual([henan]);
    expect(await ids('coordinator', '&kind=reading-room')).toEqual([henan]);
    expect(await ids('coordinator', '&from=2025-06-11')).toEqual([]);
  });

  it('lets a donor editor change only activities all of whose organisers it covers', async () => {
    const view = (await req('beijing', 'GET', `/api/exchanges/${crossPair}`)).json();
    expect(view.can).toEqual({ update: false, readHistory: true });
    expect(
      (await req('beijing', 'PATCH', `/api/exchanges/${crossPair}`, { title: '改' })).statusCode,
    ).toBe(403);
    expect((await req('beijing', 'POST', '/api/exchanges', activity())).statusCode).toBe(403);
    expect(
      (await req('hotan', 'POST', '/api/exchanges', activity({ organisers: ['110000'] })))
        .statusCode,
    ).toBe(403);
    // Henan cannot hand its activity to another donor, nor add one.
    const handed = await req('henan', 'PATCH', `/api/exchanges/${henan}`, {
      organisers: ['410000', '110000'],
    });
    expect(handed.statusCode).toBe(403);
  });

  it('changes with If-Match (409 when stale), publishes, and keeps the history', async () => {
    const stale = await req(
      'henan',
      'PATCH',
      `/api/exchanges/${henan}`,
      { title: '新' },
      { 'if-match': '"5"' },
    );
    expect(stale.statusCode).toBe(409);
    const ok = await req(
      'henan',
      'PATCH',
      `/api/exchanges/${henan}`,
      { participantsLocal: 320, published: true },
      { 'if-match': '"1"' },
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect((await req('viewer', 'GET', `/api/exchanges/${henan}`)).json().participantsLocal).toBe(
      320,
    );
    const history = (await req('henan', 'GET', `/api/exchanges/${henan}/history`)).json().items;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['update', 'create']);
    expect([history[0].before.participantsLocal, history[0].after.participantsLocal]).toEqual([
      300, 320,
    ]);
    expect((await req('viewer', 'GET', `/api/exchanges/${henan}/history`)).statusCode).toBe(403);
  });
});
