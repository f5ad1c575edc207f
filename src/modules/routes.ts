import { accountRoutes } from './accounts/routes.js';
import { analyticsRoutes } from './analytics/routes.js';
import { areaRoutes } from './areas/routes.js';
import { companyRoutes } from './companies/routes.js';
import { complianceRoutes } from './compliance/routes.js';
import { consumptionRoutes } from './consumption/routes.js';
import type { App } from './core/routing.js';
import { historyRoutes } from './history/routes.js';
import { jobRoutes } from './jobs/routes.js';
import { ledgerRoutes } from './ledger/routes.js';
import { mentoringRoutes } from './mentoring/routes.js';
import { organisationRoutes } from './organisations/routes.js';
import { institutionPairingRoutes } from './pairings/institution-routes.js';
import { pairingRoutes } from './pairings/routes.js';
import { peopleRoutes } from './people/routes.js';
import { planRoutes } from './plans/routes.js';
import { programmeRoutes } from './programmes/routes.js';
import { projectRoutes } from './projects/routes.js';
import { qualityRoutes } from './quality/routes.js';
import { summaryRoutes } from './summary/routes.js';
import { teamRoutes } from './teams/routes.js';
import { trainingRoutes } from './training/routes.js';
import { warningRoutes } from './warnings/routes.js';

/** Every capability's routes, mounted under /api. A new capability adds one line here. */
export async function moduleRoutes(app: App) {
  await app.register(accountRoutes);
  await app.register(analyticsRoutes);
  await app.register(areaRoutes);
  await app.register(companyRoutes);
  await app.register(complianceRoutes);
  await app.register(consumptionRoutes);
  await app.register(historyRoutes);
  await app.register(jobRoutes);
  await app.register(ledgerRoutes);
  await app.register(mentoringRoutes);
  await app.register(organisationRoutes);
  await app.register(pairingRoutes);
  await app.register(institutionPairingRoutes);
  await app.register(peopleRoutes);
  await app.register(planRoutes);
  await app.register(programmeRoutes);
  await app.register(projectRoutes);
  await app.register(qualityRoutes);
  await app.register(summaryRoutes);
  await app.register(trainingRoutes);
  await app.register(teamRoutes);
  await app.register(warningRoutes);
}
