import { hasRole, roleCovers } from '../../domain/access.js';
import { definePolicies } from '../access/policy-kit.js';

/**
 * The annual work reports (decision 0058). A donor's report is read as its rules are: the
 * programme office and auditors for every donor, a donor editor for the donors its grant covers.
 * An area's report is for anyone signed in; each of its figures holds only what the caller may
 * see (the services it is gathered from apply their own visibility).
 */
export const reportPolicies = definePolicies({
  'reports.donor': (actor, donor?: { orgPath: readonly string[] }) => {
    if (hasRole(actor, 'coordinator', 'auditor')) return true;
    if (!donor) return hasRole(actor, 'donor-editor');
    return roleCovers(actor, 'donor-editor', { orgPath: donor.orgPath });
  },
  'reports.area': (actor) => actor.kind === 'user',
});
