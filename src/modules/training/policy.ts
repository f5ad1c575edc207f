import { hasRole, roleCovers } from '../../domain/access.js';
import { readsDonorRecord } from '../../domain/donor-records.js';
import { definePolicies } from '../access/policy-kit.js';

/**
 * A training session or an exchange activity as policies see it: the organisation path (self
 * first) of each organising donor (one for a session, one or more for an activity), the area path
 * of each of its areas, and whether it is published.
 */
export interface TrainingScope {
  donorPaths: readonly (readonly string[])[];
  areaPaths: readonly (readonly string[])[];
  published: boolean;
}

type Actor = Parameters<typeof hasRole>[0];

function coversAllDonors(actor: Actor, scope: Pick<TrainingScope, 'donorPaths'>) {
  return (
    scope.donorPaths.length > 0 &&
    scope.donorPaths.every((orgPath) => roleCovers(actor, 'donor-editor', { orgPath }))
  );
}

function coversAnyDonor(actor: Actor, scope: Pick<TrainingScope, 'donorPaths'>) {
  return scope.donorPaths.some((orgPath) => roleCovers(actor, 'donor-editor', { orgPath }));
}

/**
 * Training and exchange (decision 0027), the visibility rule of every issue-9 record. Reading:
 * the programme office and auditors everything; a donor editor its donors' records, a recipient
 * editor its areas' records, and every signed-in user the published ones. Writing: the programme
 * office, or a donor editor covering EVERY organising donor (a cross-pair activity of two donors
 * is the office's, or a user's granted both, to change). Recipient editors read. Training
 * programmes (天山计划 …) are reference data: the programme office's.
 */
export const trainingPolicies = definePolicies({
  'training.read': (actor, record?: TrainingScope) => readsDonorRecord(actor, record),
  'training.write': (actor, record?: Pick<TrainingScope, 'donorPaths'>) => {
    if (hasRole(actor, 'coordinator')) return true;
    if (!record) return hasRole(actor, 'donor-editor');
    return coversAllDonors(actor, record);
  },
  'training.readHistory': (actor, record?: Pick<TrainingScope, 'donorPaths'>) => {
    if (hasRole(actor, 'coordinator', 'auditor')) return true;
    if (!record) return hasRole(actor, 'donor-editor');
    return coversAnyDonor(actor, record);
  },
  'trainingProgrammes.write': (actor) => hasRole(actor, 'coordinator'),
});
