import { hasRole, roleCovers } from '../../domain/access.js';
import { definePolicies } from '../access/policy-kit.js';

/**
 * The programme office edits any organisation; a donor editor edits organisations inside its
 * own subtree (Beijing's editor adds a hospital under 110000, never under 310000). The resource
 * is the organisation's path, self first, as it is or will be after the write.
 */
export const organisationPolicies = definePolicies({
  'organisations.write': (actor, org?: { orgPath: readonly string[] }) =>
    hasRole(actor, 'coordinator') || roleCovers(actor, 'donor-editor', org),
});
