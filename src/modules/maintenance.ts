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

/** The projections by name; unknown names are an error naming the known ones. */
export function projectionsNamed(names: readonly string[]): Projection[] {
  if (names.length === 0) return [...PROJECTIONS];
  return names.map((name) => {
    const p = PROJECTIONS.find((x) => x.name === name);
    if (!p) {
      throw new Error(
        `no projection ${name}; the projections are ${PROJECTIONS.map((x) => x.name).join(', ')}`,
      );
    }
    return p;
  });
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
  return { migrations, rebuilt: owed.map((p) => p.name) };
}

/** Compares every stored projection with a rebuild from scratch; empty when they agree. */
export function verifyProjections(
  db: Executor,
  projections: readonly Projection[] = PROJECTIONS,
  options: { limit?: number } = {},
): Promise<Difference[]> {
  return checkProjections(db, projections, options);
}
