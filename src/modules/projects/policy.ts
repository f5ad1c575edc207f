import { hasRole, roleCovers } from '../../domain/access.js';
import { definePolicies } from '../access/policy-kit.js';

/**
 * A project as policies see it: the organisation path (self first) of each of its donors, the
 * area path (self first) of each of its locations, and whether it is published.
 */
export interface ProjectScope {
  donorPaths: readonly (readonly string[])[];
  areaPaths: readonly (readonly string[])[];
  published: boolean;
}

/** A donor editor covers a project only when its grants cover every one of the donors. */
function coversAllDonors(
  actor: Parameters<typeof hasRole>[0],
  scope: Pick<ProjectScope, 'donorPaths'>,
) {
  return (
    scope.donorPaths.length > 0 &&
    scope.donorPaths.every((orgPath) => roleCovers(actor, 'donor-editor', { orgPath }))
  );
}

/**
 * Projects. Reading: the programme office and auditors see everything; a donor editor the
 * projects of its donors (any one of them) and published ones; a recipient editor the projects
 * located in its area subtree and published ones; everyone else published ones. The registry
 * filters with the same rules in SQL (`visibleProjects` in repository.ts).
 *
 * Writing (create, change, results, documents, stage moves): the programme office, or a donor
 * editor covering ALL the project's donors. Acceptance (验收移交) is the recipient's: a recipient
 * editor whose area covers one of the project's locations, or the programme office; never a
 * donor editor.
 */
export const projectPolicies = definePolicies({
  'projects.read': (actor, project?: ProjectScope) => {
    if (!project || project.published || hasRole(actor, 'coordinator', 'auditor')) return true;
    return (
      project.donorPaths.some((orgPath) => roleCovers(actor, 'donor-editor', { orgPath })) ||
      project.areaPaths.some((areaPath) => roleCovers(actor, 'recipient-editor', { areaPath }))
    );
  },
  'projects.write': (actor, project?: Pick<ProjectScope, 'donorPaths'>) => {
    if (hasRole(actor, 'coordinator')) return true;
    if (!project) return hasRole(actor, 'donor-editor');
    return coversAllDonors(actor, project);
  },
  'projects.transition': (
    actor,
    move?: Pick<ProjectScope, 'donorPaths' | 'areaPaths'> & { acceptance: boolean },
  ) => {
    if (hasRole(actor, 'coordinator')) return true;
    if (!move) return hasRole(actor, 'donor-editor', 'recipient-editor');
    if (move.acceptance) {
      return move.areaPaths.some((areaPath) => roleCovers(actor, 'recipient-editor', { areaPath }));
    }
    return coversAllDonors(actor, move);
  },
  'projectTypes.write': (actor) => hasRole(actor, 'coordinator'),
});
