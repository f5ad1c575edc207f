/** Helpers shared by the project tests. */
import type { Database } from '../../src/db/database.js';

/** Row counts of every table a project write touches, to show that a refusal changed nothing. */
export async function projectTableCounts(database: Database) {
  const db = database.db;
  const n = async (
    table:
      | 'projects'
      | 'projectDonors'
      | 'projectLocations'
      | 'projectStageDates'
      | 'projectResults'
      | 'projectDocuments'
      | 'fileBlobs'
      | 'history',
  ) => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return {
    projects: await n('projects'),
    donors: await n('projectDonors'),
    locations: await n('projectLocations'),
    stageDates: await n('projectStageDates'),
    results: await n('projectResults'),
    documents: await n('projectDocuments'),
    blobs: await n('fileBlobs'),
    history: await n('history'),
  };
}

/** The history entries of one project, oldest first. */
export async function projectHistory(database: Database, code: string) {
  return database.db
    .selectFrom('history')
    .select(['action', 'before', 'after', 'actor'])
    .where('entityType', '=', 'project')
    .where('entityId', '=', code)
    .orderBy('id')
    .execute();
}
