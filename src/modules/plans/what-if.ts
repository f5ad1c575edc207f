/**
 * "What if": the two 80% rules for a donor's draft plan, computed from the request body and
 * saving nothing. The same facts and classifier as the stored parts (compliance/parts.ts) and the
 * same pure evaluation (evaluateDonor): each location classed in-pair or cross-pair for the plan's
 * donor on the project's approval date (else 1 July of the year).
 */
import type { Executor } from '../../db/database.js';
import { type ComplianceProject, evaluateDonor } from '../../domain/compliance.js';
import { authorize } from '../access/authorize.js';
import { Classifier } from '../compliance/parts.js';
import { presentEvaluated } from '../compliance/presenters.js';
import type { DonorComplianceDetailView } from '../compliance/schema.js';
import type { ServiceContext } from '../core/context.js';
import type { ProjectRow } from '../projects/aggregate.js';
import { projectsSeenBy } from '../projects/scope.js';
import { loadReference, type Reference } from '../reference/reference.js';
import { type ResolvedItem, resolveItems } from './items.js';
import { itemsOf } from './repository.js';
import type { WhatIfInput } from './schema.js';
import { assertPlanTarget, getPlan } from './service.js';

/**
 * What the rules need of the projects: a few fields of each and its locations (by area code),
 * two reads; a plan names a few thousand projects at national scale, whose whole aggregates
 * (ledger, documents, results) took 150 ms to read and the rules ignore.
 */
interface RuleFacts {
  row: Pick<ProjectRow, 'id' | 'code' | 'nameZh' | 'nameEn' | 'livelihoodShareBp' | 'approvalDate'>;
  locations: { projectId: number; areaCode: string; shareBp: number }[];
}

async function ruleFactsOf(db: Executor, ids: readonly number[]): Promise<Map<number, RuleFacts>> {
  if (ids.length === 0) return new Map();
  const [rows, locations] = await Promise.all([
    db
      .selectFrom('projects')
      .select(['id', 'code', 'nameZh', 'nameEn', 'livelihoodShareBp', 'approvalDate'])
      .where('id', 'in', [...ids])
      .execute(),
    db
      .selectFrom('projectLocations')
      .select(['projectId', 'areaCode', 'shareBp'])
      .where('projectId', 'in', [...ids])
      .execute(),
  ]);
  const byId = new Map<number, RuleFacts>(rows.map((r) => [r.id, { row: r, locations: [] }]));
  for (const l of locations) byId.get(l.projectId)?.locations.push(l);
  for (const p of byId.values()) {
    p.locations.sort((a, b) => (a.areaCode < b.areaCode ? -1 : a.areaCode > b.areaCode ? 1 : 0));
  }
  return byId;
}

/** The items' projects as ComplianceProjects carrying the planned funds, classed for the donor. */
async function complianceProjects(
  db: Executor,
  ref: Reference,
  input: { programme: string; year: number; donor: string },
  items: readonly ResolvedItem[],
) {
  const byId = await ruleFactsOf(
    db,
    items.map((i) => i.projectId),
  );
  const classifier = new Classifier(ref, input.programme);
  const donorOrgPath = ref.orgs.pathOf(input.donor);
  const classifiedOn = new Map<number, string>();
  const list: ComplianceProject[] = items.map((item) => {
    const p = byId.get(item.projectId);
    if (!p) throw new Error(`project ${item.code} vanished`);
    const date = p.row.approvalDate ?? `${input.year}-07-01`;
    classifiedOn.set(item.projectId, date);
    return {
      projectId: item.projectId,
      code: p.row.code,
      name: p.row.nameZh,
      nameEn: p.row.nameEn,
      amountFen: item.plannedFen,
      livelihoodShareBp: p.row.livelihoodShareBp,
      locations: classifier.locations(p.locations, input.donor, () => donorOrgPath, date),
    };
  });
  return { list, classifiedOn };
}

/** The rules for resolved items of the donor's plan for the programme and year. */
async function evaluateItems(
  db: Executor,
  ref: Reference,
  target: { programme: string; donor: string; year: number },
  items: readonly ResolvedItem[],
): Promise<DonorComplianceDetailView> {
  const [facts, plan] = await Promise.all([
    complianceProjects(db, ref, target, items),
    db
      .selectFrom('plans')
      .select(['id', 'status'])
      .where('programmeCode', '=', target.programme)
      .where('donorCode', '=', target.donor)
      .where('year', '=', target.year)
      .executeTakeFirst(),
  ]);
  const donor = ref.orgs.get(target.donor);
  if (!donor) throw new Error(`organisation ${target.donor} vanished`);
  const threshold = ref.thresholdsFor(target.programme, target.year);
  const thresholds = threshold
    ? { countyAndBelowBp: threshold.countyAndBelowBp, livelihoodBp: threshold.livelihoodBp }
    : null;
  return presentEvaluated(
    { donor, result: evaluateDonor(facts.list, thresholds), thresholds, plan: plan ?? null },
    { programme: target.programme, year: target.year, basis: 'plan' },
    {
      areaName: (code) => ref.areas.get(code)?.name ?? code,
      areaNameEn: (code) => ref.areas.get(code)?.nameEn ?? code,
      areaNameUg: (code) => ref.areas.get(code)?.nameUg ?? null,
      classifiedOn: (id) => facts.classifiedOn.get(id) ?? '',
    },
  );
}

/**
 * The compliance the donor's plan would have with these items, computed from the body alone:
 * nothing is written, no history recorded. Items are checked as when saving a plan (422
 * naming `items.N.project`).
 */
export async function whatIf(
  ctx: ServiceContext,
  input: WhatIfInput,
): Promise<DonorComplianceDetailView> {
  const ref = await loadReference(ctx.db);
  assertPlanTarget(ref, input);
  authorize(ctx.actor, 'plans.write', { orgPath: ref.orgs.pathOf(input.donor) });
  const seen = projectsSeenBy(ctx.db, ctx, ref);
  const items = await resolveItems(ctx.db, ref.orgs, input, input.items, seen);
  return evaluateItems(ctx.db, ref, input, items);
}

/**
 * The two 80% rules of a saved plan on its own items (for any organisation that plans, a city
 * as well as a province), for whoever may read the plan; 404 otherwise.
 */
export async function planCompliance(
  ctx: ServiceContext,
  id: number,
): Promise<DonorComplianceDetailView> {
  const plan = await getPlan(ctx, id); // 404 unless the actor may read it
  const [ref, rows] = await Promise.all([loadReference(ctx.db), itemsOf(ctx.db, [id])]);
  const items = rows.map((r) => ({
    projectId: r.projectId,
    code: r.code,
    plannedFen: r.plannedFen,
  }));
  return evaluateItems(
    ctx.db,
    ref,
    { programme: plan.programme, donor: plan.donor.code, year: plan.year },
    items,
  );
}
