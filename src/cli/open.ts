import { type Config, loadConfig } from '../config.js';
import { type Database, openDatabase } from '../db/database.js';
import { upgradeDatabase } from '../modules/maintenance.js';

/**
 * Reads the settings, opens the database and brings it up to date: the latest migration, and
 * any projection rebuild a migration or a new projection version owes.
 */
export async function openMigrated(): Promise<{ config: Config; database: Database }> {
  const config = loadConfig();
  const database = openDatabase(config.DATABASE_URL, {
    sqliteSynchronous: config.SQLITE_SYNCHRONOUS,
  });
  try {
    const upgrade = await upgradeDatabase(database);
    if (upgrade.rebuilt.length > 0) console.log(`rebuilt: ${upgrade.rebuilt.join(', ')}`);
  } catch (err) {
    await database.close();
    throw err;
  }
  return { config, database };
}

/** Runs a command against the migrated database and closes it afterwards. */
export async function withDatabase<T>(
  fn: (database: Database, config: Config) => Promise<T>,
): Promise<T> {
  const { config, database } = await openMigrated();
  try {
    return await fn(database, config);
  } finally {
    await database.close();
  }
}
