import { definePolicies } from '../access/policy-kit.js';
import { readDonorArea, writeDonor } from '../companies/policy.js';

/**
 * Consumption-aid sales (消费帮扶): read as every issue-9 record (another donor's unpublished
 * sales are invisible to a donor editor), written by the programme office or the sale's
 * donor's editors.
 */
export const consumptionPolicies = definePolicies({
  'consumption.read': readDonorArea,
  'consumption.write': writeDonor,
});
