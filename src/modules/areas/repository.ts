/** Queries on the area tree shared by the areas and pairings use cases. */
import type { Executor } from '../../db/database.js';
import { NotFoundError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';

/** One area row, or undefined. */
export function findArea(db: Executor, code: string) {
  return db.selectFrom('areas').selectAll().where('code', '=', code).executeTakeFirst();
}

export type AreaRecord = NonNullable<Awaited<ReturnType<typeof findArea>>>;

/**
 * The area and its ancestors by their stored parents, self first (`653130` → 653130, 653100,
 * 650000). Empty when the area does not exist. Follows `parent_code` rather than the code's
 * structure, so an area added later under another parent is placed where it was recorded.
 */
export async function areaChain(db: Executor, code: string): Promise<AreaRecord[]> {
  const chain: AreaRecord[] = [];
  for (let next: string | null = code; next !== null && chain.length < 8; ) {
    const row = await findArea(db, next);
    if (!row) break;
    chain.push(row);
    next = row.parentCode;
  }
  return chain;
}

/** The chain of an area that must exist: 404 otherwise (for reads of the area itself). */
export async function requireAreaChain(db: Executor, code: string): Promise<AreaRecord[]> {
  const chain = await areaChain(db, code);
  if (chain.length === 0) throw new NotFoundError(problem('area.notFound', { code }));
  return chain;
}

/** How many leading characters every descendant shares with an area of this level. */
export function descendantPrefixLength(level: string): number {
  switch (level) {
    case 'province':
      return 2;
    case 'prefecture':
      return 4;
    case 'county':
      return 6;
    default:
      return 9;
  }
}
