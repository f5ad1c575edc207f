/**
 * A project as the ledger's use cases need it: its row and its scope for the project policies
 * (donors' organisation paths, locations' area paths, published or not), built with the
 * projects module's own `projectScope` so that the ledger follows the project's rules exactly.
 */
import type { Executor } from '../../db/database.js';
import { NotFoundError } from '../../domain/errors.js';
import type { ProjectScope } from '../projects/policy.js';
import { findProject, type ProjectRow, projectScope } from '../projects/repository.js';

export interface LedgerProject {
  row: ProjectRow;
  scope: ProjectScope;
}

/** The project and its scope. @throws NotFoundError when there is no such project */
export async function loadLedgerProject(db: Executor, code: string): Promise<LedgerProject> {
  const row = await findProject(db, code);
  if (!row) throw new NotFoundError(`no project ${code}`);
  const [donors, locations] = await Promise.all([
    db.selectFrom('projectDonors').select('orgCode').where('projectId', '=', row.id).execute(),
    db.selectFrom('projectLocations').select('areaCode').where('projectId', '=', row.id).execute(),
  ]);
  const scope = await projectScope(
    db,
    row,
    donors.map((d) => d.orgCode),
    locations.map((l) => l.areaCode),
  );
  return { row, scope };
}
