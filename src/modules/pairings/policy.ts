import { definePolicies } from '../access/policy-kit.js';

export const pairingPolicies = definePolicies({});
