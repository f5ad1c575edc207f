/**
 * "What if": the two 80% rules for a donor's draft plan, computed from the request body and
 * saving nothing. The same facts and classifier as the stored parts (compliance/parts.ts) and the
 * same pure evaluation (evaluateDonor): each location classed in-pair or cross-pair for the plan's
 * donor on the project's approval date (else 1 July of the year).
 */
import type { Executor } from '../../db/database.js';
import { type ComplianceProject, evaluateDonor } from '../../domain/compliance.js';
import type { ServiceContext } from '../../http/types.js';
import { authorize } from '../access/authorize.js';
import { Classifier, loadFacts } from '../compliance/parts.js';
import { presentDetail } from '../compliance/presenters.js';
import { type AreaNode, pairingSpans } from '../compliance/repository.js';
import type { DonorComplianceDetailView } from '../compliance/schema.js';
import { loadOrgTree, type OrgTree } from '../organisations/tree.js';
import { thresholdsFor } from '../programmes/service.js';
import { type ResolvedItem, resolveItems } from './items.js';
import { itemsOf } from './repository.js';
import type { WhatIfInput } from './schema.js';
import { assertPlanTarget, getPlan } from './service.js';

/** The items' projects as ComplianceProjects carrying the planned funds, classed for the donor. */
async function complianceProjects(
  db: Executor,
  input: { programme: string; year: number; donor: string; donorOrgPath: readonly string[] },
  items: readonly ResolvedItem[],
) {
  const areas = new Map<string, AreaNode>();
  const [facts, pairings] = await Promise.all([
    loadFacts(
      db,
      items.map((i) => i.projectId),
      areas,
    ),
    pairingSpans(db, input.programme),
  ]);
  const classifier = new Classifier(areas, pairings);
  const classifiedOn = new Map<number, string>();
  const list: ComplianceProject[] = items.map((item) => {
    const f = facts.get(item.projectId);
    if (!f) throw new Error(`project ${item.code} vanished`);
    const date = f.approvalDate ?? `${input.year}-07-01`;
    classifiedOn.set(item.projectId, date);
    return {
      projectId: item.projectId,
      code: f.code,
      name: f.name,
      nameEn: f.nameEn,
      amountFen: item.plannedFen,
      livelihoodShareBp: f.livelihoodShareBp,
      locations: classifier.locations(f.locations, input.donor, () => input.donorOrgPath, date),
    };
  });
  return { list, areas, classifiedOn };
}

/** The rules for resolved items of the donor's plan for the programme and year. */
async function evaluateItems(
  db: Executor,
  orgs: OrgTree,
  target: { programme: string; donor: string; year: number },
  items: readonly ResolvedItem[],
): Promise<DonorComplianceDetailView> {
  const [facts, threshold, donor, plan] = await Promise.all([
    complianceProjects(db, { ...target, donorOrgPath: orgs.pathOf(target.donor) }, items),
    thresholdsFor(db, target.programme, target.year),
    db
      .selectFrom('organisations')
      .select(['code', 'parentCode', 'name', 'nameEn'])
      .where('code', '=', target.donor)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('plans')
      .select(['id', 'status'])
      .where('programmeCode', '=', target.programme)
      .where('donorCode', '=', target.donor)
      .where('year', '=', target.year)
      .executeTakeFirst(),
  ]);
  const thresholds = threshold
    ? { countyAndBelowBp: threshold.countyAndBelowBp, livelihoodBp: threshold.livelihoodBp }
    : null;
  return presentDetail(
    { donor, result: evaluateDonor(facts.list, thresholds), thresholds, plan: plan ?? null },
    { programme: target.programme, year: target.year, basis: 'plan' },
    {
      areaName: (code) => facts.areas.get(code)?.name ?? code,
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
  const orgs = await loadOrgTree(ctx.db);
  await assertPlanTarget(ctx, orgs, input);
  authorize(ctx.actor, 'plans.write', { orgPath: orgs.pathOf(input.donor) });
  const items = await resolveItems(ctx.db, orgs, input, input.items);
  return evaluateItems(ctx.db, orgs, input, items);
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
  const [orgs, rows] = await Promise.all([loadOrgTree(ctx.db), itemsOf(ctx.db, [id])]);
  const items = rows.map((r) => ({
    projectId: r.projectId,
    code: r.code,
    plannedFen: r.plannedFen,
  }));
  return evaluateItems(
    ctx.db,
    orgs,
    { programme: plan.programme, donor: plan.donor.code, year: plan.year },
    items,
  );
}
