import { hasRole, roleCovers } from '../../domain/access.js';
import { definePolicies } from '../access/policy-kit.js';

/** A plan as policies see it: its donor's organisation path, self first. */
export interface PlanScope {
  orgPath: readonly string[];
}

/**
 * A donor editor drafts, edits and submits its own donors' plans (and asks "what if" of them);
 * the programme office may do the same for any donor and alone approves or returns a plan.
 * Coordinators and auditors read every plan, a donor editor its own.
 */
export const planPolicies = definePolicies({
  'plans.read': (actor, plan?: PlanScope) =>
    hasRole(actor, 'coordinator', 'auditor') || roleCovers(actor, 'donor-editor', plan),
  'plans.write': (actor, plan?: PlanScope) =>
    hasRole(actor, 'coordinator') || roleCovers(actor, 'donor-editor', plan),
  'plans.decide': (actor) => hasRole(actor, 'coordinator'),
});
