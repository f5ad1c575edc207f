/**
 * The generator's consumption-aid sales (消费帮扶, decision 0035): for one year, each donor's
 * monthly sales rows of products from its paired areas, written in bulk: a known channel and
 * category, amount and quantity not negative, no month after `today`'s.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { ProductCategory } from '../domain/consumption.js';
import type { AreaPools } from './generator-areas.js';
import { insertBatched } from './generator-areas.js';
import type { prng } from './generator-data.js';

type Rng = ReturnType<typeof prng>;

/** Category, its weight, a product, its unit and a price range in fen per unit. */
const PRODUCTS: readonly (readonly [ProductCategory, number, string, string, number, number])[] = [
  ['dried-fruit', 25, '若羌红枣', '千克', 2_000, 6_000],
  ['fresh-fruit', 20, '阿克苏苹果', '千克', 600, 1_500],
  ['nuts', 20, '和田核桃', '千克', 2_500, 6_000],
  ['grain-oil', 10, '伊犁菜籽油', '升', 1_500, 3_000],
  ['meat-dairy', 10, '巴里坤羊肉', '千克', 6_000, 12_000],
  ['textile-apparel', 8, '长绒棉制品', '件', 5_000, 30_000],
  ['handicraft', 5, '和田艾德莱斯绸', '件', 10_000, 80_000],
  ['other', 2, '新疆特色农产品', '件', 1_000, 10_000],
];

/** Writes `counts[di]` sales rows of each donor in year `y`; returns how many. */
export async function generateSalesYear(
  trx: Transaction<DB>,
  r: Rng,
  y: number,
  donors: readonly string[],
  counts: readonly number[],
  pools: AreaPools,
  today: string,
  now: string,
): Promise<number> {
  const thisYear = Number(today.slice(0, 4));
  if (y > thisYear) return 0;
  const lastMonth = y === thisYear ? Number(today.slice(5, 7)) : 12;
  const rows: object[] = [];
  donors.forEach((donor, di) => {
    const areas = [...(pools.counties.get(donor) ?? []), ...(pools.prefectures.get(donor) ?? [])];
    for (let k = 0; k < (counts[di] ?? 0); k++) {
      const [category, , product, unit, low, high] = r.weighted(
        PRODUCTS.map((p) => [p, p[1]] as const),
      );
      const quantity = r.int(50, 20_000);
      rows.push({
        programmeCode: 'xinjiang',
        donorCode: donor,
        areaCode: r.pick(areas.length > 0 ? areas : pools.allCounties),
        month: `${y}-${String(r.int(1, lastMonth)).padStart(2, '0')}`,
        channel: r.weighted([
          ['experience-hall', 25],
          ['online-platform', 35],
          ['canteen-purchase', 20],
          ['trade-fair', 15],
          ['other', 5],
        ] as const),
        productCategory: category,
        product,
        amountFen: quantity * r.int(low, high),
        quantity,
        unit,
        note: null,
        publishedAt: now,
        createdAt: now,
        updatedAt: now,
        version: 1,
      });
    }
  });
  await insertBatched(trx, 'consumptionSales', rows);
  return rows.length;
}
