/**
 * Every projection, kept by the unit of work at the commit of every write (see
 * core/projection.ts). A new projection adds one line here, a table in a migration that calls
 * `markRebuild`, and nothing in any use case.
 */
import { complianceParts } from './compliance/projection.js';
import type { Projection } from './core/projection.js';
import { areaMoney } from './ledger/area-money.js';
import { projectFigures } from './ledger/figures.js';
import { analyticsFacts } from './projects/analytics-facts.js';
import { projectPlaces } from './projects/places.js';
import { projectSearch } from './projects/search.js';
import { qualityFindings } from './quality/projection.js';
import { areaParts } from './summary/area-parts.js';

export const PROJECTIONS: readonly Projection[] = [
  complianceParts,
  projectSearch,
  qualityFindings,
  projectFigures,
  projectPlaces,
  areaParts,
  areaMoney,
  analyticsFacts,
] as unknown as readonly Projection[];
