/**
 * The unit of work itself: projections run once at commit over everything touched and write
 * only what differs; a failed use case leaves neither rows, projections nor history; a use case
 * called from another joins its unit; a change nobody touched is caught by the check.
 */
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from 'kysely';
import { expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import { createTransaction } from '../../src/modules/ledger/service.js';
import { verifyProjections } from '../../src/modules/maintenance.js';
import { PROJECTS } from '../../src/modules/projects/aggregate.js';
import { write } from '../../src/modules/write.js';
import { historyHead } from '../ledger/fixtures.js';
import { describeEachDatabase } from '../support/db.js';
import { createTestProject } from '../support/factories.js';

/** Counts the statements per table written (insert / update / delete). */
class Writes implements KyselyPlugin {
  tables: string[] = [];
  transformQuery(args: PluginTransformQueryArgs) {
    if (args.node.kind !== 'SelectQueryNode' && args.node.kind !== 'RawNode') {
      // biome-ignore lint/suspicious/noExplicitAny: reading Kysely's operation nodes loosely
      const node = args.node as any;
      const target = node.into ?? node.table ?? node.from?.froms?.[0];
      const name = target?.table?.identifier?.name ?? target?.node?.table?.identifier?.name;
      if (name) this.tables.push(name);
    }
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs) {
    return args.result;
  }
}

describeEachDatabase('the unit of work', (ctx) => {
  const system = systemActor('test');

  it('writes only the projections a change moves', async () => {
    const project = await createTestProject(ctx.database);
    const writes = new Writes();
    const db = ctx.database.db.withPlugin(writes);
    // A commitment within the budget: no rule part, no finding moves; the figures, the areas'
    // money (decision 0044) and the analytics facts (0051) do.
    await createTransaction({ actor: system, db }, project.code, {
      type: 'commitment',
      valueFen: 1_00,
      date: '2024-04-01',
      planned: false,
    });
    expect(writes.tables.sort()).toEqual([
      'analytics_facts',
      'area_money',
      'fund_transactions',
      'history',
      'project_figures',
    ]);
    writes.tables = [];
    // A disbursement moves the rules' and the areas' parts (and the figures and the analytics
    // facts), nothing else.
    await createTransaction({ actor: system, db }, project.code, {
      type: 'disbursement',
      valueFen: 1_00,
      date: '2024-05-01',
      planned: false,
    });
    expect(writes.tables.sort()).toEqual([
      'analytics_facts',
      'area_parts',
      'compliance_parts',
      'fund_transactions',
      'history',
      'project_figures',
    ]);
  });

  it('leaves nothing behind when the use case fails: rows, projections, history', async () => {
    const project = await createTestProject(ctx.database);
    const head = await historyHead(ctx.database.db);
    await expect(
      createTransaction({ actor: system, db: ctx.database.db }, project.code, {
        type: 'disbursement',
        valueFen: 5_00,
        date: '2024-05-01',
        planned: false,
        provider: 'NO-SUCH-ORG',
      }),
    ).rejects.toThrow(/no organisation/);
    expect(await historyHead(ctx.database.db)).toEqual(head);
    const parts = await ctx.database.db
      .selectFrom('complianceParts as cp')
      .innerJoin('projects as p', 'p.id', 'cp.projectId')
      .select('cp.amountFen')
      .where('p.code', '=', project.code)
      .execute();
    expect(parts).toEqual([]);
  });

  it('runs one commit for use cases called inside another, in order', async () => {
    const project = await createTestProject(ctx.database);
    const head = await historyHead(ctx.database.db);
    await write({ actor: system, db: ctx.database.db }, async (uow) => {
      for (const valueFen of [1_00, 2_00]) {
        await createTransaction(uow.context, project.code, {
          type: 'disbursement',
          valueFen,
          date: '2024-06-01',
          planned: false,
        });
      }
      // Not yet: the projections run when the outer unit commits.
      const stored = await uow.trx
        .selectFrom('complianceParts as cp')
        .innerJoin('projects as p', 'p.id', 'cp.projectId')
        .select('cp.amountFen')
        .where('p.code', '=', project.code)
        .execute();
      expect(stored).toEqual([]);
    });
    const after = await historyHead(ctx.database.db);
    expect(after.lastId).toBe(head.lastId + 2);
    const stored = await ctx.database.db
      .selectFrom('complianceParts as cp')
      .innerJoin('projects as p', 'p.id', 'cp.projectId')
      .select('cp.amountFen')
      .where('p.code', '=', project.code)
      .execute();
    expect(stored.map((r) => Number(r.amountFen))).toEqual([3_00]);
  });

  it('is caught, by the check, when a write forgets to say what it touched', async () => {
    const project = await createTestProject(ctx.database);
    await write({ actor: system, db: ctx.database.db }, async (uow) => {
      await uow.trx
        .updateTable('projects')
        .set({ nameZh: '改名未声明' })
        .where('code', '=', project.code)
        .execute();
      // no uow.touch(PROJECTS, …)
    });
    const differences = await verifyProjections(ctx.database.db);
    expect(differences.map((d) => d.projection)).toContain('project-search');
    // Said, it is kept.
    await write({ actor: system, db: ctx.database.db }, async (uow) => {
      const row = await uow.trx
        .selectFrom('projects')
        .select('id')
        .where('code', '=', project.code)
        .executeTakeFirstOrThrow();
      uow.touch(PROJECTS, row.id);
    });
    expect(await verifyProjections(ctx.database.db)).toEqual([]);
  });
});
