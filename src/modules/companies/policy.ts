import { hasRole, roleCovers } from '../../domain/access.js';
import { readsDonorRecord, writesDonorRecord } from '../../domain/donor-records.js';
import { definePolicies, type Policy } from '../access/policy-kit.js';

/**
 * A record of issue 9 as policies see it (a company with its officers and cases; a sale): its
 * donor's organisation path and its area's path (self first), and whether it is published.
 */
export interface DonorAreaScope {
  orgPath: readonly string[];
  areaPath: readonly string[];
  published: boolean;
}

/**
 * Reading: the programme office and auditors see everything; a donor editor its donors'
 * records, a recipient editor those of its area subtree; every signed-in user the published
 * ones. A donor editor never sees another donor's unpublished record.
 */
export const readDonorArea: Policy<DonorAreaScope> = readsDonorRecord;

/** Writing: the programme office, or a donor editor covering the record's donor. */
export const writeDonor: Policy<Pick<DonorAreaScope, 'orgPath'>> = writesDonorRecord;

/**
 * Companies brought in (招商引资), their chief service officers and their cases (诉求): read and
 * written as above (recipient editors read only). A company's history: the programme office,
 * auditors and its donor's editors. The response deadline setting: the programme office.
 */
export const companyPolicies = definePolicies({
  'companies.read': readDonorArea,
  'companies.write': writeDonor,
  'companies.history': (actor, r?: Pick<DonorAreaScope, 'orgPath'>) =>
    hasRole(actor, 'auditor', 'coordinator') ||
    (r
      ? roleCovers(actor, 'donor-editor', { orgPath: r.orgPath })
      : hasRole(actor, 'donor-editor')),
  'companies.settings': (actor) => hasRole(actor, 'coordinator'),
});
