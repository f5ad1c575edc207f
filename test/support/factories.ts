/**
 * Test data, one factory for every suite: projects, ledger entries and plans, created through
 * the use cases (as the system, unless an actor is given), so every write goes the one write
 * path — history, projections and all. `buildProjectInput` gives the body of
 * `POST /api/projects` with overrides; `insertProject` & co. take the short forms the tests of
 * what reads the ledger use.
 */
import type { Database, Executor } from '../../src/db/database.js';
import { type Actor, systemActor } from '../../src/domain/access.js';
import type { TransactionType } from '../../src/domain/ledger.js';
import type { Stage } from '../../src/domain/stages.js';
import { createTransaction } from '../../src/modules/ledger/service.js';
import {
  approvePlan,
  createPlan,
  returnPlan,
  submitPlan,
} from '../../src/modules/plans/service.js';
import { createProject } from '../../src/modules/projects/create.js';
import {
  type CreateProjectInput,
  createProjectBody,
  type ProjectView,
} from '../../src/modules/projects/schema.js';

let sequence = 0;

/** A unique project code for this test process. */
export function nextProjectCode(prefix = 'T'): string {
  sequence += 1;
  return `${prefix}-${process.pid}-${sequence}`;
}

const SYSTEM = systemActor('test');
const executorOf = (db: Database | Executor): Executor => ('db' in db ? db.db : db);

/**
 * The body of `POST /api/projects`: a Beijing livelihood project in Hotan city (653201), approved,
 * 1 million yuan. Overrides replace whole fields.
 */
export function buildProjectInput(overrides: Partial<CreateProjectInput> = {}): CreateProjectInput {
  return {
    code: nextProjectCode(),
    name: { zh: '和田市安居房项目', en: 'Hotan housing project' },
    programme: 'xinjiang',
    donor: '110000',
    type: 'livelihood',
    stage: 'approved',
    approvalDate: '2024-03-01',
    budgetFen: 100_000_000,
    locations: [{ area: '653201', shareBp: 10000 }],
    ...overrides,
  };
}

/** Creates a project through the use case (as the system unless an actor is given). */
export async function createTestProject(
  database: Database | Executor,
  overrides: Partial<CreateProjectInput> = {},
  actor: Actor = SYSTEM,
): Promise<ProjectView> {
  const input = createProjectBody.parse(buildProjectInput(overrides));
  return createProject({ actor, db: executorOf(database) }, input);
}

/** The short form of a project: a code, donors, locations and the fields the rules read. */
export interface ProjectOverrides {
  code: string;
  /** One donor with 100%, or several with shares in basis points (default Shanghai). */
  donor?: string | ReadonlyArray<{ org: string; shareBp: number }>;
  /** Default: Bachu county (653130), whole. */
  locations?: ReadonlyArray<{ area: string; shareBp: number }>;
  /** Default 10000 (a livelihood project); 0 makes an industry project. */
  livelihoodShareBp?: number;
  livelihoodReason?: string | null;
  typeCode?: string;
  stage?: Stage;
  stageBeforeSuspension?: Stage | null;
  approvalDate?: string | null;
  year?: number;
  programme?: string;
  name?: string;
  budgetFen?: number;
  published?: boolean;
}

/**
 * Creates a project from the short form (Shanghai's, in Bachu, approved, 2025, 10,000 yuan unless
 * told) through the use case; returns its id.
 */
export async function insertProject(db: Database | Executor, o: ProjectOverrides): Promise<number> {
  const donor = o.donor ?? '310000';
  const livelihood = o.livelihoodShareBp ?? 10000;
  const type = o.typeCode ?? (livelihood === 0 ? 'industry' : 'livelihood');
  const defaultShare = type === 'industry' || type === 'exchange' ? 0 : 10000;
  const stage = o.stage ?? 'approved';
  const project = await createTestProject(db, {
    code: o.code,
    name: { zh: o.name ?? `项目 ${o.code}` },
    programme: o.programme ?? 'xinjiang',
    ...(typeof donor === 'string'
      ? { donor }
      : { donor: undefined, donors: donor.map((d) => ({ org: d.org, shareBp: d.shareBp })) }),
    type,
    livelihoodShareBp: livelihood,
    livelihoodReason:
      o.livelihoodReason ?? (livelihood === defaultShare ? null : 'a share set by the test'),
    stage,
    ...(stage === 'suspended' || stage === 'cancelled'
      ? {
          stageBeforeSuspension: (o.stageBeforeSuspension ?? 'approved') as never,
          stageReason: 'set by the test',
        }
      : {}),
    approvalDate: o.approvalDate ?? null,
    year: o.year ?? 2025,
    budgetFen: o.budgetFen ?? 1_000_000,
    locations: [...(o.locations ?? [{ area: '653130', shareBp: 10000 }])],
    published: o.published ?? false,
  });
  const row = await executorOf(db)
    .selectFrom('projects')
    .select('id')
    .where('code', '=', project.code)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Records one fund transaction through the ledger's use case (actual unless `planned`). */
export async function insertTransaction(
  db: Database | Executor,
  o: {
    projectCode: string;
    type: TransactionType;
    valueFen: number;
    date: string;
    planned?: boolean;
  },
): Promise<void> {
  await createTransaction({ actor: SYSTEM, db: executorOf(db) }, o.projectCode, {
    type: o.type,
    valueFen: o.valueFen,
    date: o.date,
    planned: o.planned ?? false,
  });
}

/** Drafts a donor's plan with its items through the plans' use cases, moved on to `status`. */
export async function insertPlan(
  db: Database | Executor,
  o: {
    donor: string;
    year: number;
    items: ReadonlyArray<{ projectCode: string; plannedFen: number }>;
    status?: 'draft' | 'submitted' | 'approved' | 'returned';
    programme?: string;
  },
): Promise<number> {
  const ctx = { actor: SYSTEM, db: executorOf(db) };
  const plan = await createPlan(ctx, {
    programme: o.programme ?? 'xinjiang',
    donor: o.donor,
    year: o.year,
    totalFen: o.items.reduce((s, i) => s + i.plannedFen, 0),
    items: o.items.map((i) => ({ project: i.projectCode, plannedFen: i.plannedFen })),
  });
  const status = o.status ?? 'draft';
  if (status !== 'draft') await submitPlan(ctx, plan.id);
  if (status === 'approved') await approvePlan(ctx, plan.id);
  if (status === 'returned') await returnPlan(ctx, plan.id, 'returned by the test');
  return plan.id;
}

/**
 * A person (aid personnel, decision 0025) of a donor, inserted as the teams and mentoring tests
 * need one: name, donor and publication only.
 */
export async function insertTestPerson(
  db: Database | Executor,
  o: { donor: string; name: string; published?: boolean },
): Promise<number> {
  const executor = 'engine' in db ? db.db : db;
  const at = new Date().toISOString();
  const { id } = await executor
    .insertInto('persons')
    .values({
      nameZh: o.name,
      sex: 'female',
      donorCode: o.donor,
      publishedAt: o.published === false ? null : at,
      createdAt: at,
      updatedAt: at,
      version: 1,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
