import { expect, it, vi } from 'vitest';
import { login } from '../../src/modules/accounts/service.js';
import { loadDemoData } from '../../src/seed/demo.js';
import { shanhai as run } from '../support/cli.js';
import { describeEachDatabase } from '../support/db.js';
import { createTestProject } from '../support/factories.js';

/** Runs `shanhai ARGS` as an operator would, against the suite's database (no password set). */
const shanhai = (url: string, args: string[], env: Record<string, string> = {}) =>
  run(url, args, { SHANHAI_PASSWORD: '', ...env });

describeEachDatabase('CLI', (ctx) => {
  // Each case starts `shanhai` as its own process (tsx compiling on start) once or more: seconds
  // each on a quiet machine, many more on a busy CI runner. A slow start is not a failure here.
  vi.setConfig({ testTimeout: 120_000 });
  it('compliance rebuild brings the rules’ parts up to date after a write outside shanhai', async () => {
    const db = ctx.database.db;
    const project = await createTestProject(ctx.database);
    const { id } = await db
      .selectFrom('projects')
      .select('id')
      .where('code', '=', project.code)
      .executeTakeFirstOrThrow();
    await db
      .insertInto('fundTransactions')
      .values({
        projectId: id,
        type: 'disbursement',
        planned: 0,
        valueFen: 777,
        date: '2024-04-01',
        year: 2024,
        createdAt: new Date().toISOString(),
        createdBy: 'sql',
      })
      .execute();
    const parts = () =>
      db.selectFrom('complianceParts').select('amountFen').where('projectId', '=', id).execute();
    expect(await parts()).toEqual([]);
    const r = await shanhai(ctx.url, ['compliance', 'rebuild']);
    expect(r, r.out).toMatchObject({ code: 0 });
    expect(r.out).toMatch(/compliance parts rebuilt for \d+ projects/);
    expect((await parts()).map((p) => Number(p.amountFen))).toEqual([777]);
    // The other projections are still behind (the quality rules see a disbursement with no
    // commitment): the check names them and fails, `rebuild` brings everything up to date.
    const behind = await shanhai(ctx.url, ['verify-projections']);
    expect(behind.code, behind.out).toBe(1);
    expect(behind.out).toMatch(
      /quality-findings project \d+: stored null, expected .*disbursed-within-committed/,
    );
    const all = await shanhai(ctx.url, ['rebuild']);
    expect(all, all.out).toMatchObject({ code: 0 });
    expect(all.out).toMatch(
      /compliance parts, project search, quality findings, project figures, project places, area parts, area money, analytics facts rebuilt/,
    );
    const ok = await shanhai(ctx.url, ['verify-projections']);
    expect(ok, ok.out).toMatchObject({ code: 0 });
    expect(ok.out).toMatch(/projections ok/);
  });

  it('migrate reports an up-to-date database', async () => {
    const r = await shanhai(ctx.url, ['migrate']);
    expect(r).toMatchObject({ code: 0 });
    expect(r.out).toMatch(/up to date/);
  });

  it('user add creates the first administrator, who can then sign in', async () => {
    const r = await shanhai(ctx.url, ['user', 'add', 'Admin', '--role', 'coordinator'], {
      SHANHAI_PASSWORD: 'a strong first password',
    });
    expect(r.out).toMatch(/created user admin \(coordinator\)/);
    const session = await login(
      ctx.database.db,
      {
        username: 'admin',
        password: 'a strong first password',
        ip: '127.0.0.1',
        userAgent: 'test',
      },
      1,
    );
    expect(session.user.username).toBe('admin');
  });

  it('user add refuses a short password, naming it, and creates nothing', async () => {
    const r = await shanhai(
      ctx.url,
      ['user', 'add', 'bj1', '--role', 'donor-editor', '--org', '110000'],
      {
        SHANHAI_PASSWORD: 'short',
      },
    );
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/password/);
    const found = await ctx.database.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'bj1')
      .executeTakeFirst();
    expect(found).toBeUndefined();
  });

  it('user add refuses an unknown role, an unknown organisation and a missing password', async () => {
    expect((await shanhai(ctx.url, ['user', 'add', 'cli-x1', '--role', 'boss'])).out).toMatch(
      /must be one of/,
    );
    const unknownOrg = await shanhai(
      ctx.url,
      ['user', 'add', 'cli-x2', '--role', 'donor-editor', '--org', 'NOPE'],
      {
        SHANHAI_PASSWORD: 'a long enough password',
      },
    );
    expect(unknownOrg.code).toBe(1);
    expect(unknownOrg.out).toMatch(/orgCode/);
    const noPassword = await shanhai(ctx.url, ['user', 'add', 'cli-x3', '--role', 'viewer']);
    expect(noPassword.code).toBe(1);
    expect(noPassword.out).toMatch(/SHANHAI_PASSWORD/);
  });

  it('user set-password replaces the password', async () => {
    const r = await shanhai(ctx.url, ['user', 'set-password', 'admin'], {
      SHANHAI_PASSWORD: 'the second password',
    });
    expect(r.out).toMatch(/password of admin set/);
    const session = await login(
      ctx.database.db,
      { username: 'admin', password: 'the second password', ip: '127.0.0.1', userAgent: 'test' },
      1,
    );
    expect(session.user.username).toBe('admin');
  });

  it('refuses demo mode on a non-loopback address', async () => {
    const r = await shanhai(ctx.url, ['serve', '--demo'], { HOST: '0.0.0.0', PORT: '0' });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/refusing to start: demo mode/);
    const demo = await ctx.database.db
      .selectFrom('users')
      .select('id')
      .where('origin', '=', 'demo')
      .execute();
    expect(demo).toHaveLength(0);
  });

  it('refuses to serve a database holding demo accounts on a non-loopback address', async () => {
    await loadDemoData(ctx.database, { accounts: true });
    const r = await shanhai(ctx.url, ['serve'], { HOST: '0.0.0.0', PORT: '0' });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/holds demo accounts/);
  });
});
