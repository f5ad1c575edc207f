import { hasRole } from '../../domain/access.js';
import { definePolicies } from '../access/policy-kit.js';

/**
 * An import job (decision 0081) is read by its owner and by the programme office; starting one
 * is behind the kind's own import policy (routes.ts). Without a job (the route's question) any
 * signed-in user may ask: the job decides.
 */
export const transferPolicies = definePolicies({
  'imports.job.read': (actor, job?: { ownerId: number }) =>
    job === undefined || job.ownerId === actor.userId || hasRole(actor, 'coordinator'),
});
