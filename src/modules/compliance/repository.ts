/**
 * The queries behind the two 80% rules: one grouped scan of the ledger (or the plans) joined to
 * the projects' facts, donor shares and locations; then the area ancestors, pairings,
 * organisations and plans, each in one query. Never one per project, so a year of the whole
 * programme costs the same handful of round trips.
 */
import type { Executor } from '../../db/database.js';
import type { AreaLevel } from '../../domain/areas.js';
import type { PairingSpan } from '../../domain/pairing.js';
import type { Basis } from './schema.js';

export interface OrgRow {
  code: string;
  parentCode: string | null;
  name: string;
  nameEn: string;
}

/** Every organisation, by code (a few thousand rows at most: donors, HQs, cities, hospitals). */
export async function loadOrganisations(db: Executor): Promise<Map<string, OrgRow>> {
  const rows = await db
    .selectFrom('organisations')
    .select(['code', 'parentCode', 'name', 'nameEn'])
    .execute();
  return new Map(rows.map((r) => [r.code, r]));
}

/** The donors of the programme's national (top-level) pairings, in any year. */
export async function topLevelDonorCodes(db: Executor, programme: string): Promise<string[]> {
  const rows = await db
    .selectFrom('pairings')
    .select('donorCode')
    .distinct()
    .where('programmeCode', '=', programme)
    .where('parentId', 'is', null)
    .orderBy('donorCode')
    .execute();
  return rows.map((r) => r.donorCode);
}

export async function programmeExists(db: Executor, programme: string): Promise<boolean> {
  const row = await db
    .selectFrom('programmes')
    .select('code')
    .where('code', '=', programme)
    .executeTakeFirst();
  return row !== undefined;
}

/** The plans of the programme and year, one per donor at most. */
export function loadPlans(db: Executor, programme: string, year: number) {
  return db
    .selectFrom('plans')
    .select(['id', 'donorCode', 'status'])
    .where('programmeCode', '=', programme)
    .where('year', '=', year)
    .execute();
}

export interface AmountQuery {
  programme: string;
  year: number;
  basis: Basis;
  /** Only projects with a donor among these organisations (resp. plans of them); null: all. */
  orgCodes: readonly string[] | null;
}

/**
 * Actual disbursements dated in the year, summed per project (the grouped scan of the ledger,
 * done once), joined to each project's facts, donor shares and located areas: one row per
 * project × donor × location (usually one or two). Donor shares come whole, so splits stay exact.
 */
function actualRows(db: Executor, q: AmountQuery) {
  let sums = db
    .selectFrom('fundTransactions as ft')
    .innerJoin('projects as p0', 'p0.id', 'ft.projectId')
    .select((eb) => ['ft.projectId', eb.fn.sum<number>('ft.valueFen').as('amountFen')])
    .where('ft.year', '=', q.year)
    .where('ft.type', '=', 'disbursement')
    .where('ft.planned', '=', 0)
    .where('p0.programmeCode', '=', q.programme)
    .groupBy('ft.projectId');
  if (q.orgCodes !== null) {
    const orgs = q.orgCodes.length > 0 ? [...q.orgCodes] : [''];
    sums = sums.where('ft.projectId', 'in', (eb) =>
      eb.selectFrom('projectDonors').select('projectId').where('orgCode', 'in', orgs),
    );
  }
  return db
    .selectFrom(sums.as('t'))
    .innerJoin('projects as p', 'p.id', 't.projectId')
    .leftJoin('projectDonors as pd', 'pd.projectId', 't.projectId')
    .leftJoin('projectLocations as pl', 'pl.projectId', 't.projectId')
    .leftJoin('areas as a', 'a.code', 'pl.areaCode')
    .select(['t.projectId', 't.amountFen', 'pd.orgCode', 'pd.shareBp as donorShareBp'])
    .select(['p.code', 'p.nameZh', 'p.livelihoodShareBp', 'p.approvalDate'])
    .select(['pl.areaCode', 'pl.shareBp as locationShareBp', 'a.level', 'a.name as areaName'])
    .select('a.parentCode')
    .execute();
}

/** Planned funds of the year's plans, per plan donor and project, with the same joins. */
function planRows(db: Executor, q: AmountQuery) {
  let query = db
    .selectFrom('planItems as pi')
    .innerJoin('plans as pn', 'pn.id', 'pi.planId')
    .innerJoin('projects as p', 'p.id', 'pi.projectId')
    .leftJoin('projectLocations as pl', 'pl.projectId', 'pi.projectId')
    .leftJoin('areas as a', 'a.code', 'pl.areaCode')
    .select(['pi.projectId', 'pi.plannedFen as amountFen', 'pn.donorCode as orgCode'])
    .select(['p.code', 'p.nameZh', 'p.livelihoodShareBp', 'p.approvalDate'])
    .select(['pl.areaCode', 'pl.shareBp as locationShareBp', 'a.level', 'a.name as areaName'])
    .select('a.parentCode')
    .where('pn.programmeCode', '=', q.programme)
    .where('pn.year', '=', q.year);
  if (q.orgCodes !== null) {
    query = query.where('pn.donorCode', 'in', q.orgCodes.length > 0 ? [...q.orgCodes] : ['']);
  }
  return query.execute();
}

/** One project × donor × location of the basis; `donorShareBp` is null on the plan basis. */
export interface BasisRow {
  projectId: number;
  amountFen: number;
  orgCode: string | null;
  donorShareBp: number | null;
  code: string;
  nameZh: string;
  livelihoodShareBp: number;
  approvalDate: string | null;
  areaCode: string | null;
  locationShareBp: number | null;
  level: AreaLevel | null;
  areaName: string | null;
  parentCode: string | null;
}

/**
 * The money of the basis with everything the rules need, in one query: on the actual basis the
 * project's donor organisations with their shares, on the plan basis the plan's donor.
 */
export async function basisRows(db: Executor, q: AmountQuery): Promise<BasisRow[]> {
  if (q.basis === 'actual') return actualRows(db, q);
  return (await planRows(db, q)).map((r) => ({ ...r, donorShareBp: null }));
}

export interface AreaNode {
  code: string;
  parentCode: string | null;
  level: AreaLevel;
  name: string;
}

/** The area and its ancestors by stored parents, self first. */
export function chainOf(areas: Map<string, AreaNode>, code: string): string[] {
  const chain: string[] = [];
  for (let next: string | null = code; next !== null && chain.length < 8; ) {
    chain.push(next);
    next = areas.get(next)?.parentCode ?? null;
  }
  return chain;
}

/**
 * Completes `areas` with the ancestors of every area in it, following stored parents: one
 * query per level at most (a chain is at most five deep).
 */
export async function addAncestors(db: Executor, areas: Map<string, AreaNode>): Promise<void> {
  for (let round = 0; round < 8; round++) {
    const missing = new Set<string>();
    for (const a of areas.values()) {
      if (a.parentCode !== null && !areas.has(a.parentCode)) missing.add(a.parentCode);
    }
    if (missing.size === 0) return;
    const rows = await db
      .selectFrom('areas')
      .select(['code', 'parentCode', 'level', 'name'])
      .where('code', 'in', [...missing])
      .execute();
    if (rows.length === 0) return;
    for (const r of rows) areas.set(r.code, r);
  }
}

/** The programme's area pairings (top-level and sub), as spans for `classifyWork`. */
export async function pairingSpans(db: Executor, programme: string): Promise<PairingSpan[]> {
  const rows = await db
    .selectFrom('pairings')
    .select(['id', 'programmeCode', 'donorCode', 'recipientAreaCode', 'validFrom', 'validTo'])
    .select('parentId')
    .where('programmeCode', '=', programme)
    .where('recipientAreaCode', 'is not', null)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    programme: r.programmeCode,
    donorCode: r.donorCode,
    areaCode: r.recipientAreaCode ?? '',
    validFrom: r.validFrom,
    validTo: r.validTo,
    parentId: r.parentId,
  }));
}
