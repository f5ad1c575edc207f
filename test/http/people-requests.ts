/** The access matrix's requests on Shanghai's people (test/http/access-matrix.test.ts). */
import type { Database } from '../../src/db/database.js';
import { systemActor } from '../../src/domain/access.js';
import { createBatch } from '../../src/modules/people/batches.js';
import { createPerson } from '../../src/modules/people/persons.js';
import { addPosting } from '../../src/modules/people/postings.js';

type Req = { method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; payload?: object };

/**
 * Shanghai's unpublished person with one posting (2023-07-01 to 2026-06-30, in Kashgar), and
 * Shanghai's 11th batch.
 */
export interface ShanghaiPeople {
  person: number;
  posting: number;
  batch: number;
}

export async function shanghaiPeople(database: Database): Promise<ShanghaiPeople> {
  const system = { actor: systemActor('test'), db: database.db };
  const person = await createPerson(system, {
    nameZh: '矩阵',
    sex: 'male',
    donor: '310000',
    published: false,
  });
  const posted = await addPosting(system, person.id, {
    programme: 'xinjiang',
    kind: 'cadre',
    hostOrgName: '喀什地区工业和信息化局',
    area: '653100',
    role: '副局长',
    mode: 'long-term',
    crossPair: false,
    termStart: '2023-07-01',
  });
  const batch = await createBatch(system, { donor: '310000', programme: 'xinjiang', number: 11 });
  return { person: person.id, posting: posted.postings[0]?.id ?? 0, batch: batch.id };
}

export function peopleRequests(p: ShanghaiPeople): Record<string, Req> {
  return {
    'POST /api/people/batches': {
      method: 'POST',
      url: '/api/people/batches',
      payload: { donor: '310000', number: 12 },
    },
    'POST /api/people/persons': {
      method: 'POST',
      url: '/api/people/persons',
      payload: { nameZh: '新人', sex: 'female', donor: '310000' },
    },
    'PATCH /api/people/persons/:id': {
      method: 'PATCH',
      url: `/api/people/persons/${p.person}`,
      payload: { phone: '13900000000' },
    },
    'POST /api/people/persons/:id/postings': {
      method: 'POST',
      url: `/api/people/persons/${p.person}/postings`,
      payload: {
        kind: 'cadre',
        hostOrgName: '喀什地区教育局',
        area: '653100',
        role: '副局长',
        termStart: '2030-01-01',
      },
    },
    'POST /api/people/postings/:id/end': {
      method: 'POST',
      url: `/api/people/postings/${p.posting}/end`,
      payload: { actualEnd: '2025-12-31', reason: '提前轮换' },
    },
    'PATCH /api/people/postings/:id': {
      method: 'PATCH',
      url: `/api/people/postings/${p.posting}`,
      payload: { role: '局长' },
    },
    'PATCH /api/people/batches/:id': {
      method: 'PATCH',
      url: `/api/people/batches/${p.batch}`,
      payload: { name: '上海市第十一批' },
    },
    'POST /api/people/persons/:id/publish': {
      method: 'POST',
      url: `/api/people/persons/${p.person}/publish`,
    },
  };
}
