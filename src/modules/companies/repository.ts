/** Queries shared by the company and case use cases. */
import type { Executor } from '../../db/database.js';
import type { Reference } from '../reference/reference.js';
import type { DonorAreaScope } from './policy.js';

/** A company row with its donor's and area's names. */
export function companiesQuery(db: Executor) {
  return db
    .selectFrom('companies as c')
    .innerJoin('organisations as d', 'd.code', 'c.donorCode')
    .innerJoin('areas as a', 'a.code', 'c.areaCode')
    .selectAll('c')
    .select([
      'd.name as donorName',
      'd.nameEn as donorNameEn',
      'a.name as areaName',
      'a.nameEn as areaNameEn',
    ]);
}

export type CompanyRecord = Awaited<
  ReturnType<ReturnType<typeof companiesQuery>['execute']>
>[number];

export function findCompany(db: Executor, id: number) {
  return companiesQuery(db).where('c.id', '=', id).executeTakeFirst();
}

/** Where a company (or a row of it) sits, for the policies. */
export function scopeOf(
  row: { donorCode: string; areaCode: string; publishedAt: string | null },
  ref: Reference,
): DonorAreaScope {
  return {
    orgPath: ref.orgs.pathOf(row.donorCode),
    areaPath: ref.areas.pathOf(row.areaCode),
    published: row.publishedAt !== null,
  };
}

/** Each company's officers, newest first. */
export async function officersOf(db: Executor, companyIds: readonly number[]) {
  if (companyIds.length === 0) return [];
  return db
    .selectFrom('companyOfficers')
    .selectAll()
    .where('companyId', 'in', [...companyIds])
    .orderBy('startOn', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export type OfficerRecord = Awaited<ReturnType<typeof officersOf>>[number];

/** The officer serving on `date` (start ≤ date ≤ end), from a company's officers. */
export function officerOn(officers: readonly OfficerRecord[], date: string) {
  return officers.find((o) => o.startOn <= date && (o.endOn === null || date <= o.endOn)) ?? null;
}
