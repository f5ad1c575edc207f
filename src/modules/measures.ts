/**
 * Every module's measures (decision 0024), by name: a composition root like routes.ts and
 * policies.ts (here, not in analytics/, because the modules import the contract from
 * analytics/measure.ts: a registry inside analytics/ would make the folders import each other).
 * A module with measures adds ONE line to `MEASURE_SETS` (its `measures.ts`). Names are unique:
 * a duplicate stops the server at start-up.
 */
import type { Executor } from '../db/database.js';
import type { Measure, MeasureSet } from './analytics/measure.js';
import { companyMeasures } from './companies/measures.js';
import { consumptionMeasures } from './consumption/measures.js';
import { configuredMeasureSet, configuredMeasures } from './indicators/measures.js';
import { ledgerMeasures } from './ledger/measures.js';
import { mentoringMeasures } from './mentoring/measures.js';
import { pairingMeasures } from './pairings/measures.js';
import { peopleMeasures } from './people/measures.js';
import { projectMeasures } from './projects/measures.js';
import { trainingMeasures } from './training/measures.js';

// biome-ignore format: one line per module, so that parallel additions merge
export const MEASURE_SETS: readonly MeasureSet[] = [
  ledgerMeasures,
  companyMeasures,
  consumptionMeasures,
  mentoringMeasures,
  pairingMeasures,
  peopleMeasures,
  projectMeasures,
  trainingMeasures,
];

/** Every measure by name, in registry order. @throws Error on a duplicate name */
export function measuresByName(sets: readonly MeasureSet[] = MEASURE_SETS): Map<string, Measure> {
  const out = new Map<string, Measure>();
  for (const set of sets) {
    for (const m of set.measures) {
      if (!/^[a-z][a-z0-9_]*$/.test(m.name)) {
        throw new Error(`measure ${set.module}.${m.name}: names are snake_case`);
      }
      if (out.has(m.name)) throw new Error(`measure ${m.name} is declared twice`);
      out.set(m.name, m);
    }
  }
  return out;
}

export const MEASURES: ReadonlyMap<string, Measure> = measuresByName();

/**
 * The configured data elements and indicators among a request's measure names (decision 0048):
 * they are data, resolved per request; their rows are final (`Measure.final`).
 */
export function configuredMeasuresOf(
  db: Executor,
  names: readonly string[],
): Promise<Map<string, Measure>> {
  return configuredMeasures(db, names, MEASURES);
}

/** Every configured data element (but text ones) and indicator as measures (decision 0048). */
export function configuredMeasureSetOf(db: Executor): Promise<MeasureSet> {
  return configuredMeasureSet(db, MEASURES);
}
