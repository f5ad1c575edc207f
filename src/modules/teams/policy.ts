import {
  type DonorRecordScope,
  readsDonorRecord,
  readsDonorRecordHistory,
  writesDonorRecord,
} from '../../domain/donor-records.js';
import { definePolicies } from '../access/policy-kit.js';

/**
 * Teams (组团式), as every donor's record of people's work (domain/donor-records.ts): read by
 * the programme office, auditors, the donor's and the area's editors, and by any signed-in user
 * once published; written by the programme office and the donor's editors.
 */
export const teamPolicies = definePolicies({
  'teams.read': (actor, team?: DonorRecordScope) => readsDonorRecord(actor, team),
  'teams.write': (actor, team?: { orgPath: readonly string[] }) => writesDonorRecord(actor, team),
  'teams.readHistory': (actor, team?: { orgPath: readonly string[] }) =>
    readsDonorRecordHistory(actor, team),
});
