/**
 * Every projection, kept by the unit of work at the commit of every write (see
 * core/projection.ts). A new projection adds one line here, a table in a migration that calls
 * `markRebuild`, and nothing in any use case.
 */
import { complianceParts } from './compliance/projection.js';
import type { Projection } from './core/projection.js';
import { projectFigures } from './ledger/figures.js';
import { projectSearch } from './projects/search.js';
import { qualityFindings } from './quality/projection.js';

export const PROJECTIONS: readonly Projection[] = [
  complianceParts,
  projectSearch,
  qualityFindings,
  projectFigures,
] as unknown as readonly Projection[];
