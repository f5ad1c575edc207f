/**
 * `npm run bench:analytics -- [--engine sqlite|postgres|both] [--years 5]
 * [--projects-per-year 2000] [--runs 30]`: the dashboard-typical analytics queries of issue 10
 * that exist without indicators, each timed through the use case (`queryAnalytics`, what
 * `POST /api/analytics/query` runs, the coordinator's view) and as the best hand-written SQL for
 * the same answer, in the same run on the same data; the answers are compared, and a value
 * written is shown in the very next answer (decision 0047).
 *
 * The default data set is SMALL (5 years × 2,000 projects, with training sessions): the
 * national-scale figures (19 donors × 20 years, ~400k projects) are still owed. SQLite data
 * sets are kept in var/bench/ and reused; PostgreSQL uses BENCH_PG_URL or a throwaway cluster.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { type Database, openDatabase } from '../src/db/database.js';
import { systemActor } from '../src/domain/access.js';
import { queryAnalytics } from '../src/modules/analytics/query.js';
import type { AnalyticsQueryBody } from '../src/modules/analytics/schema.js';
import { rebuildProjections } from '../src/modules/core/projection.js';
import { createTransaction, reverseTransaction } from '../src/modules/ledger/service.js';
import { upgradeDatabase } from '../src/modules/maintenance.js';
import { analyticsFacts } from '../src/modules/projects/analytics-facts.js';
import { loadReference, type Reference } from '../src/modules/reference/reference.js';
import { generateDataSet } from '../src/seed/generate.js';
import { loadReferenceData } from '../src/seed/reference.js';
import { findPostgresBin, startCluster } from '../test/support/postgres-cluster.js';
import { openRaw, type Raw } from './support/raw.js';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'sqlite' },
    years: { type: 'string', default: '5' },
    'projects-per-year': { type: 'string', default: '2000' },
    runs: { type: 'string', default: '50' },
  },
});
const years = Number(values.years);
const perYear = Number(values['projects-per-year']);
const runs = Number(values.runs);
const FROM = 2020;
const YEAR = FROM + years - 2; // a full year with money spent
const DONOR = '310000'; // Shanghai

function p95(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] ?? 0;
}

/** Alternating runs of the two (warm-up first), so that neither profits from the other's cache. */
async function race(a: () => Promise<unknown>, b: () => Promise<unknown>) {
  await a();
  await b();
  const sa: number[] = [];
  const sb: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    await a();
    sa.push(performance.now() - t);
    t = performance.now();
    await b();
    sb.push(performance.now() - t);
  }
  return { api: p95(sa), sql: p95(sb) };
}

type Rows = Record<string, unknown>[];

/** Rows as comparable text: numbers as numbers, keys sorted, rows sorted. */
const canon = (rows: Rows) =>
  rows
    .map((r) =>
      JSON.stringify(
        Object.keys(r)
          .sort()
          .map((k) => [k, typeof r[k] === 'string' && /^-?\d+$/.test(r[k]) ? Number(r[k]) : r[k]]),
      ),
    )
    .sort()
    .join('\n');

/** Sums `value` by the keys `key` gives (the roll-up the endpoint does too), into `name`. */
function fold(rows: Rows, key: (r: Rows[number]) => Record<string, unknown>, name: string): Rows {
  const out = new Map<string, Record<string, unknown>>();
  for (const r of rows) {
    const k = key(r);
    const id = JSON.stringify(k);
    const row = out.get(id) ?? { ...k, [name]: 0 };
    row[name] = (row[name] as number) + Number(r.value);
    out.set(id, row);
  }
  return [...out.values()];
}

interface Case {
  label: string;
  body: AnalyticsQueryBody;
  sql: (raw: Raw, ref: Reference) => Promise<Rows>;
}

function cases(engine: 'sqlite' | 'postgres'): Case[] {
  const month = (d: string) =>
    engine === 'postgres' ? `to_char(${d}, 'YYYY-MM')` : `substr(${d}, 1, 7)`;
  const year = (d: string) =>
    engine === 'postgres'
      ? `cast(extract(year from ${d}) as integer)`
      : `cast(substr(${d}, 1, 4) as integer)`;
  return [
    {
      label: 'jobs by donor × year',
      body: {
        measures: ['jobs_created'],
        dimensions: ['donor', 'year'],
        filters: {},
        totals: false,
      },
      sql: async (raw, ref) =>
        fold(
          await raw.all(
            `select p.lead_donor_code as donor, j.y as year, sum(j.m) as value
             from (select project_id, ${year('as_of')} as y, max(value) as m from project_results
                   where metric = 'jobs' and planned = 0 group by project_id, ${year('as_of')}) j
             join projects p on p.id = j.project_id group by p.lead_donor_code, j.y`,
          ),
          (r) => ({ donor: ref.orgs.rootOf(String(r.donor)), year: Number(r.year) }),
          'jobs_created',
        ),
    },
    {
      label: 'disbursements by donor × year',
      body: {
        measures: ['disbursed_fen'],
        dimensions: ['donor', 'year'],
        filters: {},
        totals: false,
      },
      sql: async (raw, ref) =>
        fold(
          await raw.all(
            `select p.lead_donor_code as donor, t.year as year, sum(t.value_fen) as value
             from fund_transactions t join projects p on p.id = t.project_id
             where t.type = 'disbursement' and t.planned = 0 group by p.lead_donor_code, t.year`,
          ),
          (r) => ({ donor: ref.orgs.rootOf(String(r.donor)), year: Number(r.year) }),
          'disbursed_fen',
        ),
    },
    {
      label: `funds by county for one donor (${DONOR}) and year (${YEAR})`,
      body: {
        measures: ['disbursed_fen'],
        dimensions: ['area:county'],
        filters: { donor: DONOR, period: { from: `${YEAR}-01-01`, to: `${YEAR}-12-31` } },
        totals: false,
      },
      sql: async (raw, ref) => {
        const donors = ref.orgs.subtree(DONOR);
        // A project's county places, and a place above county level where it has none below.
        const rows = await raw.all(
          `select ap.area_code as area, sum(ap.amount_fen) as value
           from area_parts ap join areas a on a.code = ap.area_code
           join projects p on p.id = ap.project_id
           where ap.year = ? and p.lead_donor_code in (${donors.map(() => '?').join(', ')})
             and (a.level = 'county' or (a.level in ('province', 'prefecture') and not exists (
               select 1 from project_places c join areas ca on ca.code = c.area_code
               where c.project_id = ap.project_id and ca.parent_code = ap.area_code)))
           group by ap.area_code`,
          [YEAR, ...donors],
        );
        return fold(rows, (r) => ({ 'area:county': r.area }), 'disbursed_fen');
      },
    },
    {
      label: 'person-times by donor × month',
      body: {
        measures: ['training_person_times'],
        dimensions: ['donor', 'period'],
        granularity: 'month',
        filters: {},
        totals: false,
      },
      sql: async (raw, ref) => {
        const rows = await raw.all(
          `select organiser_code as donor, ${month('start_date')} as period, sum(person_times) as value
           from training_sessions group by organiser_code, ${month('start_date')}`,
        );
        return fold(
          rows,
          (r) => ({ donor: ref.orgs.rootOf(String(r.donor)), period: r.period }),
          'training_person_times',
        );
      },
    },
  ];
}

/**
 * Achieved jobs, as the projects would report them: the generator writes no results, so the
 * benchmark adds one cumulative figure per project and year-end from its plan year on (in bulk,
 * beside the write path, then the `analytics-facts` projection, which reads them, rebuilt).
 */
async function ensureResults(raw: Raw): Promise<boolean> {
  const [have] = await raw.all<{ n: number | string }>(
    `select count(*) as n from project_results where metric = 'jobs'`,
  );
  if (Number(have?.n ?? 0) > 0) return false;
  const ys = Array.from({ length: years }, (_, i) => `select ${FROM + i} as y`).join(' union all ');
  const asOf =
    raw.engine === 'postgres'
      ? `to_date(y.y || '-12-31', 'YYYY-MM-DD')`
      : `cast(y.y as text) || '-12-31'`;
  await raw.run(
    `insert into project_results (project_id, metric, planned, value, as_of)
     select p.id, 'jobs', 0, (p.id % 50) + 1 + (y.y - p.year) * 3, ${asOf}
     from projects p join (${ys}) y on y.y >= p.year where p.stage <> 'cancelled'`,
  );
  const [n] = await raw.all<{ n: number | string }>(
    `select count(*) as n from project_results where metric = 'jobs'`,
  );
  console.log(`  added ${n?.n} achieved jobs figures`);
  return true;
}

async function ensureData(database: Database) {
  await upgradeDatabase(database);
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
    yuanPerYear: 2_000_000_000,
    seed: 2010,
    today: `${FROM + years - 1}-06-30`,
    sessionsPerYear: perYear,
  });
  console.log(
    `  generated ${totals.projects} projects, ${totals.transactions} transactions, ${totals.sessions} training sessions in ${((performance.now() - t) / 1000).toFixed(0)} s`,
  );
}

async function run(engine: 'sqlite' | 'postgres') {
  console.log(`\n== ${engine}: ${years} years × ${perYear} projects a year (SMALL), ${runs} runs`);
  let stop = () => {};
  let url: string;
  if (engine === 'sqlite') {
    mkdirSync('var/bench', { recursive: true });
    url = `sqlite:var/bench/analytics-${years}x${perYear}.db`;
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
  const raw = await openRaw(url);
  try {
    await ensureData(database);
    if (await ensureResults(raw)) {
      // Written beside the write path: the projection reading results is rebuilt once.
      const t = performance.now();
      await database.db
        .transaction()
        .execute((trx) => rebuildProjections(trx, [analyticsFacts] as never));
      console.log(`  analytics facts rebuilt in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    const ctx = { actor: systemActor('bench'), db: database.db };
    const ref = await loadReference(database.db);
    for (const c of cases(engine)) {
      const api = await queryAnalytics(ctx, c.body);
      const hand = await c.sql(raw, ref);
      const same = canon(api.rows as Rows) === canon(hand);
      const r = await race(
        () => queryAnalytics(ctx, c.body),
        () => c.sql(raw, ref),
      );
      console.log(
        `  ${c.label}: API p95 ${r.api.toFixed(1)} ms, hand-written SQL p95 ${r.sql.toFixed(1)} ms, ratio ${(r.api / Math.max(r.sql, 0.001)).toFixed(2)} (target p95 ≤ 300 ms, ≤ 1.5×); ${api.rows.length} rows, same answer: ${same ? 'yes' : 'NO'}`,
      );
    }

    // A value written is in the very next answer: no rebuild step, no cache to expire.
    const body: AnalyticsQueryBody = {
      measures: ['disbursed_fen'],
      dimensions: ['donor', 'year'],
      filters: {},
      totals: true,
    };
    const of = (rows: Rows) =>
      BigInt(String(rows.find((r) => r.donor === DONOR && r.year === YEAR)?.disbursed_fen ?? 0));
    const before = of((await queryAnalytics(ctx, body)).rows as Rows);
    const project = await database.db
      .selectFrom('projects')
      .select('code')
      .where('leadDonorCode', '=', DONOR)
      .where('year', '=', YEAR)
      .where('stage', '!=', 'cancelled')
      .executeTakeFirstOrThrow();
    const t = performance.now();
    const recorded = await createTransaction(ctx, project.code, {
      type: 'disbursement',
      valueFen: 123_456,
      date: `${YEAR}-12-30`,
      planned: false,
      note: 'bench',
    });
    const written = performance.now() - t;
    const after = of((await queryAnalytics(ctx, body)).rows as Rows);
    await reverseTransaction(ctx, project.code, recorded.id, {
      date: `${YEAR}-12-31`,
      reason: 'bench',
    });
    const back = of((await queryAnalytics(ctx, body)).rows as Rows);
    console.log(
      `  a disbursement written (${written.toFixed(1)} ms) is in the very next answer: ${after - before === 123_456n ? 'yes' : 'NO'}; its reversal too: ${back === before ? 'yes' : 'NO'}`,
    );
  } finally {
    await raw.close();
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
