import { definePolicies } from '../access/policy-kit.js';

export const programmePolicies = definePolicies({});
