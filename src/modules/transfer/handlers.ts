/**
 * The handler of each kind (kind-handler.ts says what one does): the import (import.ts) and the
 * export (export.ts) run every kind through these.
 */

import { caseHandler, companyHandler } from './kind-companies.js';
import { exchangeHandler } from './kind-exchanges.js';
import type { KindHandler } from './kind-handler.js';
import { indicatorValueHandler } from './kind-indicator-values.js';
import { ledgerHandler } from './kind-ledger.js';
import { peopleHandler } from './kind-people.js';
import { planItemHandler } from './kind-plan-items.js';
import { projectHandler } from './kind-projects.js';
import { saleHandler } from './kind-sales.js';
import { trainingHandler } from './kind-training.js';
import type { Kind } from './kinds.js';

export const HANDLERS: Record<Kind, KindHandler> = {
  projects: projectHandler,
  ledger: ledgerHandler,
  'plan-items': planItemHandler,
  people: peopleHandler,
  training: trainingHandler,
  exchanges: exchangeHandler,
  companies: companyHandler,
  'company-cases': caseHandler,
  sales: saleHandler,
  'indicator-values': indicatorValueHandler,
};
