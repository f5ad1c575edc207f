/**
 * The plan workflow, pure: draft → submitted → approved, or submitted → returned → (edited) →
 * submitted again. A plan is edited only while draft or returned; an approved plan is final.
 */
import { type ProblemCode, type ProblemRef, problem } from '../../domain/problems.js';

export const PLAN_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export type PlanAction = 'edit' | 'submit' | 'approve' | 'return';

export type Transition = { ok: true; to: PlanStatus } | { ok: false; reason: ProblemRef };

const MOVES: Record<PlanAction, Partial<Record<PlanStatus, PlanStatus>>> = {
  edit: { draft: 'draft', returned: 'returned' },
  submit: { draft: 'submitted', returned: 'submitted' },
  approve: { submitted: 'approved' },
  return: { submitted: 'returned' },
};

const NEEDS: Record<PlanAction, ProblemCode> = {
  edit: 'plan.cannotEdit',
  submit: 'plan.cannotSubmit',
  approve: 'plan.cannotApprove',
  return: 'plan.cannotReturn',
};

/** Where the action takes a plan in `status`, or why it cannot. */
export function planTransition(status: PlanStatus, action: PlanAction): Transition {
  const to = MOVES[action][status];
  return to === undefined
    ? { ok: false, reason: problem(NEEDS[action], { status }) }
    : { ok: true, to };
}
