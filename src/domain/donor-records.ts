/**
 * Who sees and writes a donor's record of people's work (teams, institution pairings, mentoring
 * …; issue 9): a record has a donor (its organisation path), an area (its area path) and a
 * publication. Reading: the programme office and auditors see every record; a donor editor the
 * records of its donors' subtree, a recipient editor those of its area subtree; any signed-in
 * user the published ones. Anonymous callers see none. Writing: the programme office, or a donor
 * editor whose grant covers the record's donor.
 */
import { type Actor, grantsOf, hasRole, roleCovers } from './access.js';

export interface DonorRecordScope {
  orgPath: readonly string[];
  areaPath: readonly string[];
  published: boolean;
}

type User = Actor & { kind: 'user' };

/** The read rule for a signed-in user (policies see users only). */
export function readsDonorRecord(actor: User, scope?: DonorRecordScope): boolean {
  if (!scope || scope.published || hasRole(actor, 'coordinator', 'auditor')) return true;
  return (
    roleCovers(actor, 'donor-editor', { orgPath: scope.orgPath }) ||
    roleCovers(actor, 'recipient-editor', { areaPath: scope.areaPath })
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

/**
 * The SQL twin of {@link readsDonorRecord} for lists and counts: `all` when the actor sees every
 * record; otherwise the records published, or of these donors' subtrees or areas' subtrees
 * (grant roots; the caller expands them to subtrees), or — for an anonymous actor — none.
 */
export type DonorRecordVisibility =
  | { all: true }
  | { all: false; signedIn: boolean; donors: string[]; areas: string[] };

export function donorRecordVisibility(actor: Actor): DonorRecordVisibility {
  if (actor.kind === 'system') return { all: true };
  if (actor.kind === 'anonymous') return { all: false, signedIn: false, donors: [], areas: [] };
  if (hasRole(actor, 'coordinator', 'auditor')) return { all: true };
  const donorGrants = grantsOf(actor, 'donor-editor').filter((g) => g.areaCode === null);
  const areaGrants = grantsOf(actor, 'recipient-editor').filter((g) => g.orgCode === null);
  if (donorGrants.some((g) => g.orgCode === null) || areaGrants.some((g) => g.areaCode === null)) {
    return { all: true };
  }
  return {
    all: false,
    signedIn: true,
    donors: donorGrants.map((g) => g.orgCode ?? ''),
    areas: areaGrants.map((g) => g.areaCode ?? ''),
  };
}
