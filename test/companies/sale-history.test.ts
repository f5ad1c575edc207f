import { beforeAll, expect, it } from 'vitest';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';

/**
 * A consumption-aid sale's change history (GET /api/consumption-sales/:id/history): who by name,
 * each changed field typed (money in fen, enumerations as codes the screen translates); read by
 * the programme office, auditors and the sale's donor's editors only; `can.readHistory` says so.
 */
describeEachDatabase('consumption-aid sale history', (ctx) => {
  const t = useApp(ctx);
  const who = { coordinator: '', guangdong: '', beijing: '', auditor: '', viewer: '' };
  const send = (
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    cookie: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({ method, url, headers: { cookie, ...headers }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    const db = ctx.database;
    who.coordinator = await loginAs(t.app, db, { role: 'coordinator' });
    who.guangdong = await loginAs(t.app, db, { role: 'donor-editor', orgCode: '440000' });
    who.beijing = await loginAs(t.app, db, { role: 'donor-editor', orgCode: '110000' });
    who.auditor = await loginAs(t.app, db, { role: 'auditor' });
    who.viewer = await loginAs(t.app, db, { role: 'viewer' });
  });

  it('lists the creation and each change in words, newest first', async () => {
    const created = await send('POST', '/api/consumption-sales', who.guangdong, {
      donor: '440000',
      area: '653121',
      month: '2026-10',
      channel: 'experience-hall',
      productCategory: 'dried-fruit',
      product: '红枣',
      amountFen: 1_000_000,
      quantity: 2,
      unit: '吨',
    });
    expect(created.statusCode, created.body).toBe(201);
    const sale = created.json();
    expect(sale.can).toEqual({ update: true, readHistory: true });
    const patched = await send(
      'PATCH',
      `/api/consumption-sales/${sale.id}`,
      who.guangdong,
      { amountFen: 1_250_000, channel: 'online-platform' },
      { 'if-match': '"1"' },
    );
    expect(patched.statusCode, patched.body).toBe(200);

    const res = await send('GET', `/api/consumption-sales/${sale.id}/history`, who.guangdong);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items;
    expect(items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(items[0].entityType).toBe('consumption-sale');
    expect(items[0].actorName).not.toBeNull();
    expect(items[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'amountFen', kind: 'money', before: 1_000_000, after: 1_250_000 },
        { field: 'channel', kind: 'enum', before: 'experience-hall', after: 'online-platform' },
      ]),
    );
    for (const cookie of [who.coordinator, who.auditor]) {
      const other = await send('GET', `/api/consumption-sales/${sale.id}/history`, cookie);
      expect(other.statusCode).toBe(200);
      expect(other.json().items).toHaveLength(2);
    }
  });

  it('refuses readers who may not read it, and hides an unpublished sale from another donor', async () => {
    const payload = {
      donor: '440000',
      area: '653121',
      month: '2026-09',
      channel: 'canteen-purchase',
      productCategory: 'nuts',
      amountFen: 500,
      quantity: 1,
      unit: '吨',
    };
    const hidden = (await send('POST', '/api/consumption-sales', who.guangdong, payload)).json();
    const shown = (
      await send('POST', '/api/consumption-sales', who.guangdong, { ...payload, published: true })
    ).json();
    const status = async (cookie: string, id: number) =>
      (await send('GET', `/api/consumption-sales/${id}/history`, cookie)).statusCode;
    expect(await status(who.beijing, hidden.id)).toBe(404);
    expect(await status(who.beijing, shown.id)).toBe(403);
    expect(await status(who.viewer, shown.id)).toBe(403);
    expect(await status(who.coordinator, 999_999)).toBe(404);
    const seen = (await send('GET', `/api/consumption-sales/${shown.id}`, who.beijing)).json();
    expect(seen.can).toEqual({ update: false, readHistory: false });
  });
});
