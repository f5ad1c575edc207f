import { definePolicies } from '../access/policy-kit.js';

export const areaPolicies = definePolicies({});
