/** Shanghai's projects in Bachu (Kashgar), one per warning kind, as of a fixed day. */
import type { Database } from '../../src/db/database.js';
import { systemActor } from '../../src/domain/access.js';
import { createTransaction } from '../../src/modules/ledger/service.js';
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
