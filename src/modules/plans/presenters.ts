import type { Actor } from '../../domain/access.js';
import { can } from '../access/authorize.js';
import type { PlanItemRecord, PlanRecord } from './repository.js';
import type { PlanView } from './schema.js';
import { type PlanAction, planTransition } from './workflow.js';

/** What the actor may do with the plan now: the policy, and the workflow's state. */
function planCan(actor: Actor, row: PlanRecord, orgPath: readonly string[]) {
  const allowed = (action: PlanAction) =>
    planTransition(row.status, action).ok &&
    (action === 'approve' || action === 'return'
      ? can(actor, 'plans.decide')
      : can(actor, 'plans.write', { orgPath }));
  return {
    update: allowed('edit'),
    submit: allowed('submit'),
    approve: allowed('approve'),
    return: allowed('return'),
  };
}

/** A plan as the API shows it to `actor`; `orgPath` is its donor's path, for the policies. */
export function presentPlan(
  row: PlanRecord,
  items: readonly PlanItemRecord[],
  actor: Actor,
  orgPath: readonly string[],
): PlanView {
  return {
    ...presentPlanSummary(
      row,
      items.reduce((sum, i) => sum + i.plannedFen, 0),
      actor,
      orgPath,
    ),
    items: items.map((i) => ({
      project: i.code,
      name: i.nameZh,
      nameEn: i.nameEn,
      plannedFen: i.plannedFen,
    })),
  };
}

/** A plan in a list: its items summed, not listed. */
export function presentPlanSummary(
  row: PlanRecord,
  itemsFen: number,
  actor: Actor,
  orgPath: readonly string[],
): Omit<PlanView, 'items'> {
  return {
    id: row.id,
    programme: row.programmeCode,
    donor: { code: row.donorCode, name: row.donorName, nameEn: row.donorNameEn },
    year: row.year,
    status: row.status,
    totalFen: row.totalFen,
    itemsFen,
    submittedAt: row.submittedAt,
    decidedAt: row.decidedAt,
    decidedBy: row.decidedBy,
    returnReason: row.returnReason,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
    can: planCan(actor, row, orgPath),
  };
}

/** What the change history keeps of a plan. */
export function planSnapshot(row: PlanRecord, items: readonly PlanItemRecord[]) {
  return {
    id: row.id,
    programmeCode: row.programmeCode,
    donorCode: row.donorCode,
    year: row.year,
    status: row.status,
    totalFen: row.totalFen,
    items: items.map((i) => ({ projectId: i.projectId, code: i.code, plannedFen: i.plannedFen })),
    submittedAt: row.submittedAt,
    decidedAt: row.decidedAt,
    decidedBy: row.decidedBy,
    returnReason: row.returnReason,
    version: row.version,
  };
}
