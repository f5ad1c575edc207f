import { accountPolicies } from './accounts/policy.js';
import { areaPolicies } from './areas/policy.js';
import { companyPolicies } from './companies/policy.js';
import { compliancePolicies } from './compliance/policy.js';
import { consumptionPolicies } from './consumption/policy.js';
import { historyPolicies } from './history/policy.js';
import { indicatorPolicies } from './indicators/policy.js';
import { jobPolicies } from './jobs/policy.js';
import { ledgerPolicies } from './ledger/policy.js';
import { mentoringPolicies } from './mentoring/policy.js';
import { organisationPolicies } from './organisations/policy.js';
import { pairingPolicies } from './pairings/policy.js';
import { peoplePolicies } from './people/policy.js';
import { planPolicies } from './plans/policy.js';
import { programmePolicies } from './programmes/policy.js';
import { projectPolicies } from './projects/policy.js';
import { reportPolicies } from './reports/policy.js';
import { summaryPolicies } from './summary/policy.js';
import { teamPolicies } from './teams/policy.js';
import { trainingPolicies } from './training/policy.js';
import { transferPolicies } from './transfer/policy.js';
import { warningPolicies } from './warnings/policy.js';

/** Every action of every capability, with its policy: authorization lives here and only here. */
export const policies = {
  ...accountPolicies,
  ...areaPolicies,
  ...companyPolicies,
  ...compliancePolicies,
  ...consumptionPolicies,
  ...historyPolicies,
  ...indicatorPolicies,
  ...jobPolicies,
  ...ledgerPolicies,
  ...mentoringPolicies,
  ...organisationPolicies,
  ...pairingPolicies,
  ...peoplePolicies,
  ...planPolicies,
  ...programmePolicies,
  ...projectPolicies,
  ...reportPolicies,
  ...summaryPolicies,
  ...trainingPolicies,
  ...transferPolicies,
  ...teamPolicies,
  ...warningPolicies,
};

export type Action = keyof typeof policies;
