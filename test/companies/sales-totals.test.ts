/**
 * Decision 0065: the sales list's total and the summary by month read the sums kept per
 * programme, donor, area, month and publication (`consumption_sales_totals`, triggers of
 * migration 0037). They must answer exactly as the sales do, for every kind of caller and
 * filter, after creating, changing (donor, area, month, amount, publication) and deleting sales;
 * and the rebuild the migration owes must equal the triggers' sums.
 */
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Actor, systemActor } from '../../src/domain/access.js';
import {
  createSales,
  listSales,
  summarizeSales,
  updateSale,
} from '../../src/modules/consumption/service.js';
import {
  projectionsNamed,
  recordTotalsNamed,
  upgradeDatabase,
  verifyProjections,
} from '../../src/modules/maintenance.js';
import {
  caseTimesTotals,
  salesCategories,
  salesChannels,
  salesTotals,
  trainingTotals,
} from '../../src/modules/record-totals.js';
import { describeEachDatabase } from '../support/db.js';

const SYSTEM = systemActor('test');
const ANONYMOUS: Actor = { kind: 'anonymous' };
const user = (role: string, orgCode: string | null, areaCode: string | null = null): Actor => ({
  kind: 'user',
  userId: 1,
  username: role,
  via: 'session',
  grants: [{ role: role as never, orgCode, areaCode }],
});
const CALLERS: [string, Actor][] = [
  ['coordinator', user('coordinator', null)],
  ['auditor', user('auditor', null)],
  ['donor editor 440000', user('donor-editor', '440000')],
  ['recipient editor 653100', user('recipient-editor', null, '653100')],
  ['viewer', user('viewer', null)],
  ['anonymous', ANONYMOUS],
];
const FILTERS: Record<string, string | undefined>[] = [
  {},
  { donor: '440000' },
  { area: '653100' },
  { area: '653121', donor: '440000' },
  { from: '2025-03', to: '2025-11' },
  { from: '2025-06' },
  { to: '2025-02', area: '650000' },
];
const DONORS = ['440000', '110000', '310000'];
const AREAS = ['653121', '653122', '653222', '654021'];
const CHANNELS = ['experience-hall', 'online-platform', 'canteen-purchase'] as const;

describeEachDatabase('consumption sales: kept sums answer as the sales do', (ctx) => {
  const ids: number[] = [];
  const context = (actor: Actor) => ({ actor, db: ctx.database.db, requestId: null });

  /** Every caller × filter: the list's total and sum, and the summary by month, both ways. */
  async function expectSameAnswers() {
    let compared = 0;
    for (const [name, actor] of CALLERS) {
      for (const f of FILTERS) {
        const q = { ...f, limit: 1, offset: 0 };
        let fast: unknown;
        let slow: unknown;
        try {
          const [a, b] = await Promise.all([
            listSales(context(actor), q),
            listSales(context(actor), q, { summed: false }),
          ]);
          fast = { total: a.total, amountFen: a.amountFen };
          slow = { total: b.total, amountFen: b.amountFen };
        } catch (e) {
          // A caller who may not read sales is refused alike both ways.
          await expect(listSales(context(actor), q, { summed: false })).rejects.toThrow(
            (e as Error).message,
          );
          continue;
        }
        expect(fast, `${name} ${JSON.stringify(f)} list`).toEqual(slow);
        const s = { ...f, by: 'month' as const };
        expect(
          await summarizeSales(context(actor), s),
          `${name} ${JSON.stringify(f)} by month`,
        ).toEqual(await summarizeSales(context(actor), s, { summed: false }));
        compared += 1;
      }
    }
    return compared;
  }

  beforeAll(async () => {
    // Pseudo-random sales over three donors, four areas, 14 months, published or not.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const rows = Array.from({ length: 60 }, () => ({
      programme: 'xinjiang',
      donor: DONORS[next(DONORS.length)] as string,
      area: AREAS[next(AREAS.length)] as string,
      month: `${2024 + next(2)}-${String(1 + next(12)).padStart(2, '0')}`,
      channel: CHANNELS[next(CHANNELS.length)] as (typeof CHANNELS)[number],
      productCategory: 'dried-fruit' as const,
      product: null,
      amountFen: 1 + next(9_000_000),
      quantity: 1,
      unit: '吨',
      note: null,
      published: next(3) === 0,
    }));
    const made = await createSales(context(SYSTEM), rows);
    ids.push(...made.ids);
  });

  it('answers the list total and the summary by month exactly as the sales do', async () => {
    const compared = await expectSameAnswers();
    // Coordinator, auditor, both editors and a viewer read sales: 5 callers × 7 filters.
    expect(compared).toBeGreaterThanOrEqual(5 * FILTERS.length);
    const all = await listSales(context(SYSTEM), { limit: 1, offset: 0 });
    expect(all.total).toBe(60);
    // The sums are fewer rows than the sales, and a published and an unpublished sale of the
    // same key are kept apart.
    const sums = await ctx.database.db
      .selectFrom('consumptionSalesTotals')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(sums.n)).toBeGreaterThan(0);
    expect(await salesTotals.check(ctx.database.db)).toEqual([]);
  });

  it('follows every change of a sale: donor, area, month, amount, publication', async () => {
    const [a, b, c] = ids as [number, number, number];
    await updateSale(context(SYSTEM), a, { donor: '310000', area: '653222', amountFen: 5 });
    await updateSale(context(SYSTEM), b, { month: '2023-12', published: true });
    await updateSale(context(SYSTEM), c, { published: false });
    await updateSale(context(SYSTEM), c, { published: true, amountFen: 123_456_789 });
    expect(await salesTotals.check(ctx.database.db)).toEqual([]);
    await expectSameAnswers();
    // A channel filter is not a key of the sums: read from the sales, still the same answer.
    const q = { channel: 'online-platform' as const, limit: 1, offset: 0 };
    const [x, y] = await Promise.all([
      listSales(context(SYSTEM), q),
      listSales(context(SYSTEM), q, { summed: false }),
    ]);
    expect([x.total, x.amountFen]).toEqual([y.total, y.amountFen]);
  });

  it('drops a sum whose last sale goes, and a removed sale leaves the totals right', async () => {
    const [, , , d] = ids as [number, number, number, number];
    const before = await listSales(context(SYSTEM), { limit: 1, offset: 0 });
    // No use case deletes a sale; the triggers must still follow a delete (an operator's repair).
    const gone = await ctx.database.db
      .selectFrom('consumptionSales')
      .select(['amountFen'])
      .where('id', '=', d)
      .executeTakeFirstOrThrow();
    await ctx.database.db.deleteFrom('consumptionSales').where('id', '=', d).execute();
    const after = await listSales(context(SYSTEM), { limit: 1, offset: 0 });
    expect(after.total).toBe(before.total - 1);
    expect(after.amountFen).toBe(before.amountFen - Number(gone.amountFen));
    expect(await salesTotals.check(ctx.database.db)).toEqual([]);
    const empty = await sql<{ n: number | string }>`select count(*) as n
      from consumption_sales_totals where row_count = 0`.execute(ctx.database.db);
    expect(Number(empty.rows[0]?.n)).toBe(0);
    await expectSameAnswers();
  });

  it('is recomputed after migrating when owed, and verify-projections checks it', async () => {
    // Spoil the sums behind the triggers' back, as a bad backfill would: the check names it.
    await sql`update consumption_sales_totals set amount_fen = amount_fen + 1`.execute(
      ctx.database.db,
    );
    const spoiled = await verifyProjections(ctx.database.db);
    expect(spoiled.map((d) => d.projection)).toContain('sales-totals');
    // The migration's mark (markRebuild): upgrading recomputes them from the sales.
    await sql`update projection_state set needs_rebuild = 1 where name = 'sales-totals'`.execute(
      ctx.database.db,
    );
    const upgrade = await upgradeDatabase(ctx.database);
    expect(upgrade).toEqual({ migrations: [], rebuilt: ['sales-totals'] });
    expect(await verifyProjections(ctx.database.db)).toEqual([]);
    expect(await upgradeDatabase(ctx.database)).toEqual({ migrations: [], rebuilt: [] });
    await expectSameAnswers();
  });
});

describe('shanhai rebuild / verify-projections name the sales sums', () => {
  it('takes sales-totals as a name beside the projections, and lists it for an unknown one', () => {
    expect(projectionsNamed(['sales-totals'])).toEqual([]);
    expect(recordTotalsNamed(['sales-totals'])).toEqual([salesTotals]);
    expect(recordTotalsNamed([])).toEqual([
      salesTotals,
      caseTimesTotals,
      trainingTotals,
      salesChannels,
      salesCategories,
    ]);
    expect(recordTotalsNamed(['compliance-parts'])).toEqual([]);
    expect(projectionsNamed(['compliance-parts', 'sales-totals']).map((p) => p.name)).toEqual([
      'compliance-parts',
    ]);
    expect(() => projectionsNamed(['nonsense'])).toThrow(/sales-totals/);
  });
});
