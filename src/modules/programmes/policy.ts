import { hasRole } from '../../domain/access.js';
import { definePolicies } from '../access/policy-kit.js';

/** Programme rules (the two 80% thresholds) are configured by the programme office. */
export const programmePolicies = definePolicies({
  'programmes.write': (actor) => hasRole(actor, 'coordinator'),
});
