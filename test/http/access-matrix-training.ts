/** The access matrix's training and exchange writes on Shanghai's records. */
import type { Database } from '../../src/db/database.js';
import { systemActor } from '../../src/domain/access.js';
import { createExchange } from '../../src/modules/training/exchanges.js';
import { createTrainingProgramme } from '../../src/modules/training/programmes.js';
import { createSession } from '../../src/modules/training/sessions.js';

type Req = { method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; payload?: object };

/** A training programme, and Shanghai's published session and exchange activity in Bachu. */
export interface ShanghaiTraining {
  programme: string;
  session: number;
  exchange: number;
}

export async function shanghaiTraining(database: Database): Promise<ShanghaiTraining> {
  const system = { actor: systemActor('test'), db: database.db };
  await createTrainingProgramme(system, {
    code: 'matrix',
    programme: 'xinjiang',
    name: '矩阵计划',
    nameEn: 'Matrix',
  });
  const session = await createSession(system, {
    programme: 'xinjiang',
    organiser: '310000',
    area: '653130',
    startDate: '2025-01-01',
    endDate: '2025-01-02',
    place: 'xinjiang',
    topic: '培训',
    participants: 1,
    personTimes: 2,
    jobsFound: 0,
    certificates: 0,
    published: true,
  });
  const exchange = await createExchange(system, {
    programme: 'xinjiang',
    kind: 'camp',
    title: '夏令营',
    startDate: '2025-07-01',
    endDate: '2025-07-05',
    organisers: ['310000'],
    areas: ['653130'],
    participantsLocal: 10,
    participantsDonor: 2,
    published: true,
  });
  return { programme: 'matrix', session: session.id, exchange: exchange.id };
}

export function trainingRequests(t: ShanghaiTraining): Record<string, Req> {
  const session = {
    organiser: '310000',
    area: '653130',
    startDate: '2025-02-01',
    endDate: '2025-02-01',
    place: 'donor',
    topic: '新班次',
    participants: 1,
    personTimes: 1,
  };
  const exchange = {
    kind: 'study-tour',
    title: '研学',
    startDate: '2025-08-01',
    endDate: '2025-08-03',
    organisers: ['310000'],
    areas: ['653130'],
    participantsLocal: 30,
    participantsDonor: 0,
  };
  return {
    'POST /api/training/programmes': {
      method: 'POST',
      url: '/api/training/programmes',
      payload: { code: 'matrix-two', name: '矩阵二', nameEn: 'Matrix two' },
    },
    'PATCH /api/training/programmes/:code': {
      method: 'PATCH',
      url: `/api/training/programmes/${t.programme}`,
      payload: { name: '改名' },
    },
    'POST /api/training/sessions': {
      method: 'POST',
      url: '/api/training/sessions',
      payload: session,
    },
    'PATCH /api/training/sessions/:id': {
      method: 'PATCH',
      url: `/api/training/sessions/${t.session}`,
      payload: { topic: '改' },
    },
    'POST /api/exchanges': { method: 'POST', url: '/api/exchanges', payload: exchange },
    'PATCH /api/exchanges/:id': {
      method: 'PATCH',
      url: `/api/exchanges/${t.exchange}`,
      payload: { title: '改' },
    },
  };
}
