/** Queries of training sessions and of a record's history. */
import type { Executor } from '../../db/database.js';

/** Sessions `s` with their organiser, area, training programme and project named. */
export function sessionsQuery(db: Executor) {
  return db
    .selectFrom('trainingSessions as s')
    .innerJoin('organisations as o', 'o.code', 's.organiserCode')
    .innerJoin('areas as a', 'a.code', 's.areaCode')
    .leftJoin('trainingProgrammes as tp', 'tp.id', 's.trainingProgrammeId')
    .leftJoin('projects as p', 'p.id', 's.projectId')
    .selectAll('s')
    .select([
      'o.name as organiserName',
      'o.nameEn as organiserNameEn',
      'a.name as areaName',
      'a.nameEn as areaNameEn',
      'tp.code as tpCode',
      'tp.name as tpName',
      'tp.nameEn as tpNameEn',
      'p.code as projectCode',
    ]);
}
export type SessionRow = NonNullable<
  Awaited<ReturnType<ReturnType<typeof sessionsQuery>['executeTakeFirst']>>
>;

export function participantsOf(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('trainingParticipants')
    .select(['sessionId', 'name', 'organisation', 'personId'])
    .where('sessionId', 'in', [...ids])
    .orderBy('id')
    .execute();
}
