import { beforeAll, expect, it } from 'vitest';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { insertProject, insertTransaction } from '../support/factories.js';

const LIST = '/api/compliance?programme=xinjiang&year=2024&basis=actual';
const detail = (donor: string) =>
  `/api/compliance/${donor}?programme=xinjiang&year=2024&basis=actual`;

/** Who may see which donor's two 80% rules: a donor never sees another donor's totals. */
describeEachDatabase('two 80% rules access', (ctx) => {
  const t = useApp(ctx);
  const get = (url: string, cookie?: string) =>
    t.app.inject({ url, headers: cookie ? { cookie } : {} });
  const codes = (body: { items: Array<{ donor: { code: string } }> }) =>
    body.items.map((i) => i.donor.code);

  beforeAll(async () => {
    const db = ctx.database.db;
    await insertProject(db, {
      code: 'SH-1',
      donor: '310000',
      locations: [{ area: '653130', shareBp: 10000 }],
    });
    await insertTransaction(db, {
      projectCode: 'SH-1',
      type: 'disbursement',
      valueFen: 12345,
      date: '2024-05-05',
    });
  });

  it('asks anonymous callers to sign in (401)', async () => {
    expect((await get(LIST)).statusCode).toBe(401);
    expect((await get(detail('110000'))).statusCode).toBe(401);
  });

  it('shows a donor editor its own donor only, and refuses another’s (403)', async () => {
    const beijing = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '110000' });
    const list = await get(LIST, beijing);
    expect(list.statusCode, list.body).toBe(200);
    expect(codes(list.json())).toEqual(['110000']);
    expect(list.body).not.toContain('12345');
    expect((await get(`${LIST}&donor=110000`, beijing)).statusCode).toBe(200);
    const other = await get(`${LIST}&donor=310000`, beijing);
    expect(other.statusCode).toBe(403);
    expect(other.json().type).toBe('/problems/forbidden');
    expect((await get(detail('310000'), beijing)).statusCode).toBe(403);
    expect((await get(detail('110000'), beijing)).statusCode).toBe(200);
  });

  it('lets a province’s editor see the donor cities inside it (Guangdong: Shenzhen)', async () => {
    const guangdong = await loginAs(t.app, ctx.database, {
      role: 'donor-editor',
      orgCode: '440000',
    });
    expect(codes((await get(LIST, guangdong)).json())).toEqual(['440000', '440300']);
    const shenzhen = await loginAs(t.app, ctx.database, {
      role: 'donor-editor',
      orgCode: '440300',
    });
    expect(codes((await get(LIST, shenzhen)).json())).toEqual(['440300']);
    expect((await get(detail('440000'), shenzhen)).statusCode).toBe(403);
  });

  it('shows coordinators and auditors every donor', async () => {
    for (const role of ['coordinator', 'auditor'] as const) {
      const cookie = await loginAs(t.app, ctx.database, { role });
      const list = await get(LIST, cookie);
      expect(list.statusCode).toBe(200);
      expect(list.json().items).toHaveLength(19);
      const sh = await get(detail('310000'), cookie);
      expect(sh.json().totalFen).toBe(12345);
    }
  });

  it('refuses recipient editors and viewers for now (403)', async () => {
    for (const grant of [
      { role: 'recipient-editor', areaCode: '653130' },
      { role: 'viewer' },
    ] as const) {
      const cookie = await loginAs(t.app, ctx.database, grant);
      expect((await get(LIST, cookie)).statusCode).toBe(403);
      expect((await get(detail('310000'), cookie)).statusCode).toBe(403);
    }
  });
});
