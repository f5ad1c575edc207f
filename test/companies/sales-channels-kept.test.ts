/**
 * Decision 0080: the sales summary by channel or product category, a list or summary filtered by
 * one of them, and the `consumption_sales_fen` measure read sums kept by triggers
 * (`consumption_sales_channels`, `consumption_sales_categories` of migration 0041;
 * `consumption_sales_totals` of 0037 for the measure). They must answer exactly as the sales do,
 * for every kind of caller and filter, after creating, changing and deleting sales, and after
 * the sums are spoiled and rebuilt; both engines.
 */
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { type Actor, systemActor } from '../../src/domain/access.js';
import { PRODUCT_CATEGORIES, SALE_CHANNELS } from '../../src/domain/consumption.js';
import { queryAnalytics } from '../../src/modules/analytics/query.js';
import type { AnalyticsQueryBody } from '../../src/modules/analytics/schema.js';
import {
  createSales,
  listSales,
  summarizeSales,
  updateSale,
} from '../../src/modules/consumption/service.js';
import { upgradeDatabase, verifyProjections } from '../../src/modules/maintenance.js';
import { salesCategories, salesChannels } from '../../src/modules/record-totals.js';
import { describeEachDatabase } from '../support/db.js';

const SYSTEM = systemActor('test');
/** Hundreds of queries per comparison on a shared, loaded machine. */
const SLOW = 300_000;
const ANONYMOUS: Actor = { kind: 'anonymous' };
const user = (role: string, orgCode: string | null, areaCode: string | null = null): Actor => ({
  kind: 'user',
  userId: 1,
  username: role,
  via: 'session',
  grants: [{ role: role as never, orgCode, areaCode }],
});
const CALLERS: [string, Actor][] = [
  ['system', SYSTEM],
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
  { area: '653100', from: '2025-01', to: '2025-12' },
  { channel: 'online-platform' },
  { productCategory: 'nuts', donor: '440000' },
  { channel: 'experience-hall', from: '2024-06', area: '650000' },
  { channel: 'trade-fair', productCategory: 'dried-fruit' },
];
const BY = ['channel', 'productCategory', 'month'] as const;
const DONORS = ['440000', '110000', '310000'];
const AREAS = ['653121', '653122', '653222', '654021'];

describeEachDatabase(
  'consumption sales: sums per channel and category answer as the sales do',
  (ctx) => {
    const ids: number[] = [];
    const context = (actor: Actor) => ({ actor, db: ctx.database.db, requestId: 'test' });

    async function expectSameAnswers() {
      let compared = 0;
      for (const [name, actor] of CALLERS) {
        for (const f of FILTERS) {
          const q = { ...f, limit: 1, offset: 0 };
          const list = async (summed: boolean) =>
            listSales(context(actor), q, { summed }).then(
              (r) => ({ total: r.total, amountFen: r.amountFen }),
              (e: Error) => e.message,
            );
          expect(await list(true), `${name} ${JSON.stringify(f)} list`).toEqual(await list(false));
          for (const by of BY) {
            const s = { ...f, by };
            const summary = (summed: boolean) =>
              summarizeSales(context(actor), s, { summed }).catch((e: Error) => e.message);
            const fast = await summary(true);
            expect(fast, `${name} ${JSON.stringify(s)}`).toEqual(await summary(false));
            compared += typeof fast === 'string' ? 0 : 1;
          }
        }
        for (const body of [
          { dimensions: [] },
          { dimensions: ['donor', 'year'] },
          { dimensions: ['area', 'period'], granularity: 'quarter' },
          {
            dimensions: [],
            filters: { area: '653100', period: { from: '2024-03-15', to: '2025-02-01' } },
          },
          { dimensions: ['programme'], filters: { donor: '440000', programme: 'xinjiang' } },
        ]) {
          const b = { measures: ['consumption_sales_fen'], filters: {}, totals: false, ...body };
          const measure = (summed: boolean) =>
            queryAnalytics(context(actor) as never, b as AnalyticsQueryBody, { summed }).catch(
              (e: Error) => e.message,
            );
          expect(await measure(true), `${name} ${JSON.stringify(b)}`).toEqual(await measure(false));
        }
      }
      return compared;
    }

    beforeAll(async () => {
      let seed = 5;
      const next = (n: number) => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % n;
      };
      const rows = Array.from({ length: 80 }, () => ({
        programme: 'xinjiang',
        donor: DONORS[next(DONORS.length)] as string,
        area: AREAS[next(AREAS.length)] as string,
        month: `${2024 + next(2)}-${String(1 + next(12)).padStart(2, '0')}`,
        channel: SALE_CHANNELS[next(SALE_CHANNELS.length)] as (typeof SALE_CHANNELS)[number],
        productCategory: PRODUCT_CATEGORIES[
          next(PRODUCT_CATEGORIES.length)
        ] as (typeof PRODUCT_CATEGORIES)[number],
        product: null,
        amountFen: 1 + next(9_000_000),
        quantity: 1,
        unit: '吨',
        note: null,
        published: next(3) !== 0,
      }));
      ids.push(...(await createSales(context(SYSTEM), rows)).ids);
    }, SLOW);

    it(
      'answers the summaries, list totals and the measure exactly as the sales do',
      async () => {
        const compared = await expectSameAnswers();
        // Six callers read sales (anonymous is refused alike): 6 × 7 filters × 3 groupings.
        expect(compared).toBe(6 * FILTERS.length * BY.length);
        expect(await salesChannels.check(ctx.database.db)).toEqual([]);
        expect(await salesCategories.check(ctx.database.db)).toEqual([]);
        const n = await sql<{ a: number | string; b: number | string }>`select
      (select count(*) from consumption_sales_channels) as a,
      (select count(*) from consumption_sales_categories) as b`.execute(ctx.database.db);
        expect(Number(n.rows[0]?.a)).toBeGreaterThan(0);
        expect(Number(n.rows[0]?.b)).toBeGreaterThan(0);
      },
      SLOW,
    );

    it(
      'follows every change of a sale, a delete, and a change of a column it does not read',
      async () => {
        const [a, b, c, d] = ids as [number, number, number, number];
        await updateSale(context(SYSTEM), a, { channel: 'other', productCategory: 'handicraft' });
        await updateSale(context(SYSTEM), b, { month: '2023-12', published: false, amountFen: 7 });
        await updateSale(context(SYSTEM), c, { donor: '310000', area: '654021' });
        await sql`delete from consumption_sales where id = ${d}`.execute(ctx.database.db);
        expect(await salesChannels.check(ctx.database.db)).toEqual([]);
        expect(await salesCategories.check(ctx.database.db)).toEqual([]);
        for (const table of ['consumption_sales_channels', 'consumption_sales_categories']) {
          const empty = await sql<{ n: number | string }>`select count(*) as n
        from ${sql.table(table)} where row_count = 0`.execute(ctx.database.db);
          expect(Number(empty.rows[0]?.n)).toBe(0);
        }
        // The update triggers read only their columns: a note or quantity change leaves them alone.
        await sql`delete from consumption_sales_channels`.execute(ctx.database.db);
        await sql`update consumption_sales set note = 'x', quantity = 2`.execute(ctx.database.db);
        const none = await sql<{ n: number | string }>`select count(*) as n
      from consumption_sales_channels`.execute(ctx.database.db);
        expect(Number(none.rows[0]?.n)).toBe(0);
        await rebuild(['sales-channels']);
        await expectSameAnswers();
      },
      SLOW,
    );

    async function rebuild(names: string[]) {
      for (const name of names) {
        await sql`update projection_state set needs_rebuild = 1 where name = ${name}`.execute(
          ctx.database.db,
        );
      }
      const upgrade = await upgradeDatabase(ctx.database);
      expect(upgrade.rebuilt.sort()).toEqual([...names].sort());
      expect(await verifyProjections(ctx.database.db)).toEqual([]);
    }

    it(
      'spoiled sums are found and change the answers; the rebuild owed restores them',
      async () => {
        await sql`update consumption_sales_channels set amount_fen = amount_fen + 1`.execute(
          ctx.database.db,
        );
        await sql`update consumption_sales_categories set row_count = row_count + 1`.execute(
          ctx.database.db,
        );
        const spoiled = await verifyProjections(ctx.database.db);
        expect(new Set(spoiled.map((x) => x.projection))).toEqual(
          new Set(['sales-channels', 'sales-categories']),
        );
        // The comparison can fail: the summed summaries now differ from the sales'.
        for (const by of ['channel', 'productCategory'] as const) {
          expect(await summarizeSales(context(SYSTEM), { by })).not.toEqual(
            await summarizeSales(context(SYSTEM), { by }, { summed: false }),
          );
        }
        await rebuild(['sales-channels', 'sales-categories']);
        await expectSameAnswers();
      },
      SLOW,
    );
  },
);
