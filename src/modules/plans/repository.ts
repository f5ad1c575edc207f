/** Plan queries shared by the plan use cases. */
import type { Executor } from '../../db/database.js';

/** A plan row with its donor's names. */
export function plansQuery(db: Executor) {
  return db
    .selectFrom('plans as pl')
    .innerJoin('organisations as d', 'd.code', 'pl.donorCode')
    .selectAll('pl')
    .select(['d.name as donorName', 'd.nameEn as donorNameEn']);
}

export type PlanRecord = Awaited<ReturnType<ReturnType<typeof plansQuery>['execute']>>[number];

export function findPlan(db: Executor, id: number) {
  return plansQuery(db).where('pl.id', '=', id).executeTakeFirst();
}

/**
 * The items of the plans, with their projects' codes and names, in project-code order (sorted
 * here: asked to sort, SQLite would walk every project in code order to find a plan's items).
 */
export async function itemsOf(db: Executor, planIds: readonly number[]) {
  const rows = await db
    .selectFrom('planItems as i')
    .innerJoin('projects as p', 'p.id', 'i.projectId')
    .select(['i.planId', 'i.projectId', 'i.plannedFen', 'p.code', 'p.nameZh', 'p.nameEn'])
    .where('i.planId', 'in', planIds.length > 0 ? [...planIds] : [-1])
    .execute();
  return rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

export type PlanItemRecord = Awaited<ReturnType<typeof itemsOf>>[number];

/** Each plan's planned funds in all, by plan id. */
export async function itemTotals(db: Executor, planIds: readonly number[]) {
  const rows = await db
    .selectFrom('planItems')
    .select((eb) => ['planId', eb.fn.sum<number | string>('plannedFen').as('fen')])
    .where('planId', 'in', planIds.length > 0 ? [...planIds] : [-1])
    .groupBy('planId')
    .execute();
  return new Map(rows.map((r) => [r.planId, Number(r.fen)]));
}
