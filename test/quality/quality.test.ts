import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import { RULES } from '../../src/domain/data-quality.js';
import type { App } from '../../src/http/types.js';
import { createTransaction } from '../../src/modules/ledger/service.js';
import { projectionsNamed, rebuild, verifyProjections } from '../../src/modules/maintenance.js';
import { loadProjectFacts } from '../../src/modules/quality/facts.js';
import { loginAs } from '../support/accounts.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';
import { createTestProject, nextProjectCode } from '../support/factories.js';

interface Item {
  rule: string;
  severity: string;
  project: { code: string };
}

describeEachDatabase('data-quality findings', (ctx) => {
  let app: App;
  let badShares: string;
  let overDisbursed: string;
  let clean: string;
  let shanghai: string;
  let beijing: string;

  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
    const system = { actor: systemActor('test'), db: ctx.database.db };
    const shanghaiProject = async (published: boolean) =>
      (
        await createTestProject(ctx.database, {
          code: nextProjectCode('QUAL'),
          donor: '310000',
          published,
          locations: [
            { area: '653130', shareBp: 6000 },
            { area: '653100', shareBp: 4000 },
          ],
        })
      ).code;
    badShares = await shanghaiProject(false);
    // The API refuses shares that do not add up to 100%: break them behind its back.
    const { id } = await ctx.database.db
      .selectFrom('projects')
      .select('id')
      .where('code', '=', badShares)
      .executeTakeFirstOrThrow();
    await ctx.database.db
      .updateTable('projectLocations')
      .set({ shareBp: 3000 })
      .where('projectId', '=', id)
      .where('areaCode', '=', '653100')
      .execute();
    // A write outside shanhai leaves the stored findings behind, which the check sees; the
    // operator's rebuild (`shanhai rebuild`) brings them up to date.
    const behind = await verifyProjections(ctx.database.db);
    expect(behind.map((d) => [d.projection, d.expected?.rule])).toEqual([
      ['quality-findings', 'location-shares-sum'],
    ]);
    await rebuild(ctx.database.db, projectionsNamed(['quality-findings']));
    overDisbursed = await shanghaiProject(true);
    for (const [type, valueFen] of [
      ['commitment', 100_000],
      ['disbursement', 150_000],
    ] as const) {
      await createTransaction(system, overDisbursed, {
        type,
        valueFen,
        date: '2025-05-01',
        planned: false,
      });
    }
    clean = await shanghaiProject(true);
    shanghai = await loginAs(app, ctx.database, { role: 'donor-editor', orgCode: '310000' });
    beijing = await loginAs(app, ctx.database, { role: 'donor-editor', orgCode: '110000' });
  });
  afterAll(async () => app.close());

  it('publishes the rule catalogue', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/quality/rules' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
  });

  it('loads the facts of many projects at once, ledger summed', async () => {
    const rows = await ctx.database.db
      .selectFrom('projects')
      .select('id')
      .where('code', 'in', [badShares, overDisbursed])
      .execute();
    const facts = await loadProjectFacts(
      ctx.database.db,
      rows.map((r) => r.id),
    );
    const over = facts.find((f) => f.code === overDisbursed);
    expect(over).toMatchObject({
      committedFen: 100_000,
      disbursedFen: 150_000,
      lastDisbursementDate: '2025-05-01',
    });
    const bad = facts.find((f) => f.code === badShares);
    expect(bad?.locations.reduce((s, l) => s + l.shareBp, 0)).toBe(9000);
  });

  it('flags shares that do not add up (critical) on the project, for whoever may see it', async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/projects/${badShares}/quality`,
      headers: { cookie: shanghai },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().findings).toContainEqual(
      expect.objectContaining({
        rule: 'location-shares-sum',
        severity: 'critical',
        field: 'locations',
      }),
    );
    expect(res.json().counts.bySeverity.critical).toBe(1);
    const hidden = await app.inject({
      method: 'GET',
      url: `/api/projects/${badShares}/quality`,
      headers: { cookie: beijing },
    });
    expect(hidden.statusCode).toBe(404);
    expect(
      (await app.inject({ method: 'GET', url: `/api/projects/${badShares}/quality` })).statusCode,
    ).toBe(404);
  });

  it('flags more disbursed than committed, which the ledger accepts', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/projects/${overDisbursed}/quality` });
    expect(res.statusCode).toBe(200);
    expect(res.json().findings).toContainEqual(
      expect.objectContaining({ rule: 'disbursed-within-committed', severity: 'warning' }),
    );
    const ok = await app.inject({ method: 'GET', url: `/api/projects/${clean}/quality` });
    expect(ok.json().findings).toEqual([]);
  });

  it("lists findings programme-wide, without Shanghai's unpublished project for Beijing", async () => {
    const list = async (cookie: string | undefined, query = '') => {
      const res = await app.inject({
        method: 'GET',
        url: `/api/quality?programme=xinjiang&limit=500${query}`,
        headers: cookie ? { cookie } : {},
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as {
        items: Item[];
        total: number;
        counts: { bySeverity: Record<string, number>; byRule: Record<string, number> };
      };
    };
    const ofShanghai = await list(shanghai);
    const codes = (l: { items: Item[] }) => l.items.map((i) => i.project.code);
    expect(codes(ofShanghai)).toContain(badShares);
    expect(codes(ofShanghai)).toContain(overDisbursed);
    expect(ofShanghai.items[0]?.severity).toBe('critical');
    expect(ofShanghai.counts.byRule['location-shares-sum']).toBe(1);
    for (const l of [await list(beijing), await list(undefined)]) {
      expect(codes(l)).not.toContain(badShares);
      expect(codes(l)).toContain(overDisbursed);
      expect(l.counts.byRule['location-shares-sum'] ?? 0).toBe(0);
    }
    const critical = await list(shanghai, '&severity=critical');
    expect(critical.items.every((i) => i.severity === 'critical')).toBe(true);
    expect(critical.total).toBe(1);
    const byRule = await list(shanghai, '&rule=disbursed-within-committed&donor=310000');
    expect(codes(byRule)).toEqual([overDisbursed]);
    const unknown = await app.inject({ method: 'GET', url: '/api/quality?rule=nope' });
    expect(unknown.statusCode).toBe(422);
  });
});
