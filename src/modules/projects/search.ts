/**
 * The registry's free-text search: each project's code and names, lower-cased, in one narrow row
 * of `project_search` (migration 0006), written with the project. A search scans those short
 * rows with `LIKE '%term%'` on both engines, instead of the wide projects table.
 */
import type { Executor } from '../../db/database.js';

const CHUNK = 1000;

/** What a search matches: the code and the names in every language, lower-cased. */
export function searchText(p: {
  code: string;
  nameZh: string;
  nameEn: string | null;
  nameUg: string | null;
}): string {
  return [p.code, p.nameZh, p.nameEn, p.nameUg]
    .filter((x): x is string => !!x)
    .join(' ')
    .toLowerCase();
}

/** Rewrites the search rows of these projects from their current code and names. */
export async function refreshProjectSearch(db: Executor, ids: readonly number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const rows = await db
      .selectFrom('projects')
      .select(['id', 'code', 'nameZh', 'nameEn', 'nameUg'])
      .where('id', 'in', chunk)
      .execute();
    await db.deleteFrom('projectSearch').where('projectId', 'in', chunk).execute();
    for (let j = 0; j < rows.length; j += 500) {
      await db
        .insertInto('projectSearch')
        .values(rows.slice(j, j + 500).map((r) => ({ projectId: r.id, text: searchText(r) })))
        .execute();
    }
  }
}

/** Every project's search row (the backfill). */
export async function refreshAllProjectSearch(db: Executor): Promise<void> {
  const ids = (await db.selectFrom('projects').select('id').orderBy('id').execute()).map(
    (r) => r.id,
  );
  await refreshProjectSearch(db, ids);
}
