/** The generator's bulk helpers: each donor's pool of paired areas, and batched inserts. */
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.js';

export interface AreaPools {
  /** County-level codes of each donor's pairings (a prefecture pairing gives its counties). */
  counties: Map<string, string[]>;
  /** Prefecture-level codes each donor is paired with or whose counties it serves. */
  prefectures: Map<string, string[]>;
  townships: Map<string, string[]>;
  allCounties: string[];
}

export async function areaPools(trx: Transaction<DB>, donors: string[]): Promise<AreaPools> {
  const areas = await trx
    .selectFrom('areas')
    .select(['code', 'parentCode', 'level'])
    .where('code', 'like', '65%')
    .execute();
  const children = new Map<string, string[]>();
  for (const a of areas) {
    if (!a.parentCode) continue;
    const list = children.get(a.parentCode) ?? [];
    list.push(a.code);
    children.set(a.parentCode, list);
  }
  const level = new Map(areas.map((a) => [a.code, a.level]));
  const pairings = await trx
    .selectFrom('pairings')
    .select(['donorCode', 'recipientAreaCode'])
    .where('parentId', 'is', null)
    .where('programmeCode', '=', 'xinjiang')
    .execute();
  const counties = new Map<string, string[]>();
  const prefectures = new Map<string, string[]>();
  const townships = new Map<string, string[]>();
  for (const donor of donors) {
    const c: string[] = [];
    const p = new Set<string>();
    for (const pr of pairings.filter((x) => x.donorCode === donor)) {
      const code = pr.recipientAreaCode;
      if (!code) continue;
      if (level.get(code) === 'prefecture') {
        p.add(code);
        c.push(...(children.get(code) ?? []).filter((k) => level.get(k) === 'county'));
      } else {
        c.push(code);
        p.add(`${code.slice(0, 4)}00`);
      }
    }
    counties.set(donor, c);
    prefectures.set(
      donor,
      [...p].filter((k) => level.has(k) && k !== '659000'),
    );
    townships.set(
      donor,
      c.flatMap((k) => children.get(k) ?? []),
    );
  }
  const allCounties = areas.filter((a) => a.level === 'county').map((a) => a.code);
  return { counties, prefectures, townships, allCounties };
}

export async function insertBatched<T extends keyof DB>(
  trx: Transaction<DB>,
  table: T,
  rows: object[],
) {
  // SQLite binds at most 32766 parameters per statement; PostgreSQL 65535.
  const columns = rows[0] ? Object.keys(rows[0]).length : 1;
  const size = Math.max(1, Math.floor(30000 / columns));
  for (let i = 0; i < rows.length; i += size) {
    await trx
      .insertInto(table)
      // The rows are built above to the table's shape; Kysely cannot check a generic table.
      .values(rows.slice(i, i + size) as never)
      .execute();
  }
}
