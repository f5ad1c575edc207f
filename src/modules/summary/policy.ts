import { definePolicies } from '../access/policy-kit.js';

/**
 * The home page's figures: any signed-in user; what they hold is decided by the caller's grants
 * in the use case (the programme, its own donors, its own areas, or published projects only).
 */
export const summaryPolicies = definePolicies({
  'summary.read': (actor) => actor.kind === 'user' || actor.kind === 'system',
});
