/**
 * Bringing a database up to date, and the projections' upkeep for operators: migrate, then run
 * the rebuilds the migrations marked as owed (or that a new version of a projection's code
 * owes); rebuild or check projections on demand.
 */
import type { Database, Executor } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import {
  checkProjections,
  type Difference,
  type Projection,
  projectionsOwed,
  rebuildProjections,
} from './core/projection.js';
import { PROJECTIONS } from './projections.js';
import { RECORD_TOTALS, recomputeRecordTotals, recordTotalsOwed } from './record-totals.js';

/**
 * The projections by name, and the record totals (record-totals.ts) among the names; unknown
 * names are an error naming the known ones. No name: every projection and every record total.
 */
export function projectionsNamed(names: readonly string[]): Projection[] {
  if (names.length === 0) return [...PROJECTIONS];
  return names
    .filter((name) => !RECORD_TOTALS.some((t) => t.name === name))
    .map((name) => {
      const p = PROJECTIONS.find((x) => x.name === name);
      if (!p) {
        const known = [...PROJECTIONS, ...RECORD_TOTALS].map((x) => x.name).join(', ');
        throw new Error(`no projection ${name}; the projections are ${known}`);
      }
      return p;
    });
}

/** The record totals the names ask for (all when none is named). */
export function recordTotalsNamed(names: readonly string[]) {
  if (names.length === 0) return [...RECORD_TOTALS];
  return RECORD_TOTALS.filter((t) => names.includes(t.name));
}

/** Rebuilds the named projections (all when none is named) in one transaction. */
export async function rebuild(
  db: Executor,
  projections: readonly Projection[],
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  if (db.isTransaction) return rebuildProjections(db, projections, onProgress);
  await db.transaction().execute((trx) => rebuildProjections(trx, projections, onProgress));
}

/** What upgrading did: the migrations applied and the projections rebuilt. */
export interface Upgrade {
  migrations: string[];
  rebuilt: string[];
}

/**
 * Applies pending migrations, then rebuilds every projection that owes a rebuild. Each step is
 * transactional: a failure leaves the database as the last completed step left it, and the next
 * start resumes.
 */
export async function upgradeDatabase(
  database: Database,
  onProgress?: (projection: string, done: number, total: number) => void,
): Promise<Upgrade> {
  const migrations = await migrateToLatest(database);
  const owed = await projectionsOwed(database.db, PROJECTIONS);
  if (owed.length > 0) {
    await rebuild(database.db, owed, (done, total) =>
      onProgress?.(owed.map((p) => p.name).join(', '), done, total),
    );
  }
  const totals = await recordTotalsOwed(database.db);
  if (totals.length > 0) await recomputeRecordTotals(database.db, totals);
  return { migrations, rebuilt: [...owed, ...totals].map((p) => p.name) };
}

/**
 * Compares every stored projection with a rebuild from scratch, and the record totals with their
 * records (all of them when no projection is named); empty when they agree.
 */
export async function verifyProjections(
  db: Executor,
  projections?: readonly Projection[],
  options: { limit?: number; totals?: readonly (typeof RECORD_TOTALS)[number][] } = {},
): Promise<Difference[]> {
  const differences = await checkProjections(db, projections ?? PROJECTIONS, options);
  for (const t of options.totals ?? (projections ? [] : RECORD_TOTALS)) {
    differences.push(...(await t.check(db)));
  }
  return differences;
}
