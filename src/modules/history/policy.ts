import { hasRole } from '../../domain/access.js';
import { definePolicies } from '../access/policy-kit.js';

/** The full change history is for auditors and the programme office. */
export const historyPolicies = definePolicies({
  'history.read': (actor) => hasRole(actor, 'auditor', 'coordinator'),
  'history.verify': (actor) => hasRole(actor, 'auditor', 'coordinator'),
});
