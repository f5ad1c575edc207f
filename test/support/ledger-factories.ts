/**
 * Minimal direct inserts of projects, fund transactions and plans, for tests of what reads the
 * ledger (the two 80% rules). They bypass the use cases on purpose — no history, no validation
 * beyond the database's own — so keep them small; tests of the writes use the real services.
 * Like every write path they keep the rules' maintained parts (compliance/parts.ts) current.
 */
import type { Executor } from '../../src/db/database.js';
import type { TransactionType } from '../../src/db/schema.js';
import { refreshComplianceParts } from '../../src/modules/compliance/parts.js';
import { refreshProjectSearch } from '../../src/modules/projects/search.js';

const at = () => new Date().toISOString();

export interface ProjectOverrides {
  code: string;
  /** One donor with 100%, or several with shares in basis points. */
  donor: string | ReadonlyArray<{ org: string; shareBp: number }>;
  locations: ReadonlyArray<{ area: string; shareBp: number }>;
  livelihoodShareBp?: number;
  livelihoodReason?: string | null;
  typeCode?: string;
  approvalDate?: string | null;
  year?: number;
  programme?: string;
  name?: string;
  budgetFen?: number;
}

/** Inserts a project with its donors and locations; returns its id. */
export async function insertProject(db: Executor, o: ProjectOverrides): Promise<number> {
  const donors = typeof o.donor === 'string' ? [{ org: o.donor, shareBp: 10000 }] : o.donor;
  const lead = [...donors].sort((a, b) => b.shareBp - a.shareBp)[0];
  if (!lead) throw new Error('a project needs a donor');
  const livelihood = o.livelihoodShareBp ?? 10000;
  const { id } = await db
    .insertInto('projects')
    .values({
      code: o.code,
      programmeCode: o.programme ?? 'xinjiang',
      nameZh: o.name ?? `项目 ${o.code}`,
      typeCode: o.typeCode ?? (livelihood === 0 ? 'industry' : 'livelihood'),
      livelihoodShareBp: livelihood,
      livelihoodReason: o.livelihoodReason ?? null,
      stage: 'approved',
      fixedAsset: 0,
      continuing: 0,
      budgetFen: o.budgetFen ?? 0,
      leadDonorCode: lead.org,
      year: o.year ?? 2024,
      approvalDate: o.approvalDate ?? null,
      createdAt: at(),
      updatedAt: at(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('projectDonors')
    .values(donors.map((d) => ({ projectId: id, orgCode: d.org, shareBp: d.shareBp })))
    .execute();
  if (o.locations.length > 0) {
    await db
      .insertInto('projectLocations')
      .values(o.locations.map((l) => ({ projectId: id, areaCode: l.area, shareBp: l.shareBp })))
      .execute();
  }
  await refreshProjectSearch(db, [id]);
  return id;
}

async function projectId(db: Executor, code: string): Promise<number> {
  const row = await db
    .selectFrom('projects')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Inserts one fund transaction (actual unless `planned`); `year` follows from the date. */
export async function insertTransaction(
  db: Executor,
  o: {
    projectCode: string;
    type: TransactionType;
    valueFen: number;
    date: string;
    planned?: boolean;
  },
): Promise<void> {
  const id = await projectId(db, o.projectCode);
  await db
    .insertInto('fundTransactions')
    .values({
      projectId: id,
      type: o.type,
      planned: o.planned ? 1 : 0,
      valueFen: o.valueFen,
      date: o.date,
      year: Number(o.date.slice(0, 4)),
      createdAt: at(),
      createdBy: 'test',
    })
    .execute();
  await refreshComplianceParts(db, [id]);
}

/** Inserts a donor's plan for a year with its items; returns the plan id. */
export async function insertPlan(
  db: Executor,
  o: {
    donor: string;
    year: number;
    items: ReadonlyArray<{ projectCode: string; plannedFen: number }>;
    status?: 'draft' | 'submitted' | 'approved' | 'returned';
    programme?: string;
  },
): Promise<number> {
  const { id } = await db
    .insertInto('plans')
    .values({
      programmeCode: o.programme ?? 'xinjiang',
      donorCode: o.donor,
      year: o.year,
      status: o.status ?? 'draft',
      totalFen: o.items.reduce((s, i) => s + i.plannedFen, 0),
      createdAt: at(),
      updatedAt: at(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const projectIds: number[] = [];
  for (const item of o.items) {
    projectIds.push(await projectId(db, item.projectCode));
    await db
      .insertInto('planItems')
      .values({ planId: id, projectId: projectIds.at(-1) as number, plannedFen: item.plannedFen })
      .execute();
  }
  await refreshComplianceParts(db, projectIds);
  return id;
}
