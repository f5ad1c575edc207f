/**
 * `npm run bench -- [--engine sqlite|postgres|both] [--years 20] [--projects-per-year 20000]
 * [--runs 30]`: generates the national data set (19 donors × years, ~12 transactions a
 * project) and measures what the issue sets targets for. Prints the figures; copy them into
 * docs/performance.md with the machine they came from.
 *
 * SQLite data sets are kept in var/bench/ and reused; PostgreSQL uses BENCH_PG_URL (a database
 * to fill, reused when already filled) or a throwaway cluster started for the run.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { type Database, openDatabase } from '../src/db/database.js';
import { systemActor } from '../src/domain/access.js';
import { complianceReport } from '../src/modules/compliance/service.js';
import { createTransaction, reverseTransaction } from '../src/modules/ledger/service.js';
import { upgradeDatabase } from '../src/modules/maintenance.js';
import { listProjects } from '../src/modules/projects/registry.js';
import { generateDataSet } from '../src/seed/generate.js';
import { loadReferenceData } from '../src/seed/reference.js';
import { findPostgresBin, startCluster } from '../test/support/postgres-cluster.js';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'both' },
    years: { type: 'string', default: '20' },
    'projects-per-year': { type: 'string', default: '20000' },
    runs: { type: 'string', default: '30' },
  },
});
const years = Number(values.years);
const perYear = Number(values['projects-per-year']);
const runs = Number(values.runs);
const FROM = 2006;
const YEAR = FROM + years - 2; // a full year with plans approved and money spent

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: at(1) };
}

async function time(n: number, fn: () => Promise<unknown>) {
  await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

const fmt = (r: { p50: number; p95: number; max: number }) =>
  `p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, max ${r.max.toFixed(1)} ms`;

async function ensureData(database: Database) {
  const started = performance.now();
  const { migrations: applied } = await upgradeDatabase(database);
  if (applied.length > 0) {
    console.log(
      `  migrations ${applied.join(', ')} applied in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  await loadReferenceData(database);
  const have = await database.db
    .selectFrom('projects')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(have.n) >= years * perYear) {
    console.log(`  data set present: ${have.n} projects`);
    return;
  }
  const t = performance.now();
  const totals = await generateDataSet(database, {
    fromYear: FROM,
    years,
    projectsPerYear: perYear,
    yuanPerYear: 20_000_000_000,
    seed: 2010,
    onProgress: (p) =>
      process.stdout.write(
        `\r  generating ${p.year}: ${p.projects} projects, ${p.transactions} transactions`,
      ),
  });
  console.log(
    `\n  generated ${totals.projects} projects, ${totals.transactions} transactions in ${((performance.now() - t) / 1000).toFixed(0)} s`,
  );
}

async function measure(database: Database) {
  const ctx = { actor: systemActor('bench'), db: database.db };
  const q = { programme: 'xinjiang', year: YEAR };
  const actual = await time(runs, () => complianceReport(ctx, { ...q, basis: 'actual' }));
  const plan = await time(runs, () => complianceReport(ctx, { ...q, basis: 'plan' }));
  const registry = await time(runs * 3, () =>
    listProjects(ctx, {
      programme: 'xinjiang',
      donor: '310000',
      year: YEAR,
      stage: 'accepted',
      sort: 'code',
      limit: 50,
      offset: 0,
    } as never),
  );
  const registryAll = await time(runs, () =>
    listProjects(ctx, { sort: '-updatedAt', limit: 50, offset: 0 } as never),
  );

  // A new disbursement shows in the very next answer: no rebuild step.
  const before = (await complianceReport(ctx, { ...q, basis: 'actual', donor: '310000' })).items[0];
  const project = await database.db
    .selectFrom('projects')
    .select('code')
    .where('leadDonorCode', '=', '310000')
    .where('year', '=', YEAR)
    .where('stage', '!=', 'cancelled')
    .executeTakeFirstOrThrow();
  const recordStart = performance.now();
  const recorded = await createTransaction(ctx, project.code, {
    type: 'disbursement',
    valueFen: 123_456,
    date: `${YEAR}-12-30`,
    planned: false,
    note: 'bench',
  });
  const recordMs = performance.now() - recordStart;
  const after = (await complianceReport(ctx, { ...q, basis: 'actual', donor: '310000' })).items[0];
  const reflected = BigInt(after?.totalFen ?? 0) - BigInt(before?.totalFen ?? 0) === 123_456n;
  const reverse = (id: number) =>
    reverseTransaction(ctx, project.code, id, { date: `${YEAR}-12-31`, reason: 'bench' });
  await reverse(recorded.id);
  // Then the same write again, warm: each recorded and reversed, so every sum is unchanged (the
  // append-only ledger keeps both entries).
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const again = await createTransaction(ctx, project.code, {
      type: 'disbursement',
      valueFen: 123_456,
      date: `${YEAR}-12-30`,
      planned: false,
      note: 'bench',
    });
    warm.push(performance.now() - t);
    await reverse(again.id);
  }
  return { actual, plan, registry, registryAll, reflected, recordMs, recordWarm: stats(warm) };
}

async function run(engine: 'sqlite' | 'postgres') {
  console.log(`\n== ${engine}: ${years} years × ${perYear} projects a year, year measured ${YEAR}`);
  let stop = () => {};
  let url: string;
  if (engine === 'sqlite') {
    mkdirSync('var/bench', { recursive: true });
    url = `sqlite:var/bench/bench-${years}x${perYear}.db`;
    if (!existsSync(url.slice(7))) console.log('  new SQLite data set');
  } else if (process.env.BENCH_PG_URL) {
    url = process.env.BENCH_PG_URL;
  } else {
    const bin = findPostgresBin();
    if (!bin) throw new Error('no PostgreSQL: install it or set BENCH_PG_URL');
    const cluster = await startCluster(bin);
    url = cluster.url;
    stop = cluster.stop;
  }
  const database = openDatabase(url);
  try {
    await ensureData(database);
    const r = await measure(database);
    console.log(
      `  compliance, all donors, one year, actual: ${fmt(r.actual)} (target p95 ≤ 200 ms)`,
    );
    console.log(`  compliance, all donors, one year, plan:   ${fmt(r.plan)} (target p95 ≤ 200 ms)`);
    console.log(
      `  registry first page, filtered:             ${fmt(r.registry)} (target p95 ≤ 100 ms)`,
    );
    console.log(`  registry first page, unfiltered, newest:   ${fmt(r.registryAll)}`);
    console.log(
      `  new transaction reflected in the next answer: ${r.reflected ? 'yes' : 'NO'} (recording it took ${r.recordMs.toFixed(1)} ms)`,
    );
    console.log(`  recording a disbursement again, warm:     ${fmt(r.recordWarm)}`);
    console.log(`  peak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
  } finally {
    await database.close();
    stop();
  }
}

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
const engines =
  values.engine === 'both'
    ? (['sqlite', 'postgres'] as const)
    : [values.engine as 'sqlite' | 'postgres'];
for (const e of engines) await run(e);
