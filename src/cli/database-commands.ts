import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { loadDemoData } from '../db/seed/demo.js';
import { type GenerateOptions, generateDataSet } from '../db/seed/generate.js';
import { loadReferenceData } from '../db/seed/reference.js';
import { rebuildComplianceParts } from '../modules/compliance/parts.js';
import { verifyHistory } from '../modules/history/service.js';
import { withDatabase } from './open.js';

export async function migrateCommand(): Promise<void> {
  const database = openDatabase(loadConfig().DATABASE_URL);
  try {
    const applied = await migrateToLatest(database);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
  } finally {
    await database.close();
  }
}

export async function seedCommand(opts: { demo: boolean }): Promise<void> {
  await withDatabase(async (database) => {
    const ref = await loadReferenceData(database);
    console.log(
      `reference data: ${ref.areas} areas, ${ref.organisations} organisations, ${ref.programmes} programmes, ${ref.pairings} pairings, ${ref.projectTypes} project types added`,
    );
    if (opts.demo) {
      const demo = await loadDemoData(database, { accounts: false });
      console.log(`demo data: ${demo.summary}`);
    }
  });
}

/** Exit code 1 and every problem, each naming the entry, when the chain does not hold. */
export async function verifyHistoryCommand(): Promise<void> {
  await withDatabase(async (database) => {
    const result = await verifyHistory(database.db);
    if (result.ok) {
      console.log(`history ok: ${result.entries} entries, chain intact`);
      return;
    }
    console.error(`history FAILED verification (${result.entries} entries checked):`);
    for (const p of result.problems) console.error(`  entry ${p.id}: ${p.kind}: ${p.detail}`);
    process.exitCode = 1;
  });
}

/**
 * `shanhai compliance rebuild`: recomputes every project's stored parts of the two 80% rules in
 * one transaction (writers wait; readers see the old parts until it commits). Needed only after
 * writing to the database outside the application.
 */
export async function complianceRebuildCommand(): Promise<void> {
  await withDatabase(async (database) => {
    const started = Date.now();
    let projects = 0;
    await database.db.transaction().execute((trx) =>
      rebuildComplianceParts(trx, {
        onProgress: (done) => {
          projects = done;
        },
      }),
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`compliance parts rebuilt for ${projects} projects in ${seconds} s`);
  });
}

/** `shanhai generate`: bulk-writes a generated data set, printing progress per year. */
export async function generateCommand(opts: Omit<GenerateOptions, 'onProgress'>): Promise<void> {
  await withDatabase(async (database) => {
    await loadReferenceData(database);
    const started = Date.now();
    const totals = await generateDataSet(database, {
      ...opts,
      onProgress: (p) =>
        console.log(`  ${p.year}: ${p.projects} projects, ${p.transactions} transactions so far`),
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `generated ${totals.projects} projects, ${totals.transactions} transactions, ${totals.plans} plans in ${seconds} s`,
    );
  });
}
