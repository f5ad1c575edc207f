import {
  type DonorRecordScope,
  readsDonorRecord,
  readsDonorRecordHistory,
  writesDonorRecord,
} from '../../domain/donor-records.js';
import { definePolicies } from '../access/policy-kit.js';

/**
 * Mentoring (传帮带), a donor's record of people's work (domain/donor-records.ts); its donor is
 * the mentor's.
 */
export const mentoringPolicies = definePolicies({
  'mentoring.read': (actor, m?: DonorRecordScope) => readsDonorRecord(actor, m),
  'mentoring.write': (actor, m?: { orgPath: readonly string[] }) => writesDonorRecord(actor, m),
  'mentoring.readHistory': (actor, m?: { orgPath: readonly string[] }) =>
    readsDonorRecordHistory(actor, m),
});
