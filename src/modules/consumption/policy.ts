import { readsDonorRecordHistory } from '../../domain/donor-records.js';
import { definePolicies } from '../access/policy-kit.js';
import { readDonorArea, writeDonor } from '../companies/policy.js';

/**
 * Consumption-aid sales (消费帮扶): read as every issue-9 record (another donor's unpublished
 * sales are invisible to a donor editor), written by the programme office or the sale's
 * donor's editors. A sale's change history: the programme office, auditors and its donor's
 * editors (as every issue-9 record's).
 */
export const consumptionPolicies = definePolicies({
  'consumption.read': readDonorArea,
  'consumption.write': writeDonor,
  'consumption.readHistory': (actor, sale?: { orgPath: readonly string[] }) =>
    readsDonorRecordHistory(actor, sale),
});
