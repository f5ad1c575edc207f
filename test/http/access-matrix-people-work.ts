/**
 * The access matrix's fixtures for teams, mentoring and institution pairings (decision 0026):
 * Shanghai's published records, and a write on each for every route.
 */
import type { Database } from '../../src/db/database.js';
import { systemActor } from '../../src/domain/access.js';
import { createMentoring } from '../../src/modules/mentoring/write.js';
import { createOrganisation } from '../../src/modules/organisations/service.js';
import { createInstitutionPairing } from '../../src/modules/pairings/institutions.js';
import { addTeamMember, createTeam } from '../../src/modules/teams/write.js';
import { insertTestPerson } from '../support/factories.js';

type Req = { method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; payload?: object };

/** Shanghai's published team (with a member), mentoring and institution pairing. */
export interface ShanghaiPeopleWork {
  team: number;
  member: number;
  person: number;
  mentoring: number;
  institutionPairing: number;
  parent: number;
}

export async function shanghaiPeopleWork(
  database: Database,
  parent: number,
): Promise<ShanghaiPeopleWork> {
  const system = { actor: systemActor('test'), db: database.db };
  const doctor = await insertTestPerson(database, { donor: '310000', name: '矩阵医生' });
  const person = await insertTestPerson(database, { donor: '310000', name: '矩阵护士' });
  const team = await createTeam(system, {
    kind: 'medical',
    name: '矩阵组团',
    donorCode: '310000',
    hostOrgName: '巴楚县人民医院',
    areaCode: '653130',
    startsOn: '2024-01-01',
    published: true,
  });
  const withMember = await addTeamMember(system, team.id, {
    personId: doctor,
    role: 'leader',
    startsOn: '2024-01-01',
  });
  const mentoring = await createMentoring(system, {
    mentorPersonId: doctor,
    areaCode: '653130',
    menteeName: '矩阵徒弟',
    menteeOrgName: '巴楚县人民医院',
    startsOn: '2024-01-01',
    published: true,
  });
  await createOrganisation(system, {
    code: '310000-H9',
    name: '上海第九人民医院',
    nameEn: '',
    kind: 'hospital',
    parentCode: '310000',
  });
  await createOrganisation(system, {
    code: '653130-H1',
    name: '巴楚县人民医院',
    nameEn: '',
    kind: 'hospital',
    areaCode: '653130',
  });
  const institutionPairing = await createInstitutionPairing(system, {
    kind: 'hospital-department',
    parentId: parent,
    donorCode: '310000-H9',
    recipientOrgCode: '653130-H1',
    recipientDepartment: '口腔科',
    validFrom: '2020-01-01',
    published: true,
  });
  return {
    team: team.id,
    member: withMember.members[0]?.id ?? 0,
    person,
    mentoring: mentoring.id,
    institutionPairing: institutionPairing.id,
    parent,
  };
}

export function peopleWorkRequests(w: ShanghaiPeopleWork): Record<string, Req> {
  return {
    'POST /api/teams': {
      method: 'POST',
      url: '/api/teams',
      payload: {
        kind: 'education',
        name: '矩阵教育组团',
        donorCode: '310000',
        hostOrgName: '巴楚县第一中学',
        areaCode: '653130',
        startsOn: '2024-01-01',
      },
    },
    'PATCH /api/teams/:id': {
      method: 'PATCH',
      url: `/api/teams/${w.team}`,
      payload: { note: '改' },
    },
    'POST /api/teams/:id/members': {
      method: 'POST',
      url: `/api/teams/${w.team}/members`,
      payload: { personId: w.person, startsOn: '2024-02-01' },
    },
    'PATCH /api/teams/:id/members/:memberId': {
      method: 'PATCH',
      url: `/api/teams/${w.team}/members/${w.member}`,
      payload: { endsOn: '2025-12-31' },
    },
    'POST /api/mentorings': {
      method: 'POST',
      url: '/api/mentorings',
      payload: {
        mentorPersonId: w.person,
        areaCode: '653130',
        menteeName: '新徒弟',
        menteeOrgName: '巴楚县人民医院',
        startsOn: '2024-03-01',
      },
    },
    'PATCH /api/mentorings/:id': {
      method: 'PATCH',
      url: `/api/mentorings/${w.mentoring}`,
      payload: { note: '改' },
    },
    'PUT /api/mentorings/:id/assessments/:year': {
      method: 'PUT',
      url: `/api/mentorings/${w.mentoring}/assessments/2024`,
      payload: { grade: 'good' },
    },
    'POST /api/institution-pairings': {
      method: 'POST',
      url: '/api/institution-pairings',
      payload: {
        kind: 'township',
        parentId: w.parent,
        donorCode: '310000',
        recipientAreaCode: '653130100',
        validFrom: '2020-01-01',
        // The pairing table's PATCH above ends the parent pairing on 2020-12-31.
        validTo: '2020-06-30',
      },
    },
    'PATCH /api/institution-pairings/:id': {
      method: 'PATCH',
      url: `/api/institution-pairings/${w.institutionPairing}`,
      payload: { note: '改' },
    },
  };
}
