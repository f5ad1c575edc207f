import { type MigrationResultSet, Migrator } from 'kysely';
import type { Database } from './database.js';
import { migrations as all } from './migrations/index.js';
import type { ShanhaiMigration } from './migrations/kit.js';

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migration: string | undefined,
    override readonly cause: unknown,
  ) {
    super(message);
  }
}

/**
 * Brings the database up to the latest migration. Each migration runs in a transaction on both
 * engines, so one that fails leaves the database as it was before it.
 */
export async function migrateToLatest(
  database: Database,
  migrations: Record<string, ShanhaiMigration> = all,
): Promise<string[]> {
  const result: MigrationResultSet = await createMigrator(database, migrations).migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName;
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    throw new MigrationError(
      `migration ${failed ?? '(unknown)'} failed and was rolled back: ${reason}`,
      failed,
      result.error,
    );
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** True once every known migration has been applied (used by /healthz). */
export async function isMigrated(database: Database): Promise<boolean> {
  const known = await createMigrator(database, all).getMigrations();
  return known.every((m) => m.executedAt !== undefined);
}

function createMigrator(database: Database, migrations: Record<string, ShanhaiMigration>) {
  return new Migrator({
    db: database.db,
    provider: {
      getMigrations: async () =>
        Object.fromEntries(
          Object.entries(migrations).map(([name, m]) => [
            name,
            { up: (db) => m.up(db, database.engine) },
          ]),
        ),
    },
    migrationTableName: 'shanhai_migrations',
    migrationLockTableName: 'shanhai_migrations_lock',
  });
}
