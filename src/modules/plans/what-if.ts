/**
 * "What if": the two 80% rules for a donor's draft plan, computed from the request body and
 * saving nothing. The same pure evaluation as the saved plan's compliance (evaluateDonor), fed
 * with the same project facts: livelihood share, locations with their area levels, and each
 * location classed in-pair or cross-pair for the plan's donor on the project's approval date
 * (else 1 July of the year), as the compliance module classes them.
 */
import type { Executor } from '../../db/database.js';
import { type ComplianceProject, evaluateDonor } from '../../domain/compliance.js';
import { classifyWork } from '../../domain/pairing.js';
import type { ServiceContext } from '../../http/types.js';
import { authorize } from '../access/authorize.js';
import { presentDetail } from '../compliance/presenters.js';
import { type AreaNode, addAncestors, chainOf, pairingSpans } from '../compliance/repository.js';
import type { DonorComplianceDetailView } from '../compliance/schema.js';
import { loadOrgTree } from '../organisations/tree.js';
import { thresholdsFor } from '../programmes/service.js';
import { type ResolvedItem, resolveItems } from './items.js';
import type { WhatIfInput } from './schema.js';
import { assertPlanTarget } from './service.js';

/** The facts of the items' projects, as ComplianceProjects carrying the planned funds. */
async function complianceProjects(
  db: Executor,
  input: { programme: string; year: number; donorOrgPath: readonly string[] },
  items: readonly ResolvedItem[],
) {
  const ids = items.length > 0 ? items.map((i) => i.projectId) : [-1];
  const [projects, locations, pairings] = await Promise.all([
    db
      .selectFrom('projects')
      .select(['id', 'code', 'nameZh', 'livelihoodShareBp', 'approvalDate'])
      .where('id', 'in', ids)
      .execute(),
    db
      .selectFrom('projectLocations as pl')
      .innerJoin('areas as a', 'a.code', 'pl.areaCode')
      .select(['pl.projectId', 'pl.areaCode', 'pl.shareBp', 'a.level', 'a.name', 'a.parentCode'])
      .where('pl.projectId', 'in', ids)
      .orderBy('pl.projectId')
      .orderBy('pl.areaCode')
      .execute(),
    pairingSpans(db, input.programme),
  ]);
  const areas = new Map<string, AreaNode>();
  for (const l of locations) {
    areas.set(l.areaCode, {
      code: l.areaCode,
      parentCode: l.parentCode,
      level: l.level,
      name: l.name,
    });
  }
  await addAncestors(db, areas);
  const byId = new Map(projects.map((p) => [p.id, p]));
  const classifiedOn = new Map<number, string>();
  const list: ComplianceProject[] = items.map((item) => {
    const p = byId.get(item.projectId);
    if (!p) throw new Error(`project ${item.code} vanished`);
    const date = p.approvalDate ?? `${input.year}-07-01`;
    classifiedOn.set(p.id, date);
    return {
      projectId: p.id,
      code: p.code,
      name: p.nameZh,
      amountFen: item.plannedFen,
      livelihoodShareBp: p.livelihoodShareBp,
      locations: locations
        .filter((l) => l.projectId === p.id)
        .map((l) => {
          const chain = chainOf(areas, l.areaCode);
          const classification = classifyWork({
            donorOrgPath: input.donorOrgPath,
            areaPath: chain,
            pairings,
            date,
          });
          return {
            areaCode: l.areaCode,
            level: l.level,
            shareBp: l.shareBp,
            crossPair: classification === 'cross-pair',
          };
        }),
    };
  });
  return { list, areas, classifiedOn };
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
  const [facts, threshold, donor, plan] = await Promise.all([
    complianceProjects(
      ctx.db,
      { programme: input.programme, year: input.year, donorOrgPath: orgs.pathOf(input.donor) },
      items,
    ),
    thresholdsFor(ctx.db, input.programme, input.year),
    ctx.db
      .selectFrom('organisations')
      .select(['code', 'parentCode', 'name', 'nameEn'])
      .where('code', '=', input.donor)
      .executeTakeFirstOrThrow(),
    ctx.db
      .selectFrom('plans')
      .select(['id', 'status'])
      .where('programmeCode', '=', input.programme)
      .where('donorCode', '=', input.donor)
      .where('year', '=', input.year)
      .executeTakeFirst(),
  ]);
  const thresholds = threshold
    ? { countyAndBelowBp: threshold.countyAndBelowBp, livelihoodBp: threshold.livelihoodBp }
    : null;
  return presentDetail(
    { donor, result: evaluateDonor(facts.list, thresholds), thresholds, plan: plan ?? null },
    { programme: input.programme, year: input.year, basis: 'plan' },
    {
      areaName: (code) => facts.areas.get(code)?.name ?? code,
      classifiedOn: (id) => facts.classifiedOn.get(id) ?? '',
    },
  );
}
