/**
 * Who sees and writes a donor's record of people's work (teams, institution pairings, mentoring
 * …; issue 9): a record has a donor (its organisation path), an area (its area path) and a
 * publication. Reading: the programme office and auditors see every record; a donor editor the
 * records of its donors' subtree, a recipient editor those of its area subtree; any signed-in
 * user the published ones. Anonymous callers see none. Writing: the programme office, or a donor
 * editor whose grant covers the record's donor.
 */
import { type Actor, hasRole, roleCovers } from './access.js';

export interface DonorRecordScope {
  orgPath: readonly string[];
  areaPath: readonly string[];
  published: boolean;
}

type User = Actor & { kind: 'user' };

/** A record with several donors (organisers) or areas, as training and exchange keep them. */
export interface DonorRecordsScope {
  donorPaths: readonly (readonly string[])[];
  areaPaths: readonly (readonly string[])[];
  published: boolean;
}

/**
 * THE issue-9 read rule (its SQL twin: `visibleTo` in modules/access/donor-records.ts) for a
 * signed-in user (policies see users only), on a record with one donor and one area or with
 * several: published, or the programme office and auditors, or a donor editor covering one of
 * its donors, or a recipient editor covering one of its areas.
 */
export function readsDonorRecord(actor: User, scope?: DonorRecordScope | DonorRecordsScope) {
  if (!scope || scope.published || hasRole(actor, 'coordinator', 'auditor')) return true;
  const donors = 'donorPaths' in scope ? scope.donorPaths : [scope.orgPath];
  const areas = 'areaPaths' in scope ? scope.areaPaths : [scope.areaPath];
  return (
    donors.some((orgPath) => roleCovers(actor, 'donor-editor', { orgPath })) ||
    areas.some((areaPath) => roleCovers(actor, 'recipient-editor', { areaPath }))
  );
}

/** The write rule: the programme office, or a donor editor covering the record's donor. */
export function writesDonorRecord(actor: User, scope?: { orgPath: readonly string[] }): boolean {
  if (hasRole(actor, 'coordinator')) return true;
  if (!scope) return hasRole(actor, 'donor-editor');
  return roleCovers(actor, 'donor-editor', { orgPath: scope.orgPath });
}

/** The history of a record: the programme office, auditors and its donor's editors. */
export function readsDonorRecordHistory(actor: User, scope?: { orgPath: readonly string[] }) {
  if (hasRole(actor, 'coordinator', 'auditor')) return true;
  if (!scope) return hasRole(actor, 'donor-editor');
  return roleCovers(actor, 'donor-editor', { orgPath: scope.orgPath });
}
