import { hasRole, roleCovers } from '../../domain/access.js';
import { readsDonorRecordHistory } from '../../domain/donor-records.js';
import { definePolicies } from '../access/policy-kit.js';

/**
 * A person as policies see them: their donor's organisation path (self first), the area paths
 * (self first) of their postings, and whether they are published.
 */
export interface PersonScope {
  orgPath: readonly string[];
  areaPaths: readonly (readonly string[])[];
  published: boolean;
}

/**
 * Aid personnel (decision 0025), following projects. Reading: the programme office and auditors
 * see everyone; a donor editor its own donor's people; a recipient editor the people posted in
 * its area subtree; any signed-in user published people. Writing (people, postings, batches,
 * publishing): the programme office, or a donor editor covering the person's donor. Personal
 * data (phone, ID-card number, birth year) unmasked: the programme office and the person's own
 * donor only. The access log of those reads: auditors and the programme office. A person's
 * change history (with their postings'): the programme office, auditors and their donor's editors.
 */
export const peoplePolicies = definePolicies({
  'people.read': (actor, person?: PersonScope) => {
    if (!person || person.published || hasRole(actor, 'coordinator', 'auditor')) return true;
    return (
      roleCovers(actor, 'donor-editor', { orgPath: person.orgPath }) ||
      person.areaPaths.some((areaPath) => roleCovers(actor, 'recipient-editor', { areaPath }))
    );
  },
  'people.write': (actor, person?: Pick<PersonScope, 'orgPath'>) =>
    hasRole(actor, 'coordinator') || roleCovers(actor, 'donor-editor', person),
  'people.personalData': (actor, person?: Pick<PersonScope, 'orgPath'>) =>
    hasRole(actor, 'coordinator') || roleCovers(actor, 'donor-editor', person),
  'people.accessLog': (actor) => hasRole(actor, 'auditor', 'coordinator'),
  'people.readHistory': (actor, person?: Pick<PersonScope, 'orgPath'>) =>
    readsDonorRecordHistory(actor, person),
});
