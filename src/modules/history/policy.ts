import { hasRole, roleCovers } from '../../domain/access.js';
import { definePolicies } from '../access/policy-kit.js';
import type { ProjectScope } from '../projects/policy.js';

/**
 * The full change history is for auditors and the programme office. A project's own history is
 * theirs too, and its donors' editors' (any one of its donors): never another donor's, nor a
 * recipient's or a viewer's.
 */
export const historyPolicies = definePolicies({
  'history.read': (actor) => hasRole(actor, 'auditor', 'coordinator'),
  'history.verify': (actor) => hasRole(actor, 'auditor', 'coordinator'),
  'history.readProject': (actor, project?: Pick<ProjectScope, 'donorPaths'>) => {
    if (hasRole(actor, 'auditor', 'coordinator')) return true;
    if (!project) return hasRole(actor, 'donor-editor');
    return project.donorPaths.some((orgPath) => roleCovers(actor, 'donor-editor', { orgPath }));
  },
});
