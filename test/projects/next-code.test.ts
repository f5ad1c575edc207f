import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { useApp } from '../modules/support.js';
import { loginAs } from '../support/accounts.js';
import { describeEachDatabase } from '../support/db.js';
import { buildProjectInput, createTestProject } from '../support/factories.js';

describeEachDatabase('project codes: the next one suggested, a taken one refused', (ctx) => {
  const t = useApp(ctx);
  let beijing = '';
  let shanghai = '';
  beforeAll(async () => {
    beijing = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '110000' });
    shanghai = await loginAs(t.app, ctx.database, { role: 'donor-editor', orgCode: '310000' });
  });
  const next = (cookie: string | undefined, qs: string) =>
    t.app.inject({
      url: `/api/project-codes/next?${qs}`,
      headers: cookie ? { cookie } : {},
    });

  it('suggests XJ-<year>-BJ-0001, then one past the highest taken', async () => {
    const first = await next(beijing, 'programme=xinjiang&donor=110000&year=2031');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ code: 'XJ-2031-BJ-0001', prefix: 'XJ-2031-BJ-' });
    await createTestProject(ctx.database, { code: 'XJ-2031-BJ-0001' });
    await createTestProject(ctx.database, { code: 'XJ-2031-BJ-0007' });
    // Another donor's or another year's codes, and a code that merely starts alike, do not count.
    await createTestProject(ctx.database, { code: 'XJ-2031-BJ-0099-B' });
    await createTestProject(ctx.database, { code: 'XJ-2032-BJ-0050' });
    const after = await next(beijing, 'programme=xinjiang&donor=110000&year=2031');
    expect(after.json().code).toBe('XJ-2031-BJ-0008');
    // The seed's three-digit sequences keep their width.
    await createTestProject(ctx.database, { code: 'XJ-2033-BJ-002' });
    expect((await next(beijing, 'programme=xinjiang&donor=110000&year=2033')).json().code).toBe(
      'XJ-2033-BJ-003',
    );
  });

  it('reads exactly the codes that start with the prefix (the index range’s edges)', async () => {
    // Beside the prefix in code order: before it (`BI`, no dash), after it (`.`, `_`, `0` sort
    // after `-`), another case, and the highest character a code may hold after the prefix.
    for (const code of [
      'XJ-2035-BI-0900',
      'XJ-2035-BJ',
      'XJ-2035-BJ.0900',
      'XJ-2035-BJ_0900',
      'XJ-2035-BJ0900',
      'xj-2035-bj-0900',
      'XJ-2035-BJ-0005',
      'XJ-2035-BJ-z',
      'XJ-2035-BJ-9',
    ]) {
      await createTestProject(ctx.database, { code });
    }
    const res = await next(beijing, 'programme=xinjiang&donor=110000&year=2035');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().code).toBe('XJ-2035-BJ-0010');
  });

  it('reads the prefix from an index whatever the database collation (migration 0017)', async () => {
    const db = ctx.database.db;
    if (ctx.database.engine === 'postgres') {
      // A byte-wise (text_pattern_ops) index serves LIKE 'prefix%' as a range under any collation.
      const { rows } = await sql<{ indexdef: string }>`select indexdef from pg_indexes
        where tablename = 'projects' and indexname = 'projects_code_prefix'`.execute(db);
      expect(rows.map((r) => r.indexdef)).toEqual([
        expect.stringMatching(/\(code text_pattern_ops\)/),
      ]);
    } else {
      const { rows } = await sql<{ detail: string }>`explain query plan select code from projects
        where code >= 'XJ-2031-BJ-' and code < 'XJ-2031-BJ.'`.execute(db);
      expect(rows.map((r) => r.detail).join(' ')).toMatch(/USING (COVERING )?INDEX/);
    }
  });

  it('names a donor city by its initials and defaults to this year', async () => {
    const coordinator = await loginAs(t.app, ctx.database, { role: 'coordinator' });
    const res = await next(coordinator, 'programme=xinjiang&donor=440300');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().code).toBe(`XJ-${new Date().getUTCFullYear()}-SZ-0001`);
  });

  it('is only for those who may create the donor’s projects; unknown codes are 422', async () => {
    expect((await next(undefined, 'programme=xinjiang&donor=110000')).statusCode).toBe(401);
    expect((await next(shanghai, 'programme=xinjiang&donor=110000')).statusCode).toBe(403);
    const unknown = await next(beijing, 'programme=nowhere&donor=110000');
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].field).toMatch(/programme/);
  });

  it('refuses a taken code with 409 on the code field, also when two creations race', async () => {
    const input = buildProjectInput({ code: 'XJ-2034-BJ-0001' });
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/projects',
      headers: { cookie: beijing },
      payload: input,
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/projects',
      headers: { cookie: beijing },
      payload: input,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors).toEqual([
      expect.objectContaining({ field: expect.stringMatching(/code$/) }),
    ]);

    // Two at once: one wins, the other is a 409 (the unique index), never a 500.
    const results = await Promise.allSettled([
      createTestProject(ctx.database, { code: 'XJ-2034-BJ-0002' }),
      createTestProject(ctx.database, { code: 'XJ-2034-BJ-0002' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected');
    expect((failed as PromiseRejectedResult).reason).toMatchObject({ status: 409 });
  });
});
