import { hasRole, roleCovers } from '../../domain/access.js';
import {
  type DonorRecordScope,
  readsDonorRecord,
  readsDonorRecordHistory,
} from '../../domain/donor-records.js';
import { definePolicies } from '../access/policy-kit.js';

/** A pairing as policies see it: its donor's organisation path (self first), and whether sub. */
export interface PairingScope {
  orgPath: readonly string[];
  sub: boolean;
}

/**
 * The programme office writes the pairing table. A donor editor may write sub-pairings (its
 * city with a county, its hospital with a hospital) whose donor lies in its organisation
 * subtree; never the national pairings. Institution pairings (decision 0026) are read as a
 * donor's records: the programme office, auditors, the donor's and the area's editors, and any
 * signed-in user once published.
 */
export const pairingPolicies = definePolicies({
  'pairings.write': (actor, pairing?: PairingScope) => {
    if (hasRole(actor, 'coordinator')) return true;
    if (!pairing) return hasRole(actor, 'donor-editor');
    return pairing.sub && roleCovers(actor, 'donor-editor', { orgPath: pairing.orgPath });
  },
  'institutionPairings.read': (actor, pairing?: DonorRecordScope) =>
    readsDonorRecord(actor, pairing),
  'institutionPairings.readHistory': (actor, pairing?: { orgPath: readonly string[] }) =>
    readsDonorRecordHistory(actor, pairing),
});
