import { definePolicies } from '../access/policy-kit.js';

export const accountPolicies = definePolicies({});
