import { declareMatrix } from '../support/access-matrix.js';

/** The reads of 组团式 teams, 传帮带 mentoring and institution pairings (decision 0026). */
export const PEOPLE_WORK_READS = declareMatrix('access-matrix-people-work-reads.test.ts', [
  'GET /api/teams',
  'GET /api/teams/:id',
  'GET /api/teams/:id/history',
  'GET /api/mentorings',
  'GET /api/mentorings/:id',
  'GET /api/mentorings/:id/history',
  'GET /api/institution-pairings',
  'GET /api/institution-pairings/:id',
  'GET /api/institution-pairings/:id/history',
]);
