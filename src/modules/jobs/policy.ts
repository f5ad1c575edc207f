import { hasRole } from '../../domain/access.js';
import { definePolicies } from '../access/policy-kit.js';

/** The background job queue is the programme office's to inspect and to retry. */
export const jobPolicies = definePolicies({
  'jobs.read': (actor) => hasRole(actor, 'coordinator'),
  'jobs.write': (actor) => hasRole(actor, 'coordinator'),
});
