import { sql } from 'kysely';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import {
  projectionsNamed,
  rebuild,
  recordTotalsNamed,
  upgradeDatabase,
  verifyProjections,
} from '../modules/maintenance.js';
import { recomputeRecordTotals } from '../modules/record-totals.js';
import { loadDemoData } from '../seed/demo.js';
import { type GenerateOptions, generateDataSet } from '../seed/generate.js';
import { generateCompanies } from '../seed/generate-companies.js';
import { loadReferenceData } from '../seed/reference.js';
import { withDatabase } from './open.js';

export async function migrateCommand(): Promise<void> {
  const config = loadConfig();
  const database = openDatabase(config.DATABASE_URL, {
    sqliteSynchronous: config.SQLITE_SYNCHRONOUS,
  });
  try {
    const started = Date.now();
    const { migrations, rebuilt } = await upgradeDatabase(database);
    if (migrations.length > 0) console.log(`applied: ${migrations.join(', ')}`);
    if (rebuilt.length > 0) {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`rebuilt: ${rebuilt.join(', ')} (${seconds} s in all)`);
    }
    if (migrations.length === 0 && rebuilt.length === 0) console.log('the database is up to date');
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

/**
 * `shanhai rebuild [projection…]`: recomputes the stored rows of the named projections (all when
 * none is named) in one transaction (writers wait; readers see the old rows until it commits).
 * Needed only after writing to the database outside the application. `shanhai compliance
 * rebuild` is the same for `compliance-parts`.
 */
export async function rebuildCommand(names: string[]): Promise<void> {
  const projections = projectionsNamed(names);
  const totals = recordTotalsNamed(names);
  await withDatabase(async (database) => {
    const started = Date.now();
    let entities = 0;
    if (projections.length > 0) {
      await rebuild(database.db, projections, (done) => {
        entities = done;
      });
    }
    if (totals.length > 0) await recomputeRecordTotals(database.db, totals);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const rebuilt = projections.length > 0 ? ` rebuilt for ${entities} projects` : '';
    const summed = totals.length > 0 ? `; ${totals.map((t) => t.name).join(', ')} recomputed` : '';
    console.log(
      `${projections.map((p) => p.name.replace('-', ' ')).join(', ')}${rebuilt}${summed} in ${seconds} s`,
    );
  });
}

/**
 * `shanhai verify-projections`: compares every stored projection with a rebuild from scratch;
 * exit 1 naming the first differences.
 */
export async function verifyProjectionsCommand(names: string[]): Promise<void> {
  const projections = projectionsNamed(names);
  const totals = recordTotalsNamed(names);
  await withDatabase(async (database) => {
    const differences = await verifyProjections(database.db, projections, { limit: 20, totals });
    if (differences.length === 0) {
      const all = [...projections, ...totals].map((p) => p.name).join(', ');
      console.log(`projections ok: ${all} equal a rebuild`);
      return;
    }
    console.error('projections differ from a rebuild (run `shanhai rebuild`):');
    for (const d of differences) {
      console.error(
        `  ${d.projection} project ${d.entityId}: stored ${JSON.stringify(d.stored)}, expected ${JSON.stringify(d.expected)}`,
      );
    }
    process.exitCode = 1;
  });
}

/** `shanhai generate`: bulk-writes a generated data set, printing progress per year. */
export async function generateCommand(
  opts: Omit<GenerateOptions, 'onProgress'> & { companiesOnly?: boolean },
): Promise<void> {
  await withDatabase(async (database) => {
    await loadReferenceData(database);
    const started = Date.now();
    const { companiesOnly, ...rest } = opts;
    const companiesPerYear = opts.companiesPerYear ?? Math.round(opts.projectsPerYear / 10);
    if (companiesOnly) {
      const totals = await generateCompanies(database, { ...rest, companiesPerYear });
      // Fresh planner statistics after the bulk load, as `generateDataSet` ends with.
      await sql`analyze`.execute(database.db);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        `generated ${totals.companies} companies with ${totals.cases} cases in ${seconds} s`,
      );
      return;
    }
    const totals = await generateDataSet(database, {
      ...rest,
      postingsPerYear: opts.postingsPerYear ?? Math.round(opts.projectsPerYear / 2),
      sessionsPerYear: opts.sessionsPerYear ?? opts.projectsPerYear,
      salesPerYear: opts.salesPerYear ?? opts.projectsPerYear * 5,
      companiesPerYear,
      onProgress: (p) =>
        console.log(
          `  ${p.year}: ${p.projects} projects, ${p.transactions} transactions, ${p.postings} postings so far`,
        ),
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `generated ${totals.projects} projects, ${totals.transactions} transactions, ${totals.plans} plans, ${totals.persons} persons with ${totals.postings} postings in ${totals.batches} batches, ${totals.sessions} training sessions, ${totals.sales} sales rows, ${totals.companies} companies with ${totals.cases} cases in ${seconds} s`,
    );
  });
}
