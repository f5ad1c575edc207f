import { hasRole, roleCovers } from '../../domain/access.js';
import { definePolicies } from '../access/policy-kit.js';
import { type ProjectScope, projectPolicies } from '../projects/policy.js';

/**
 * A project's ledger is read by whoever may read the project and written by whoever may write
 * it (the programme office, or a donor editor covering all the project's donors): the ledger
 * policies are the project policies, so the two can never drift apart.
 *
 * Rates are read by the programme office and auditors for everyone, by a donor editor for its
 * own donors; others are refused for now (recipient-side rates come with area scoping).
 */
export const ledgerPolicies = definePolicies({
  'ledger.read': (actor, project?: ProjectScope) =>
    projectPolicies['projects.read'](actor, project),
  'ledger.write': (actor, project?: Pick<ProjectScope, 'donorPaths'>) =>
    projectPolicies['projects.write'](actor, project),
  'rates.read': (actor, donor?: { orgPath: readonly string[] }) =>
    hasRole(actor, 'coordinator', 'auditor') ||
    (donor ? roleCovers(actor, 'donor-editor', donor) : hasRole(actor, 'donor-editor')),
});
