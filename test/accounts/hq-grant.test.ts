/**
 * Decision 0014: a donor editor whose grant names a frontline headquarters (110000-HQ) acts for
 * the headquarters' donor (Beijing): its projects, ledger, plans and rules, not another donor's.
 */
import { beforeAll, expect, it } from 'vitest';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { buildProjectInput, insertProject } from '../support/factories.js';

describeEachDatabase('a frontline HQ’s donor editor', (ctx) => {
  const t = useApp(ctx);
  let hq = '';
  let code = '';

  beforeAll(async () => {
    await insertProject(ctx.database, { code: 'HQ-SH-1', donor: '310000' });
    hq = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '110000-HQ' });
  });

  it('creates a project for its donor and records its funds', async () => {
    const body = buildProjectInput({ donor: '110000' });
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/projects',
      headers: { cookie: hq },
      payload: body,
    });
    expect(created.statusCode, created.body).toBe(201);
    code = created.json().code;
    const recorded = await t.app.inject({
      method: 'POST',
      url: `/api/projects/${code}/transactions`,
      headers: { cookie: hq },
      payload: { type: 'commitment', valueFen: 100_00, date: '2024-04-01', planned: false },
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
  });

  it('sees its donor’s unpublished projects in the registry, not another donor’s', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/projects?limit=100',
      headers: { cookie: hq },
    });
    const codes = res.json().items.map((p: { code: string }) => p.code);
    expect(codes).toContain(code);
    expect(codes).not.toContain('HQ-SH-1');
  });

  it('reads its donor’s rules, and is refused another donor’s and another donor’s project', async () => {
    const own = await t.app.inject({
      method: 'GET',
      url: '/api/compliance?programme=xinjiang&year=2024&basis=actual&donor=110000',
      headers: { cookie: hq },
    });
    expect(own.statusCode, own.body).toBe(200);
    const other = await t.app.inject({
      method: 'GET',
      url: '/api/compliance?programme=xinjiang&year=2024&basis=actual&donor=310000',
      headers: { cookie: hq },
    });
    expect(other.statusCode).toBe(403);
    const shanghai = await t.app.inject({
      method: 'POST',
      url: '/api/projects',
      headers: { cookie: hq },
      payload: buildProjectInput({ donor: '310000' }),
    });
    expect(shanghai.statusCode).toBe(403);
  });
});
