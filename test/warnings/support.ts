/** Shanghai's projects in Bachu (Kashgar), one per warning kind, as of a fixed day. */
import type { Database } from '../../src/db/database.js';
import { systemActor } from '../../src/domain/access.js';
import { creditCodeCheckChar } from '../../src/domain/credit-code.js';
import { openCase } from '../../src/modules/companies/cases.js';
import { createCompanyBody } from '../../src/modules/companies/schema.js';
import { createCompany } from '../../src/modules/companies/service.js';
import { createTransaction } from '../../src/modules/ledger/service.js';
import { createPerson } from '../../src/modules/people/persons.js';
import { addPosting } from '../../src/modules/people/postings.js';
import type { CreateProjectInput } from '../../src/modules/projects/schema.js';
import { createTestProject, nextProjectCode } from '../support/factories.js';

export const TODAY = '2026-11-28';
export const system = (database: Database) => ({ actor: systemActor('test'), db: database.db });

export async function shanghaiProject(
  database: Database,
  overrides: Partial<CreateProjectInput>,
  disbursements: string[] = [],
) {
  const project = await createTestProject(database, {
    code: nextProjectCode('WARN'),
    donor: '310000',
    locations: [{ area: '653130', shareBp: 10000 }],
    ...overrides,
  });
  for (const date of disbursements) {
    await createTransaction(system(database), project.code, {
      type: 'disbursement',
      valueFen: 100,
      date,
      planned: false,
    });
  }
  return project.code;
}

/** One project per kind; each raises exactly its kind on {@link TODAY}. */
export async function projectPerKind(database: Database, published = false) {
  return {
    notStarted: await shanghaiProject(database, {
      stage: 'approved',
      published,
      stageDates: { started: { planned: '2026-10-01' } },
    }),
    noDisbursement: await shanghaiProject(
      database,
      {
        stage: 'started',
        published,
        stageDates: { started: { actual: '2026-01-10' }, completed: { planned: '2027-06-30' } },
      },
      ['2026-03-01'],
    ),
    stageOverdue: await shanghaiProject(
      database,
      {
        stage: 'started',
        published,
        stageDates: { started: { actual: '2026-06-01' }, completed: { planned: '2026-11-01' } },
      },
      ['2026-10-01'],
    ),
    acceptancePending: await shanghaiProject(
      database,
      {
        stage: 'completed',
        published,
        stageDates: {
          started: { actual: '2026-03-01' },
          completed: { actual: '2026-09-01' },
        },
      },
      ['2026-11-01'],
    ),
  };
}

/** The warnings of one project, by dedupe key. */
export async function warningsOf(database: Database, code: string) {
  return database.db
    .selectFrom('warnings as w')
    .innerJoin('projects as p', 'p.id', 'w.projectId')
    .select(['w.id', 'w.kind', 'w.dedupeKey', 'w.status', 'w.resolutionNote', 'w.version'])
    .where('p.code', '=', code)
    .orderBy('w.id')
    .execute();
}

/**
 * Shanghai's published cadre in Kashgar whose term ends on 2027-01-15 (48 days after
 * {@link TODAY}) and its company in Bachu with a request opened on Friday 2026-11-20 (Beijing)
 * and unanswered: after the computation, a `term-ending` and a `case-late` warning.
 */
export async function termAndLateCase(database: Database, n = 1) {
  const ctx = system(database);
  const person = await createPerson(ctx, {
    nameZh: '任满',
    sex: 'male',
    donor: '310000',
    published: true,
  });
  const posted = await addPosting(ctx, person.id, {
    programme: 'xinjiang',
    kind: 'cadre',
    hostOrgName: '喀什地区工业和信息化局',
    area: '653100',
    role: '副局长',
    mode: 'long-term',
    crossPair: false,
    termStart: '2024-01-15',
    plannedEnd: '2027-01-15',
  });
  const stem = `91653200MA${String(9000 + n).padStart(7, '0')}`;
  const company = await createCompany(
    ctx,
    createCompanyBody.parse({
      name: '和田纺织有限公司',
      creditCode: `${stem}${creditCodeCheckChar(stem)}`,
      industry: '纺织',
      donor: '310000',
      area: '653130',
      signedOn: '2024-08-01',
      investmentPlannedFen: 100,
      investmentArrivedFen: 0,
      jobsPlanned: 10,
      jobsActual: 0,
      localHires: 0,
      published: true,
    }),
  );
  const late = await openCase(ctx, company.id, {
    category: 'land',
    description: '用地审批',
    openedAt: '2026-11-20T02:00:00.000Z',
  });
  return {
    person: person.id,
    posting: posted.postings[0]?.id ?? 0,
    company: company.id,
    lateCase: late.id,
  };
}
