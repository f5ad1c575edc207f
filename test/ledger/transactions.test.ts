import { beforeAll, expect, it } from 'vitest';
import { expectHistoryGrowth, useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { insertProject } from '../support/factories.js';
import { historyHead, rowCount } from './fixtures.js';

describeEachDatabase('fund ledger API', (ctx) => {
  const t = useApp(ctx);
  let coordinator = '';
  let shanghai = '';
  let beijing = '';
  let kashgarRecipient = '';
  const url = (code: string) => `/api/projects/${code}/transactions`;
  const post = (code: string, cookie: string, payload: object) =>
    t.app.inject({ method: 'POST', url: url(code), headers: { cookie }, payload });
  const valid = { type: 'commitment', valueFen: 1_000_000, date: '2025-03-01', planned: false };

  beforeAll(async () => {
    const db = ctx.database.db;
    await insertProject(db, { code: 'SH-L-1' });
    await insertProject(db, { code: 'SH-L-CANCELLED', stage: 'cancelled' });
    await insertProject(db, { code: 'SH-L-PUB', published: true });
    await insertProject(db, {
      code: 'SHBJ-L',
      donor: [
        { org: '310000', shareBp: 6000 },
        { org: '110000', shareBp: 4000 },
      ],
    });
    coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    shanghai = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '310000' });
    beijing = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '110000' });
    kashgarRecipient = await loginAs(t.app, ctx.database, {
      role: 'recipient-editor',
      areaCode: '653100',
    });
  });

  it('records a transaction (201, year from the date, one history entry) and lists it', async () => {
    const res = await expectHistoryGrowth(ctx.database, 1, () =>
      post('SH-L-1', shanghai, {
        ...valid,
        provider: '310000',
        receiver: '310000-HQ',
        note: '第一批',
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      project: 'SH-L-1',
      type: 'commitment',
      planned: false,
      valueFen: 1_000_000,
      date: '2025-03-01',
      year: 2025,
      provider: '310000',
      receiver: '310000-HQ',
      note: '第一批',
    });
    expect(created.id).toBeGreaterThan(0);
    expect(created.createdBy).toMatch(/^user:/);

    const planned = await post('SH-L-1', coordinator, {
      type: 'arrival',
      valueFen: 500,
      date: '2026-01-15',
      planned: true,
    });
    expect(planned.statusCode, planned.body).toBe(201);
    const all = (await t.app.inject({ url: url('SH-L-1'), headers: { cookie: shanghai } })).json();
    expect(all.items.map((i: { type: string }) => i.type)).toEqual(['commitment', 'arrival']);
    const filtered = async (q: string) =>
      (await t.app.inject({ url: `${url('SH-L-1')}?${q}`, headers: { cookie: shanghai } })).json()
        .total;
    expect(await filtered('planned=true')).toBe(1);
    expect(await filtered('type=commitment&planned=false')).toBe(1);
    expect(await filtered('year=2026')).toBe(1);
    expect(await filtered('year=2024')).toBe(0);
  });

  it('accepts inconsistent but possible data: a disbursement with no commitment', async () => {
    await insertProject(ctx.database.db, { code: 'SH-L-ODD' });
    const res = await post('SH-L-ODD', shanghai, { ...valid, type: 'disbursement' });
    expect(res.statusCode).toBe(201);
  });

  it('refuses bad input and changes nothing', async () => {
    const cases: Array<{ code?: string; body: object; status: number; field: string }> = [
      { body: { ...valid, valueFen: -1 }, status: 400, field: 'body.valueFen' },
      { body: { ...valid, valueFen: 10.5 }, status: 400, field: 'body.valueFen' },
      { body: { ...valid, valueFen: '100' }, status: 400, field: 'body.valueFen' },
      { body: { ...valid, type: 'pledge' }, status: 400, field: 'body.type' },
      { body: { ...valid, date: '2025-02-30' }, status: 400, field: 'body.date' },
      {
        body: { type: 'arrival', valueFen: 1, date: '2025-01-01' },
        status: 400,
        field: 'body.planned',
      },
      { body: { ...valid, provider: '990000' }, status: 422, field: 'provider' },
      { body: { ...valid, receiver: 'nobody-org' }, status: 422, field: 'receiver' },
      { code: 'SH-L-CANCELLED', body: valid, status: 409, field: 'project' },
    ];
    const before = {
      rows: await rowCount(ctx.database.db, 'fundTransactions'),
      head: await historyHead(ctx.database.db),
    };
    for (const c of cases) {
      const res = await post(c.code ?? 'SH-L-1', shanghai, c.body);
      expect(res.statusCode, `${JSON.stringify(c.body)} → ${res.body}`).toBe(c.status);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(c.field);
    }
    expect(await rowCount(ctx.database.db, 'fundTransactions')).toBe(before.rows);
    expect(await historyHead(ctx.database.db)).toEqual(before.head);
  });

  it('refuses a donor editor on another donor’s project, and on a co-funded one (403), changing nothing', async () => {
    const before = await rowCount(ctx.database.db, 'fundTransactions');
    for (const code of ['SH-L-PUB', 'SHBJ-L']) {
      const res = await post(code, beijing, valid);
      expect(res.statusCode, res.body).toBe(403);
    }
    // Another donor's unpublished project: answered as a missing one (issue 12 defect 5).
    const unseen = await post('SH-L-1', beijing, valid);
    expect(unseen.statusCode, unseen.body).toBe(404);
    expect(unseen.json().code).toBe('project.notFound');
    expect((await post('SHBJ-L', shanghai, valid)).statusCode).toBe(403);
    expect((await post('SHBJ-L', coordinator, valid)).statusCode).toBe(201);
    expect(await rowCount(ctx.database.db, 'fundTransactions')).toBe(before + 1);
    expect((await post('NO-SUCH', coordinator, valid)).statusCode).toBe(404);
  });

  it('lets only those who see the project read its ledger (404 otherwise)', async () => {
    const get = (code: string, cookie?: string) =>
      t.app.inject({ url: url(code), ...(cookie ? { headers: { cookie } } : {}) });
    expect((await get('SH-L-1', beijing)).statusCode).toBe(404);
    expect((await get('SH-L-1')).statusCode).toBe(404);
    expect((await get('SH-L-1', kashgarRecipient)).statusCode).toBe(200); // Bachu lies in Kashgar
    expect((await get('SHBJ-L', beijing)).statusCode).toBe(200); // one of its donors
    expect((await get('SH-L-PUB')).statusCode).toBe(200); // published: anyone
    expect((await get('SH-L-PUB', beijing)).statusCode).toBe(200);
    const hotan = await loginAs(t.app, ctx.database, {
      role: 'recipient-editor',
      areaCode: '653200',
    });
    expect((await get('SH-L-1', hotan)).statusCode).toBe(404);
    const auditor = await loginAs(t.app, ctx.database, { role: 'auditor' });
    expect((await get('SH-L-1', auditor)).statusCode).toBe(200);
  });
});
