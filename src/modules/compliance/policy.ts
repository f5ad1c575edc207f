import { hasRole, roleCovers } from '../../domain/access.js';
import { definePolicies } from '../access/policy-kit.js';

/** A donor as the compliance policy sees it: its organisation path, self first. */
export interface DonorScope {
  orgPath: readonly string[];
}

/**
 * The two 80% rules per donor: the programme office and auditors see every donor; a donor
 * editor sees only the donors its grant covers (its own, or a donor city inside its province),
 * never another donor's totals. Recipient editors and viewers are refused for now: they will get
 * the published aggregates once publishing exists.
 */
export const compliancePolicies = definePolicies({
  'compliance.read': (actor, donor?: DonorScope) => {
    if (hasRole(actor, 'coordinator', 'auditor')) return true;
    if (!donor) return hasRole(actor, 'donor-editor');
    return roleCovers(actor, 'donor-editor', { orgPath: donor.orgPath });
  },
});
