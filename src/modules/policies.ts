import { accountPolicies } from './accounts/policy.js';
import { areaPolicies } from './areas/policy.js';
import { historyPolicies } from './history/policy.js';
import { organisationPolicies } from './organisations/policy.js';
import { pairingPolicies } from './pairings/policy.js';
import { programmePolicies } from './programmes/policy.js';

/** Every action of every capability, with its policy: authorization lives here and only here. */
export const policies = {
  ...accountPolicies,
  ...areaPolicies,
  ...historyPolicies,
  ...organisationPolicies,
  ...pairingPolicies,
  ...programmePolicies,
};

export type Action = keyof typeof policies;
