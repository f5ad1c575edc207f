import { hasRole, roleCovers } from '../../domain/access.js';
import { definePolicies } from '../access/policy-kit.js';
import { type ProjectScope, projectPolicies } from '../projects/policy.js';

/**
 * Early warnings are read as their projects are (`projects.read`, and the registry's SQL filter
 * for lists). Working one (owner, status, note): the programme office; a donor editor who may
 * write the project (covering all its donors, exactly as `projects.write`); a recipient editor
 * whose area covers one of the project's locations; each of them may take a warning for
 * themselves. Assigning it to someone else, computing warnings on demand and their settings are
 * the programme office's.
 */
export const warningPolicies = definePolicies({
  'warnings.write': (actor, project?: Pick<ProjectScope, 'donorPaths' | 'areaPaths'>) => {
    if (hasRole(actor, 'coordinator')) return true;
    if (!project) return hasRole(actor, 'donor-editor', 'recipient-editor');
    return (
      (hasRole(actor, 'donor-editor') && projectPolicies['projects.write'](actor, project)) ||
      project.areaPaths.some((areaPath) => roleCovers(actor, 'recipient-editor', { areaPath }))
    );
  },
  /** Giving a warning to someone other than oneself, or taking it from them. */
  'warnings.assign': (actor) => hasRole(actor, 'coordinator'),
  'warnings.compute': (actor) => hasRole(actor, 'coordinator'),
  'warnings.settings': (actor) => hasRole(actor, 'coordinator'),
});
