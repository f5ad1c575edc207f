import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { type Actor, systemActor } from '../../src/domain/access.js';
import type { App } from '../../src/http/types.js';
import { createApiToken } from '../../src/modules/accounts/service.js';
import { createTransaction } from '../../src/modules/ledger/service.js';
import { createPlan, submitPlan } from '../../src/modules/plans/service.js';
import { uploadDocument } from '../../src/modules/projects/documents.js';
import { expectExercised } from '../support/access-matrix.js';
import { createTestUser, loginAs } from '../support/accounts.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';
import { buildProjectInput, createTestProject } from '../support/factories.js';
import { WRITE_ROUTES } from './access-matrix.routes.js';
import {
  companyRequests,
  type ShanghaiCompanies,
  shanghaiCompanies,
} from './access-matrix-companies.js';
import {
  peopleWorkRequests,
  type ShanghaiPeopleWork,
  shanghaiPeopleWork,
} from './access-matrix-people-work.js';
import {
  type ShanghaiTraining,
  shanghaiTraining,
  trainingRequests,
} from './access-matrix-training.js';
import { isImportRoute } from './access-matrix-transfer.routes.js';
import { peopleRequests, type ShanghaiPeople, shanghaiPeople } from './people-requests.js';

type Req = { method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; payload?: object };

/**
 * Shanghai's records a donor editor of Beijing may not read although it may write records of
 * its kind (its own plans): a write on one is answered as for one that does not exist (404).
 */
const UNREADABLE_TO_A_DONOR = new Set(['PUT /api/plans/:id', 'POST /api/plans/:id/submit']);

/**
 * (The read routes issue 8 added have their matrix in access-matrix-reads.test.ts.)
 *
 * For every state-changing route, a request on Shanghai's records (or, for routes that are not
 * a donor's to use at all, on any record). A route added without an entry here fails the test.
 */
function shanghaiRequests(ids: {
  pairing: number;
  token: number;
  user: string;
  ledger: ShanghaiLedger;
  project: string;
  document: number;
  warning: number;
  job: number;
  training: ShanghaiTraining;
  persons: ShanghaiPeople;
  companies: ShanghaiCompanies;
  people: ShanghaiPeopleWork;
}): Record<string, Req> {
  return {
    'POST /api/areas': {
      method: 'POST',
      url: '/api/areas',
      payload: {
        code: '653132',
        name: '新县',
        namePinyin: 'Xin Xian',
        parentCode: '653100',
        validFrom: '2026-01-01',
      },
    },
    'PATCH /api/areas/:code': {
      method: 'PATCH',
      url: '/api/areas/653130',
      payload: { name: '巴楚' },
    },
    'POST /api/organisations': {
      method: 'POST',
      url: '/api/organisations',
      payload: { code: '310000-H1', name: '上海某医院', kind: 'hospital', parentCode: '310000' },
    },
    'PATCH /api/organisations/:code': {
      method: 'PATCH',
      url: '/api/organisations/310000-HQ',
      payload: { name: '改名' },
    },
    'PUT /api/programmes/:code/thresholds/:fromYear': {
      method: 'PUT',
      url: '/api/programmes/xinjiang/thresholds/2025',
      payload: { countyAndBelowBp: 1, livelihoodBp: 1 },
    },
    'POST /api/pairings': {
      method: 'POST',
      url: '/api/pairings',
      payload: {
        donorCode: '310000',
        recipientAreaCode: '653130100',
        parentId: ids.pairing,
        validFrom: '2020-01-01',
      },
    },
    'PATCH /api/pairings/:id': {
      method: 'PATCH',
      url: `/api/pairings/${ids.pairing}`,
      payload: { validTo: '2020-12-31' },
    },
    'POST /api/users': {
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'sh-new',
        password: 'long enough password',
        grants: [{ role: 'donor-editor', orgCode: '310000' }],
      },
    },
    'PATCH /api/users/:username': {
      method: 'PATCH',
      url: `/api/users/${ids.user}`,
      payload: { disabled: true, version: 1 },
    },
    'PUT /api/users/:username/password': {
      method: 'PUT',
      url: `/api/users/${ids.user}/password`,
      payload: { password: 'another long password' },
    },
    'DELETE /api/tokens/:id': { method: 'DELETE', url: `/api/tokens/${ids.token}` },
    'POST /api/history/verify': { method: 'POST', url: '/api/history/verify', payload: {} },
    ...ledgerAndPlanRequests(ids.ledger),
    ...projectRequests(ids.project, ids.document),
    ...warningRequests(ids.warning),
    ...companyRequests(ids.companies),
    'POST /api/jobs/:id/retry': { method: 'POST', url: `/api/jobs/${ids.job}/retry` },
    ...trainingRequests(ids.training),
    ...peopleRequests(ids.persons),
    ...peopleWorkRequests(ids.people),
  };
}

/** An open warning on a published Shanghai project in Bachu, so Beijing sees it (403, not 404). */
async function shanghaiWarning(database: Database): Promise<number> {
  const { code } = await createTestProject(database, {
    donor: '310000',
    published: true,
    locations: [{ area: '653130', shareBp: 10000 }],
  });
  const project = await database.db
    .selectFrom('projects')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  const at = new Date().toISOString();
  const { id } = await database.db
    .insertInto('warnings')
    .values({
      projectId: project.id,
      subjectKind: 'project',
      subjectId: project.id,
      kind: 'not-started',
      dedupeKey: `not-started:${code}:started:2026-01-01`,
      detail: JSON.stringify({
        stage: 'started',
        since: '2026-01-01',
        message: { zh: '未开工', en: 'not started' },
      }),
      detectedAt: at,
      status: 'open',
      createdAt: at,
      updatedAt: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** A job that has failed its last attempt (the queue's to retry, not a donor's). */
async function failedJob(database: Database): Promise<number> {
  const at = new Date().toISOString();
  const { id } = await database.db
    .insertInto('jobs')
    .values({
      name: 'warnings.compute',
      version: 1,
      payload: '{}',
      status: 'failed',
      runAt: at,
      attempts: 5,
      maxAttempts: 5,
      lastError: 'boom',
      createdAt: at,
      updatedAt: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

function warningRequests(warning: number): Record<string, Req> {
  return {
    // Before the PATCH below, which moves the warning's version on for the coordinator.
    'POST /api/warnings/bulk': {
      method: 'POST',
      url: '/api/warnings/bulk',
      payload: { action: 'acknowledge', items: [{ id: warning, version: 1 }] },
    },
    'PATCH /api/warnings/:id': {
      method: 'PATCH',
      url: `/api/warnings/${warning}`,
      payload: { status: 'acknowledged' },
    },
    'PUT /api/warnings/settings': {
      method: 'PUT',
      url: '/api/warnings/settings',
      payload: { noDisbursementMonths: 6 },
    },
    'POST /api/warnings/compute': {
      method: 'POST',
      url: '/api/warnings/compute',
      payload: { today: '2026-11-28' },
    },
  };
}

/** Shanghai's project, one of its transactions, and plans in each state the writes need. */
interface ShanghaiLedger {
  project: string;
  transaction: number;
  draftPlan: number;
  submittedPlans: [number, number];
}

async function shanghaiLedger(database: Database): Promise<ShanghaiLedger> {
  const system = { actor: systemActor('test'), db: database.db };
  // Published, so Beijing sees it: a write is refused by policy (403); on an unpublished project
  // it is answered as on a missing one (404, test/http/issue-12-defects.test.ts).
  const { code: project } = await createTestProject(database, {
    donor: '310000',
    locations: [{ area: '653130', shareBp: 10000 }],
    published: true,
  });
  const commitment = {
    type: 'commitment',
    valueFen: 100,
    date: '2025-01-01',
    planned: false,
  } as const;
  const transaction = await createTransaction(system, project, commitment);
  const plan = (year: number) =>
    createPlan(system, { programme: 'xinjiang', donor: '310000', year, totalFen: 0, items: [] });
  const draftPlan = await plan(2021);
  const submitted = [await plan(2022), await plan(2023)];
  for (const p of submitted) await submitPlan(system, p.id);
  return {
    project,
    transaction: transaction.id,
    draftPlan: draftPlan.id,
    submittedPlans: [submitted[0]?.id ?? 0, submitted[1]?.id ?? 0],
  };
}

function ledgerAndPlanRequests(l: ShanghaiLedger): Record<string, Req> {
  const items = [{ project: l.project, plannedFen: 100 }];
  return {
    'POST /api/projects/:code/transactions': {
      method: 'POST',
      url: `/api/projects/${l.project}/transactions`,
      payload: { type: 'arrival', valueFen: 100, date: '2025-02-01', planned: false },
    },
    'POST /api/projects/:code/transactions/:id/reversal': {
      method: 'POST',
      url: `/api/projects/${l.project}/transactions/${l.transaction}/reversal`,
      payload: { date: '2025-01-02', reason: '录错了' },
    },
    'POST /api/plans': {
      method: 'POST',
      url: '/api/plans',
      payload: { programme: 'xinjiang', donor: '310000', year: 2024, totalFen: 100, items },
    },
    'PUT /api/plans/:id': {
      method: 'PUT',
      url: `/api/plans/${l.draftPlan}`,
      payload: { totalFen: 100, items },
    },
    'POST /api/plans/:id/submit': { method: 'POST', url: `/api/plans/${l.draftPlan}/submit` },
    'POST /api/plans/:id/approve': {
      method: 'POST',
      url: `/api/plans/${l.submittedPlans[0]}/approve`,
    },
    'POST /api/plans/:id/return': {
      method: 'POST',
      url: `/api/plans/${l.submittedPlans[1]}/return`,
      payload: { reason: '退回' },
    },
    'POST /api/plans/what-if': {
      method: 'POST',
      url: '/api/plans/what-if',
      payload: { programme: 'xinjiang', donor: '310000', year: 2025, items },
    },
  };
}

/**
 * Writes on Shanghai's project `code` (completed, in Bachu, Kashgar) and its `document`, and a
 * project type.
 */
function projectRequests(code: string, document: number): Record<string, Req> {
  return {
    'POST /api/projects': {
      method: 'POST',
      url: '/api/projects',
      payload: buildProjectInput({
        code: `${code}-NEW`,
        donor: '310000',
        locations: [{ area: '653130', shareBp: 10000 }],
      }),
    },
    'PATCH /api/projects/:code': {
      method: 'PATCH',
      url: `/api/projects/${code}`,
      payload: { budgetFen: 1 },
    },
    // Publishing is the same route: refused alike (a variant, named after the route).
    'PATCH /api/projects/:code (publish)': {
      method: 'PATCH',
      url: `/api/projects/${code}`,
      payload: { published: true },
    },
    // Acceptance in Kashgar: neither Beijing's donor editor nor Hotan's recipient editor may.
    'POST /api/projects/:code/transitions': {
      method: 'POST',
      url: `/api/projects/${code}/transitions`,
      payload: { to: 'accepted' },
    },
    'PUT /api/projects/:code/results': {
      method: 'PUT',
      url: `/api/projects/${code}/results`,
      payload: [{ metric: 'jobs', planned: true, value: 10 }],
    },
    'POST /api/projects/:code/documents': {
      method: 'POST',
      url: `/api/projects/${code}/documents`,
      payload: {
        filename: 'note.txt',
        mediaType: 'text/plain',
        contentBase64: Buffer.from('验收').toString('base64'),
      },
    },
    'DELETE /api/projects/:code/documents/:id': {
      method: 'DELETE',
      url: `/api/projects/${code}/documents/${document}`,
    },
    'PUT /api/project-types': {
      method: 'PUT',
      url: '/api/project-types',
      payload: { code: 'matrix', name: '矩阵', nameEn: 'Matrix', defaultLivelihoodBp: 0 },
    },
  };
}

/** The actor of a user acting on their own account (tokens are created for oneself). */
function userActor(userId: number, username: string): Actor {
  return { kind: 'user', userId, username, grants: [], via: 'session' };
}

/** State-changing routes that every signed-in user may use on their own account. */
const OWN_ACCOUNT_ROUTES = ['POST /api/session', 'DELETE /api/session', 'POST /api/tokens'];

/**
 * Reads that take a body (POST): every signed-in user may ask; what they count is limited in
 * the use case to what the caller may see (test/analytics). Anonymous callers get 401.
 */
const READ_ROUTES: Record<string, Req> = {
  'POST /api/analytics/query': {
    method: 'POST',
    url: '/api/analytics/query',
    payload: { measures: ['committed_fen', 'projects'], dimensions: [], filters: {} },
  },
};

describeEachDatabase('access matrix', (ctx) => {
  let app: App;
  let requests: Record<string, Req>;
  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
    const pairing = await ctx.database.db
      .selectFrom('pairings')
      .select('id')
      .where('donorCode', '=', '310000')
      .where('recipientAreaCode', '=', '653130')
      .executeTakeFirstOrThrow();
    const shUser = await createTestUser(ctx.database, { role: 'donor-editor', orgCode: '310000' });
    const token = await createApiToken(
      { actor: userActor(shUser.user.id, shUser.username), db: ctx.database.db },
      { name: 'shanghai integration' },
    );
    const project = await createTestProject(ctx.database, {
      code: 'SH-MATRIX',
      donor: '310000',
      stage: 'completed',
      published: true, // seen by everyone signed in: writes refused by policy (403), not 404
      locations: [{ area: '653130', shareBp: 10000 }],
    });
    const { document } = await uploadDocument(
      { actor: systemActor('test'), db: ctx.database.db },
      project.code,
      {
        filename: 'matrix.txt',
        mediaType: 'text/plain',
        contentBase64: Buffer.from('矩阵').toString('base64'),
      },
    );
    requests = shanghaiRequests({
      pairing: pairing.id,
      token: token.token.id,
      user: shUser.username,
      ledger: await shanghaiLedger(ctx.database),
      project: project.code,
      document: document.id,
      warning: await shanghaiWarning(ctx.database),
      companies: await shanghaiCompanies(ctx.database),
      job: await failedJob(ctx.database),
      training: await shanghaiTraining(ctx.database),
      persons: await shanghaiPeople(ctx.database),
      people: await shanghaiPeopleWork(ctx.database, pairing.id),
    });
  });
  afterAll(async () => app.close());

  it('has a case for every state-changing route', () => {
    const writes = app.routeCatalog
      .filter((r) => r.method !== 'GET' && r.access !== 'public')
      .map((r) => `${r.method} ${r.url}`)
      .filter((key) => !OWN_ACCOUNT_ROUTES.includes(key) && !(key in READ_ROUTES))
      .filter((key) => !isImportRoute(key))
      // The indicator routes have their own matrix (access-matrix-indicators.test.ts).
      .filter((key) => !key.includes(' /api/indicators/'));
    const routes = new Set(Object.keys(requests).map((key) => key.replace(/ \(.*\)$/, '')));
    expect(writes.sort()).toEqual([...routes].sort());
  });

  it('answers the reads by POST for every signed-in role, changing nothing; 401 anonymous', async () => {
    const head = () =>
      ctx.database.db.selectFrom('historyHead').select('lastId').executeTakeFirstOrThrow();
    const grants = [
      { role: 'donor-editor', orgCode: '110000' },
      { role: 'recipient-editor', areaCode: '653200' },
      { role: 'auditor' },
      { role: 'viewer' },
      { role: 'coordinator' },
    ] as const;
    const cookies = [];
    for (const grant of grants) cookies.push(await loginAs(app, ctx.database, grant));
    const before = await head();
    for (const [i, cookie] of cookies.entries()) {
      for (const [key, req] of Object.entries(READ_ROUTES)) {
        const res = await app.inject({ ...req, headers: { cookie } });
        expect(res.statusCode, `${grants[i]?.role}: ${key} → ${res.body}`).toBe(200);
      }
    }
    for (const [key, req] of Object.entries(READ_ROUTES)) {
      const res = await app.inject(req);
      expect(res.statusCode, `anonymous: ${key} → ${res.body}`).toBe(401);
    }
    expect(await head()).toEqual(before);
  });

  /**
   * Writes on a record another donor's editor may not even read: the answer is the one for a
   * record that does not exist (404, same body but the id), so the refusal reveals nothing.
   */
  async function expectLikeMissing(
    auth: string | Record<string, string>,
    req: Req,
    res: { statusCode: number; json: () => { type: string; detail?: string } },
  ) {
    const headers = typeof auth === 'string' ? { cookie: auth } : auth;
    const missing = await app.inject({
      ...req,
      url: req.url.replace(/\/plans\/\d+/, '/plans/999999'),
      headers,
    });
    expect(missing.statusCode, `${req.url} (missing)`).toBe(404);
    expect(res.statusCode, `${req.url}`).toBe(404);
    expect(res.json().type).toBe(missing.json().type);
  }

  for (const who of [
    { label: "Beijing's donor editor", role: 'donor-editor', orgCode: '110000' },
    { label: 'a recipient editor of Hotan', role: 'recipient-editor', areaCode: '653200' },
    { label: 'an auditor', role: 'auditor' },
    { label: 'a viewer', role: 'viewer' },
  ] as const) {
    it(`refuses ${who.label} every write on Shanghai's records (403), changing nothing`, async () => {
      const { label: _, ...grant } = who;
      const cookie = await loginAs(app, ctx.database, grant);
      const head = () =>
        ctx.database.db.selectFrom('historyHead').select('lastId').executeTakeFirstOrThrow();
      const before = await head();
      for (const [key, req] of Object.entries(requests)) {
        if (who.role === 'auditor' && key === 'POST /api/history/verify') continue; // auditors verify
        const res = await app.inject({ ...req, headers: { cookie } });
        if (who.role === 'donor-editor' && UNREADABLE_TO_A_DONOR.has(key)) {
          await expectLikeMissing(cookie, req, res);
          continue;
        }
        expect(res.statusCode, `${who.label}: ${key} → ${res.body}`).toBe(403);
        expect(res.json().type).toBe('/problems/forbidden');
      }
      expect(await head()).toEqual(before);
    });
  }

  it('refuses the same writes through an API token of Beijing (403)', async () => {
    const bj = await createTestUser(ctx.database, { role: 'donor-editor', orgCode: '110000' });
    const { secret } = await createApiToken(
      { actor: userActor(bj.user.id, bj.username), db: ctx.database.db },
      { name: 'beijing' },
    );
    for (const [key, req] of Object.entries(requests)) {
      const headers = { authorization: `Bearer ${secret}` };
      const res = await app.inject({ ...req, headers });
      if (UNREADABLE_TO_A_DONOR.has(key)) await expectLikeMissing(headers, req, res);
      else expect(res.statusCode, `${key} → ${res.body}`).toBe(403);
    }
  });

  it('lets an unscoped coordinator make the same requests (the refusals above are policy, not bad input)', async () => {
    const cookie = await loginAs(app, ctx.database, { role: 'coordinator' });
    for (const [key, req] of Object.entries(requests)) {
      const res = await app.inject({ ...req, headers: { cookie } });
      expect(res.statusCode, `${key} → ${res.body}`).toBeLessThan(300);
    }
  });

  it('requested every route it declares', () => expectExercised(app, WRITE_ROUTES));
});
