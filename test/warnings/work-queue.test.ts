import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../src/http/types.js';
import { computeWarnings } from '../../src/modules/warnings/compute.js';
import { createTestUser, loginAs, sessionCookieFor } from '../support/accounts.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';
import { projectPerKind, shanghaiProject, system, TODAY, warningsOf } from './support.js';

describeEachDatabase('the early-warning work queue', (ctx) => {
  let app: App;
  let published: Awaited<ReturnType<typeof projectPerKind>>;
  let hidden: string;
  let inHotan: string;
  let shanghai: string;
  let shanghaiUserId: number;
  let beijing: string;
  const idOf = async (code: string) => {
    const [w] = await warningsOf(ctx.database, code);
    if (!w) throw new Error(`no warning on ${code}`);
    return w;
  };
  const patch = (id: number, cookie: string, payload: object, headers: object = {}) =>
    app.inject({
      method: 'PATCH',
      url: `/api/warnings/${id}`,
      headers: { cookie, ...headers },
      payload,
    });

  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
    published = await projectPerKind(ctx.database, true);
    hidden = await shanghaiProject(ctx.database, {
      stage: 'approved',
      stageDates: { started: { planned: '2026-09-01' } },
    });
    inHotan = await shanghaiProject(ctx.database, {
      stage: 'approved',
      locations: [{ area: '653221', shareBp: 10000 }],
      stageDates: { started: { planned: '2026-09-01' } },
    });
    await computeWarnings(system(ctx.database), TODAY);
    const sh = await createTestUser(ctx.database, { role: 'donor-editor', orgCode: '310000' });
    shanghaiUserId = sh.user.id;
    shanghai = await sessionCookieFor(app, sh.username, sh.password);
    beijing = await loginAs(app, ctx.database, { role: 'donor-editor', orgCode: '110000' });
  });
  afterAll(async () => app.close());

  it('lists only the warnings of projects the caller may see', async () => {
    const codes = async (cookie: string) => {
      const res = await app.inject({
        method: 'GET',
        url: '/api/warnings?limit=200',
        headers: { cookie },
      });
      expect(res.statusCode).toBe(200);
      return res.json().items.map((w: { project: { code: string } }) => w.project.code);
    };
    const ofShanghai = await codes(shanghai);
    expect(ofShanghai).toContain(hidden);
    expect(ofShanghai).toContain(published.acceptancePending);
    const ofBeijing = await codes(beijing);
    expect(ofBeijing).toContain(published.acceptancePending);
    expect(ofBeijing).not.toContain(hidden);
    const anonymous = await app.inject({ method: 'GET', url: '/api/warnings' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('filters by kind, status and project', async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/warnings?kind=acceptance-pending&status=open&project=${published.acceptancePending}`,
      headers: { cookie: shanghai },
    });
    expect(res.json()).toMatchObject({
      total: 1,
      items: [{ kind: 'acceptance-pending', status: 'open' }],
    });
    // The project's names in both languages, for the queue in either.
    expect(res.json().items[0].project).toEqual({
      code: published.acceptancePending,
      name: '和田市安居房项目',
      nameEn: 'Hotan housing project',
    });
    expect(res.json().items[0].detail.message.zh).toContain('未验收');
  });

  it('filters by area subtree, within what the caller may see', async () => {
    const codes = async (cookie: string, area: string) => {
      const res = await app.inject({
        method: 'GET',
        url: `/api/warnings?limit=200&area=${area}`,
        headers: { cookie },
      });
      expect(res.statusCode, res.body).toBe(200);
      return [
        ...new Set(res.json().items.map((w: { project: { code: string } }) => w.project.code)),
      ];
    };
    const office = await loginAs(app, ctx.database, { role: 'coordinator' });
    const hotan = await loginAs(app, ctx.database, {
      role: 'recipient-editor',
      areaCode: '653200',
    });
    // The prefecture holds the county's project; Bachu (Kashgar) does not.
    expect(await codes(office, '653200')).toEqual([inHotan]);
    const bachu = await codes(office, '653130');
    expect(bachu).not.toContain(inHotan);
    expect(bachu).toContain(published.acceptancePending);
    // Hotan's recipient editor sees the unpublished project in its area; Beijing does not.
    expect(await codes(hotan, '653200')).toEqual([inHotan]);
    expect(await codes(beijing, '653200')).toEqual([]);
    const unknown = await app.inject({
      method: 'GET',
      url: '/api/warnings?area=659999',
      headers: { cookie: office },
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].code).toBe('area.unknown');
  });

  it('requires a resolution note to resolve or dismiss, and refuses a stale version (409)', async () => {
    const w = await idOf(published.stageOverdue);
    const noNote = await patch(w.id, shanghai, { status: 'resolved' });
    expect(noNote.statusCode).toBe(422);
    expect(noNote.json().errors[0].field).toContain('resolutionNote');
    const ok = await patch(
      w.id,
      shanghai,
      { status: 'resolved', resolutionNote: '已报竣工', ownerUserId: shanghaiUserId },
      { 'if-match': `"${w.version}"` },
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.headers.etag).toBe(`"${w.version + 1}"`);
    expect(ok.json()).toMatchObject({
      status: 'resolved',
      resolutionNote: '已报竣工',
      owner: { id: shanghaiUserId },
    });
    expect(ok.json().resolvedAt).not.toBeNull();
    const stale = await patch(w.id, shanghai, { status: 'open' }, { 'if-match': `"${w.version}"` });
    expect(stale.statusCode).toBe(409);
    const reopened = await patch(w.id, shanghai, { status: 'open' });
    expect(reopened.json()).toMatchObject({ status: 'open', resolvedAt: null });
    // Giving it to someone else is the programme office's; for it, an unknown owner is a 422.
    const toOther = await patch(w.id, shanghai, { ownerUserId: 999999 });
    expect(toOther.statusCode).toBe(403);
    const coordinator = await loginAs(app, ctx.database, { role: 'coordinator' });
    const unknownOwner = await patch(w.id, coordinator, { ownerUserId: 999999 });
    expect(unknownOwner.statusCode).toBe(422);
  });

  it("refuses Beijing's donor editor on Shanghai's visible warning (403) and hides an invisible one (404)", async () => {
    const visible = await idOf(published.acceptancePending);
    const refused = await patch(visible.id, beijing, { status: 'acknowledged' });
    expect(refused.statusCode).toBe(403);
    const invisible = await idOf(hidden);
    const missing = await patch(invisible.id, beijing, { status: 'acknowledged' });
    expect(missing.statusCode).toBe(404);
    expect((await idOf(hidden)).status).toBe('open');
  });

  it("lets a recipient editor of the project's area work it, not one of another area", async () => {
    const w = await idOf(published.acceptancePending);
    const kashgar = await loginAs(app, ctx.database, {
      role: 'recipient-editor',
      areaCode: '653100',
    });
    const hotan = await loginAs(app, ctx.database, {
      role: 'recipient-editor',
      areaCode: '653200',
    });
    expect((await patch(w.id, hotan, { status: 'acknowledged' })).statusCode).toBe(403);
    const ok = await patch(w.id, kashgar, { status: 'acknowledged' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().status).toBe('acknowledged');
  });

  it('lets the programme office compute on demand and change the settings; nobody else', async () => {
    const coordinator = await loginAs(app, ctx.database, { role: 'coordinator' });
    const run = await app.inject({
      method: 'POST',
      url: '/api/warnings/compute',
      headers: { cookie: coordinator },
      payload: { today: TODAY },
    });
    expect(run.statusCode, run.body).toBe(200);
    expect(run.json()).toMatchObject({ today: TODAY, created: 0 });
    const settings = await app.inject({
      method: 'GET',
      url: '/api/warnings/settings',
      headers: { cookie: coordinator },
    });
    expect(settings.json()).toEqual({ noDisbursementMonths: 6, termEndingDays: 90 });
    const put = await app.inject({
      method: 'PUT',
      url: '/api/warnings/settings',
      headers: { cookie: coordinator },
      payload: { noDisbursementMonths: 0 },
    });
    expect(put.statusCode).toBe(400);
    // termEndingDays is kept when absent, and checked when given.
    const days = await app.inject({
      method: 'PUT',
      url: '/api/warnings/settings',
      headers: { cookie: coordinator },
      payload: { noDisbursementMonths: 6, termEndingDays: 60 },
    });
    expect(days.json()).toEqual({ noDisbursementMonths: 6, termEndingDays: 60 });
    const kept = await app.inject({
      method: 'PUT',
      url: '/api/warnings/settings',
      headers: { cookie: coordinator },
      payload: { noDisbursementMonths: 6 },
    });
    expect(kept.json()).toEqual({ noDisbursementMonths: 6, termEndingDays: 60 });
    const tooMany = await app.inject({
      method: 'PUT',
      url: '/api/warnings/settings',
      headers: { cookie: coordinator },
      payload: { noDisbursementMonths: 6, termEndingDays: 0 },
    });
    expect(tooMany.statusCode).toBe(400);
    for (const req of [
      { method: 'POST', url: '/api/warnings/compute', payload: {} },
      { method: 'GET', url: '/api/warnings/settings' },
    ] as const) {
      expect((await app.inject({ ...req, headers: { cookie: shanghai } })).statusCode).toBe(403);
    }
  });
});
