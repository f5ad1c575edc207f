/** Queries on the organisation hierarchy shared by several use cases. */
import type { Executor } from '../../db/database.js';

export function findOrganisation(db: Executor, code: string) {
  return db.selectFrom('organisations').selectAll().where('code', '=', code).executeTakeFirst();
}

export type OrganisationRecord = NonNullable<Awaited<ReturnType<typeof findOrganisation>>>;

/**
 * The organisation and its ancestors, self first (`110000-HQ` → 110000-HQ, 110000). Empty when
 * the organisation does not exist. Stops at a repeated code, so a corrupt cycle cannot hang it.
 */
export async function organisationPath(db: Executor, code: string): Promise<string[]> {
  const path: string[] = [];
  for (let next: string | null = code; next !== null && !path.includes(next); ) {
    const row = await db
      .selectFrom('organisations')
      .select(['code', 'parentCode'])
      .where('code', '=', next)
      .executeTakeFirst();
    if (!row) break;
    path.push(row.code);
    next = row.parentCode;
  }
  return path;
}
