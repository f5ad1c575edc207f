/** `shanhai backup FILE` and `shanhai restore FILE` (decision 0041). */
import { loadConfig } from '../config.js';
import { backupDatabase, restoreDatabase } from '../db/backup.js';
import { describeDatabaseUrl, openDatabase } from '../db/database.js';
import { verifyHistory } from '../modules/history/service.js';

/** Backs the configured database up to FILE while the application may go on writing. */
export async function backupCommand(file: string): Promise<void> {
  const url = loadConfig().DATABASE_URL;
  const started = Date.now();
  await backupDatabase(url, file);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`backed up ${describeDatabaseUrl(url)} to ${file} in ${seconds} s`);
}

/**
 * Restores FILE into the configured database, which must be empty, then verifies the restored
 * history's chain (exit 1 when it fails) and prints its head, to compare with a checkpoint.
 */
export async function restoreCommand(file: string): Promise<void> {
  const url = loadConfig().DATABASE_URL;
  await restoreDatabase(url, file);
  const database = openDatabase(url);
  try {
    const head = await database.db
      .selectFrom('historyHead')
      .select(['lastId', 'lastHash'])
      .executeTakeFirstOrThrow();
    const result = await verifyHistory(database.db);
    if (!result.ok) {
      console.error(`restored ${file}, but its history FAILS verification:`);
      for (const p of result.problems) console.error(`  entry ${p.id}: ${p.kind}: ${p.detail}`);
      process.exitCode = 1;
      return;
    }
    console.log(
      `restored ${file} into ${database.label}: history of ${result.entries} entries intact, head entry ${head.lastId} ${head.lastHash}`,
    );
  } finally {
    await database.close();
  }
}
