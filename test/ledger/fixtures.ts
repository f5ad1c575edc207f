/**
 * A small direct-insert project factory for the ledger and plan tests (the projects module's own
 * factory was not there yet when these were written): a project with its donors, locations,
 * stage and publication, bypassing the use cases (no history, no validation).
 */
import type { Executor } from '../../src/db/database.js';
import type { Stage } from '../../src/db/schema.js';

export interface LedgerProjectOverrides {
  code: string;
  /** One donor with 100%, or several with shares in basis points. */
  donor?: string | ReadonlyArray<{ org: string; shareBp: number }>;
  locations?: ReadonlyArray<{ area: string; shareBp: number }>;
  stage?: Stage;
  stageBeforeSuspension?: Stage | null;
  budgetFen?: number;
  year?: number;
  programme?: string;
  livelihoodShareBp?: number;
  approvalDate?: string | null;
  published?: boolean;
}

/** Inserts a project (Shanghai's, in Bachu, approved, 2025 unless told); returns its id. */
export async function insertLedgerProject(db: Executor, o: LedgerProjectOverrides) {
  const donor = o.donor ?? '310000';
  const donors = typeof donor === 'string' ? [{ org: donor, shareBp: 10000 }] : donor;
  const lead = [...donors].sort((a, b) => b.shareBp - a.shareBp)[0];
  if (!lead) throw new Error('a project needs a donor');
  const at = new Date().toISOString();
  const livelihood = o.livelihoodShareBp ?? 10000;
  const { id } = await db
    .insertInto('projects')
    .values({
      code: o.code,
      programmeCode: o.programme ?? 'xinjiang',
      nameZh: `项目 ${o.code}`,
      typeCode: livelihood === 0 ? 'industry' : 'livelihood',
      livelihoodShareBp: livelihood,
      fixedAsset: 0,
      continuing: 0,
      stage: o.stage ?? 'approved',
      stageBeforeSuspension: o.stageBeforeSuspension ?? null,
      budgetFen: o.budgetFen ?? 1_000_000,
      leadDonorCode: lead.org,
      year: o.year ?? 2025,
      approvalDate: o.approvalDate ?? null,
      publishedAt: o.published ? at : null,
      createdAt: at,
      updatedAt: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('projectDonors')
    .values(donors.map((d) => ({ projectId: id, orgCode: d.org, shareBp: d.shareBp })))
    .execute();
  const locations = o.locations ?? [{ area: '653130', shareBp: 10000 }];
  if (locations.length > 0) {
    await db
      .insertInto('projectLocations')
      .values(locations.map((l) => ({ projectId: id, areaCode: l.area, shareBp: l.shareBp })))
      .execute();
  }
  return id;
}

/** How many rows the table holds: refused writes must leave it unchanged. */
export async function rowCount(db: Executor, table: 'fundTransactions' | 'plans' | 'planItems') {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The history head: unchanged when nothing was written. */
export function historyHead(db: Executor) {
  return db.selectFrom('historyHead').select(['lastId', 'lastHash']).executeTakeFirstOrThrow();
}
