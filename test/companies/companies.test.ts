import { beforeAll, describe, expect, it } from 'vitest';
/** Valid GB 32100 codes: the check character computed for each 17-character stem. */
import { creditCodeCheckChar } from '../../src/domain/credit-code.js';
import { historyCount, useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';

function creditCode(n: number): string {
  const stem = `91653200MA${String(n).padStart(7, '0')}`;
  return `${stem}${creditCodeCheckChar(stem)}`;
}

describeEachDatabase('companies, chief service officers and cases API', (ctx) => {
  const t = useApp(ctx);
  const who: Record<'coordinator' | 'shanghai' | 'beijing' | 'hotan' | 'auditor', string> = {
    coordinator: '',
    shanghai: '',
    beijing: '',
    hotan: '',
    auditor: '',
  };
  const send = (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    url: string,
    cookie: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({
      method,
      url,
      headers: { cookie, 'accept-language': 'zh-CN', ...headers },
      ...(payload ? { payload } : {}),
    });
  let seq = 0;
  const company = (over: object = {}) => ({
    name: `测试企业${++seq}`,
    creditCode: creditCode(seq),
    industry: '纺织',
    donor: '310000',
    area: '653130',
    signedOn: '2025-06-01',
    investmentPlannedFen: 100_000_000,
    investmentArrivedFen: 60_000_000,
    jobsPlanned: 500,
    jobsActual: 300,
    localHires: 280,
    ...over,
  });
  /** A refused request changes nothing: no history entry, no row. */
  const expectRefused = async (
    run: () => ReturnType<typeof send>,
    status: number,
    field?: string,
    code?: string,
  ) => {
    const before = await historyCount(ctx.database);
    const res = await run();
    expect(res.statusCode, res.body).toBe(status);
    if (field) expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    if (code) expect(res.json().code).toBe(code);
    expect(await historyCount(ctx.database)).toBe(before);
    return res;
  };

  beforeAll(async () => {
    const db = ctx.database;
    who.coordinator = await loginAs(t.app, db, { role: 'coordinator' });
    who.shanghai = await loginAs(t.app, db, { role: 'donor-editor', orgCode: '310000' });
    who.beijing = await loginAs(t.app, db, { role: 'donor-editor', orgCode: '110000' });
    who.hotan = await loginAs(t.app, db, { role: 'recipient-editor', areaCode: '653200' });
    who.auditor = await loginAs(t.app, db, { role: 'auditor' });
  });

  describe('companies', () => {
    it('records a company for its own donor, with an ETag and a history entry', async () => {
      const before = await historyCount(ctx.database);
      const res = await send('POST', '/api/companies', who.shanghai, company());
      expect(res.statusCode, res.body).toBe(201);
      const body = res.json();
      expect(res.headers.etag).toBe('"1"');
      expect(body).toMatchObject({
        donor: { code: '310000', nameEn: 'Shanghai' },
        area: { code: '653130', nameEn: 'Bachu County' },
        investmentArrivedFen: 60_000_000,
        publishedAt: null,
        can: { update: true, openCase: true, history: true },
        cases: { total: 0, open: 0, late: 0 },
      });
      expect(await historyCount(ctx.database)).toBe(before + 1);
    });

    it('refuses an invalid credit code naming the field (Chinese text), nothing saved', async () => {
      const bad = company({ creditCode: '91653200MA00000019' });
      const res = await expectRefused(
        () => send('POST', '/api/companies', who.shanghai, bad),
        422,
        'creditCode',
        'company.creditCode',
      );
      expect(res.json().detail).toContain('统一社会信用代码');
      await expectRefused(
        () => send('POST', '/api/companies', who.shanghai, company({ creditCode: 'ABC' })),
        422,
        'creditCode',
      );
    });

    it('refuses a credit code registered twice, more local hires than jobs, negative money', async () => {
      const first = company();
      expect((await send('POST', '/api/companies', who.coordinator, first)).statusCode).toBe(201);
      await expectRefused(
        () =>
          send('POST', '/api/companies', who.coordinator, {
            ...company(),
            creditCode: first.creditCode.toLowerCase(),
          }),
        409,
        'creditCode',
        'company.creditCodeTaken',
      );
      await expectRefused(
        () => send('POST', '/api/companies', who.coordinator, company({ localHires: 301 })),
        422,
        'localHires',
      );
      await expectRefused(
        () =>
          send('POST', '/api/companies', who.coordinator, company({ investmentArrivedFen: -1 })),
        400,
        'body.investmentArrivedFen',
      );
    });

    it("hides another donor's unpublished company by every route, shows a published one", async () => {
      const hidden = (await send('POST', '/api/companies', who.shanghai, company())).json();
      const shown = (
        await send('POST', '/api/companies', who.shanghai, company({ published: true }))
      ).json();
      const caseRes = await send('POST', `/api/companies/${hidden.id}/cases`, who.shanghai, {
        category: 'land',
        description: '用地审批',
      });
      expect(caseRes.statusCode, caseRes.body).toBe(201);
      expect((await send('GET', `/api/companies/${hidden.id}`, who.beijing)).statusCode).toBe(404);
      expect((await send('GET', `/api/companies/${shown.id}`, who.beijing)).statusCode).toBe(200);
      expect(
        (await send('GET', `/api/company-cases/${caseRes.json().id}`, who.beijing)).statusCode,
      ).toBe(404);
      const list = (await send('GET', '/api/companies?limit=500', who.beijing)).json();
      const ids = list.items.map((c: { id: number }) => c.id);
      expect(ids).toContain(shown.id);
      expect(ids).not.toContain(hidden.id);
      const board = (await send('GET', '/api/company-cases?limit=500', who.beijing)).json();
      expect(board.items.map((c: { id: number }) => c.id)).not.toContain(caseRes.json().id);
      const times = (await send('GET', '/api/company-cases/times?by=donor', who.beijing)).json();
      expect(times.rows.find((r: { key: string }) => r.key === '310000')).toBeUndefined();
      // Its own donor, the programme office, auditors and Bachu's... not Hotan's recipient editor.
      for (const cookie of [who.shanghai, who.coordinator, who.auditor]) {
        expect((await send('GET', `/api/companies/${hidden.id}`, cookie)).statusCode).toBe(200);
      }
      expect((await send('GET', `/api/companies/${hidden.id}`, who.hotan)).statusCode).toBe(404);
      // Writes by Beijing: 403 for both, nothing changed.
      for (const id of [hidden.id, shown.id]) {
        await expectRefused(
          () => send('PATCH', `/api/companies/${id}`, who.beijing, { name: '改名' }),
          403,
        );
        await expectRefused(
          () =>
            send('POST', `/api/companies/${id}/cases`, who.beijing, {
              category: 'land',
              description: 'x',
            }),
          403,
        );
      }
      await expectRefused(
        () => send('POST', '/api/companies', who.beijing, company({ donor: '310000' })),
        403,
      );
      await expectRefused(
        () =>
          send('POST', '/api/companies', who.hotan, company({ donor: '110000', area: '653201' })),
        403,
      );
      const history = await send('GET', `/api/companies/${hidden.id}/history`, who.shanghai);
      expect(history.statusCode).toBe(200);
      expect(history.json().items.map((e: { entityType: string }) => e.entityType)).toEqual([
        'company-case',
        'company',
      ]);
      expect(
        (await send('GET', `/api/companies/${shown.id}/history`, who.beijing)).statusCode,
      ).toBe(403);
    });

    it('changes a company with If-Match, 409 on a stale version; publishes it', async () => {
      const created = (await send('POST', '/api/companies', who.shanghai, company())).json();
      const ok = await send(
        'PATCH',
        `/api/companies/${created.id}`,
        who.shanghai,
        { investmentArrivedFen: 90_000_000, published: true },
        { 'if-match': '"1"' },
      );
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.headers.etag).toBe('"2"');
      expect(ok.json().publishedAt).not.toBeNull();
      await expectRefused(
        () =>
          send(
            'PATCH',
            `/api/companies/${created.id}`,
            who.shanghai,
            { name: 'x' },
            {
              'if-match': '"1"',
            },
          ),
        409,
        'version',
      );
      await expectRefused(
        () =>
          send('PATCH', `/api/companies/${created.id}`, who.shanghai, {
            creditCode: '91653200MA00000019',
          }),
        422,
        'creditCode',
      );
    });

    it('assigns chief service officers over time; the earlier one ends the day before', async () => {
      const created = (await send('POST', '/api/companies', who.shanghai, company())).json();
      const url = `/api/companies/${created.id}/officers`;
      const first = await send('POST', url, who.shanghai, { name: '张伟', startOn: '2025-06-01' });
      expect(first.statusCode, first.body).toBe(200);
      const second = await send('POST', url, who.shanghai, {
        name: '李娜',
        contact: '0903-1234567',
        startOn: '2026-01-01',
      });
      expect(second.json().officers).toMatchObject([
        { name: '李娜', startOn: '2026-01-01', endOn: null },
        { name: '张伟', startOn: '2025-06-01', endOn: '2025-12-31' },
      ]);
      expect(second.json().officer.name).toBe('李娜');
      await expectRefused(
        () => send('POST', url, who.shanghai, { name: '王', startOn: '2025-12-01' }),
        422,
        'startOn',
      );
      await expectRefused(
        () => send('POST', url, who.beijing, { name: '王', startOn: '2027-01-01' }),
        403,
      );
    });
  });

  describe('cases', () => {
    let companyId = 0;
    beforeAll(async () => {
      const res = await send('POST', '/api/companies', who.shanghai, company());
      companyId = res.json().id;
      await send('POST', `/api/companies/${companyId}/officers`, who.shanghai, {
        name: '首席服务官甲',
        startOn: '2025-01-01',
      });
    });
    const open = async (over: object = {}) => {
      const res = await send('POST', `/api/companies/${companyId}/cases`, who.shanghai, {
        category: 'permits',
        description: '办理排污许可',
        ...over,
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };

    it('never closes or resolves a case without a response; rejects only with a reason', async () => {
      const c = await open();
      expect(c).toMatchObject({ status: 'open', officer: { name: '首席服务官甲' } });
      expect(c.can.moveTo).toEqual(['in_progress', 'rejected']);
      await send('POST', `/api/company-cases/${c.id}/transitions`, who.shanghai, {
        to: 'in_progress',
      });
      for (const to of ['resolved']) {
        await expectRefused(
          () => send('POST', `/api/company-cases/${c.id}/transitions`, who.shanghai, { to }),
          409,
          'to',
          'companyCase.noResponse',
        );
      }
      const other = await open();
      await expectRefused(
        () =>
          send('POST', `/api/company-cases/${other.id}/transitions`, who.shanghai, {
            to: 'closed',
          }),
        409,
        'to',
        'companyCase.badMove',
      );
      await expectRefused(
        () =>
          send('POST', `/api/company-cases/${other.id}/transitions`, who.shanghai, {
            to: 'rejected',
            reason: ' ',
          }),
        422,
        'reason',
        'companyCase.rejectReason',
      );
      const rejected = await send(
        'POST',
        `/api/company-cases/${other.id}/transitions`,
        who.shanghai,
        { to: 'rejected', reason: '不属于服务范围' },
      );
      expect(rejected.json()).toMatchObject({
        status: 'rejected',
        rejectionReason: '不属于服务范围',
      });
      await expectRefused(
        () =>
          send('POST', `/api/company-cases/${other.id}/responses`, who.shanghai, {
            text: '补充',
            responder: '甲',
          }),
        409,
        'status',
      );
    });

    it('responds, resolves and closes, timing it in working days; If-Match guards', async () => {
      // Opened on Thursday 2026-12-03 (Beijing time), answered on Tuesday 2026-12-08.
      const c = await open({ openedAt: '2026-12-03T02:00:00Z' });
      await expectRefused(
        () =>
          send('POST', `/api/company-cases/${c.id}/responses`, who.shanghai, {
            text: '早于诉求',
            responder: '甲',
            respondedAt: '2026-12-01T02:00:00Z',
          }),
        422,
        'respondedAt',
      );
      const answered = await send(
        'POST',
        `/api/company-cases/${c.id}/responses`,
        who.shanghai,
        { text: '已协调环保局', responder: '首席服务官甲', respondedAt: '2026-12-08T03:00:00Z' },
        { 'if-match': '"1"' },
      );
      expect(answered.statusCode, answered.body).toBe(200);
      expect(answered.json()).toMatchObject({
        status: 'in_progress',
        responseWorkingDays: 3,
        late: false,
        responses: [{ text: '已协调环保局', responder: '首席服务官甲' }],
      });
      await expectRefused(
        () =>
          send(
            'POST',
            `/api/company-cases/${c.id}/transitions`,
            who.shanghai,
            { to: 'resolved' },
            { 'if-match': '"1"' },
          ),
        409,
        'version',
      );
      const resolved = await send('POST', `/api/company-cases/${c.id}/transitions`, who.shanghai, {
        to: 'resolved',
      });
      expect(resolved.json().status).toBe('resolved');
      expect(resolved.json().resolvedAt).not.toBeNull();
      const closed = await send('POST', `/api/company-cases/${c.id}/transitions`, who.shanghai, {
        to: 'closed',
      });
      expect(closed.json()).toMatchObject({
        status: 'closed',
        can: { respond: false, moveTo: [] },
      });
      await expectRefused(
        () =>
          send('POST', `/api/company-cases/${c.id}/transitions`, who.beijing, {
            to: 'in_progress',
          }),
        403,
      );
    });

    it('shows an unanswered case as late after N working days, on the board and in the times', async () => {
      const late = await open({ openedAt: new Date(Date.now() - 20 * 86_400_000).toISOString() });
      const fresh = await open();
      expect(late.late).toBe(true);
      expect(fresh.late).toBe(false);
      const board = (
        await send('GET', `/api/company-cases?late=true&company=${companyId}`, who.shanghai)
      ).json();
      expect(board.items.map((c: { id: number }) => c.id)).toEqual([late.id]);
      expect(board.deadlineWorkingDays).toBe(3);
      const detail = (await send('GET', `/api/companies/${companyId}`, who.shanghai)).json();
      expect(detail.cases.late).toBe(1);
      const times = (
        await send('GET', '/api/company-cases/times?by=officer&donor=310000', who.shanghai)
      ).json();
      const row = times.rows.find((r: { name: string }) => r.name === '首席服务官甲');
      expect(row).toMatchObject({ late: 1, responded: 1, avgResponseWorkingDays: 3 });
      // A longer deadline (programme office only) makes it on time.
      await expectRefused(
        () => send('PUT', '/api/company-cases/settings', who.shanghai, { responseWorkingDays: 30 }),
        403,
      );
      const set = await send('PUT', '/api/company-cases/settings', who.coordinator, {
        responseWorkingDays: 30,
      });
      expect(set.statusCode).toBe(200);
      expect((await send('GET', `/api/company-cases/${late.id}`, who.shanghai)).json().late).toBe(
        false,
      );
      await send('PUT', '/api/company-cases/settings', who.coordinator, { responseWorkingDays: 3 });
    });
  });
});
