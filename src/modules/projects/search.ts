/**
 * The registry's free-text search: each project's code and names, lower-cased, in one narrow row
 * of `project_search` (migration 0006), a projection kept with every write. A search scans those
 * short rows with `LIKE '%term%'` on both engines, instead of the wide projects table.
 */
import type { Projection } from '../core/projection.js';
import { PROJECTS, type ProjectAggregate } from './aggregate.js';

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

export const projectSearch: Projection<ProjectAggregate, null> = {
  name: 'project-search',
  version: 1,
  entity: PROJECTS,
  table: 'projectSearch',
  sqlTable: 'project_search',
  entityColumn: 'projectId',
  key: ['projectId'],
  columns: ['projectId', 'text'],
  prepare: async () => null,
  compute: (_, project) => [{ projectId: project.id, text: searchText(project.row) }],
};
