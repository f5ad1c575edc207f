/**
 * `npm run bench:routes -- [--engine sqlite|postgres|both] [--runs 30] [--only SUBSTRING]
 * [--starts 3] [--sqlite PATH] [--pg-url URL] [--pg-dir DIR] [--year 2024] [--no-startup]
 * [--no-routes] [--no-compliance] [--no-explain] [--any-size] [--out var/bench]`
 *
 * Drives the application as its users do, over HTTP, against the national data set: starts
 * `tsx src/cli/main.ts serve` as a child process, signs in as each role (a coordinator, a donor
 * editor, a recipient editor, an auditor, and a viewer who also holds several editor grants), and
 * times every GET route of the OpenAPI document as each of them and anonymously, and the write
 * routes a user repeats on many records (bulk warning actions, ledger reversals). Also: start to
 * healthy (with a traced start-up broken down by phase and CPU profile) and the compliance report
 * over HTTP beside the raw grouped sum on the same table.
 *
 * Data sets are generated once and kept outside the repository (see docs/performance.md):
 * SQLite in /work/bench-data/sqlite/national-20x20000.db (--sqlite or BENCH_SQLITE), PostgreSQL
 * in a kept cluster under /work/bench-data/pg (--pg-dir) or any database named by --pg-url /
 * BENCH_PG_URL. A missing data set is generated with `shanhai generate`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_PG_DIR, ensureCluster } from './pg-cluster.js';
import { type Answer, closeClient, request, type Stats, signIn, stats } from './support/http.js';
import {
  breakdown,
  loadProfile,
  REQUEST_CATEGORIES,
  STARTUP_CATEGORIES,
} from './support/profile.js';
import { openRaw, type Raw } from './support/raw.js';
import { type RunningServer, runCli, startServer } from './support/server.js';

// --only: route or URL substrings, comma-separated.
const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'both' },
    runs: { type: 'string', default: '30' },
    only: { type: 'string' },
    starts: { type: 'string', default: '3' },
    sqlite: {
      type: 'string',
      default: process.env.BENCH_SQLITE ?? '/work/bench-data/sqlite/national-20x20000.db',
    },
    'pg-url': { type: 'string', default: process.env.BENCH_PG_URL },
    'pg-dir': { type: 'string', default: DEFAULT_PG_DIR },
    year: { type: 'string', default: '2024' },
    'no-startup': { type: 'boolean', default: false },
    'no-routes': { type: 'boolean', default: false },
    'no-compliance': { type: 'boolean', default: false },
    'no-explain': { type: 'boolean', default: false },
    /** Accept a smaller generated data set (to try the bench itself, not for figures). */
    'any-size': { type: 'boolean', default: false },
    /** Time only the analytics queries whose label contains this (e.g. a measure's name). */
    'measures-only': { type: 'string' },
    out: { type: 'string', default: 'var/bench' },
  },
});

const RUNS = Number(values.runs);
const STARTS = Number(values.starts);
const YEAR = Number(values.year);
const TARGET_P95_MS = 300;
/** Routes with a tighter target than {@link TARGET_P95_MS} (issue 9: an area's roster on a date). */
const ROUTE_TARGETS: Record<string, number> = { '/api/people/roster': 100 };
const targetOf = (route: string) => ROUTE_TARGETS[route] ?? TARGET_P95_MS;
const overTarget = (r: { route: string; stats: Stats | null }) =>
  r.stats !== null && r.stats.p95 > targetOf(r.route);
/** The generator's parameters of the national data set (years 2006–2025). */
const GENERATE = ['--from-year', '2006', '--years', '20', '--projects-per-year', '20000'];
const NATIONAL_PROJECTS = 400_000;
const PASSWORD = process.env.SHANHAI_PASSWORD ?? 'bench-password-2026';
const DONOR = '310000';
const AREA = '653130';
/** Kashgar prefecture (喀什地区): the recipient editor's scope, Shanghai's and Guangdong's counties. */
const PREFECTURE = '653100';
const PROVINCE = '650000';
const PROGRAMME = 'xinjiang';
type Caller =
  | 'anonymous'
  | 'coordinator'
  | 'donor-editor'
  | 'recipient-editor'
  | 'auditor'
  | 'multi-grant';
const CALLERS: Caller[] = [
  'anonymous',
  'coordinator',
  'donor-editor',
  'recipient-editor',
  'auditor',
  'multi-grant',
];
/** Each signed-in caller; `grants` are added beside the CLI's one (a user of several grants). */
const USERS: Record<
  Exclude<Caller, 'anonymous'>,
  {
    username: string;
    args: string[];
    grants?: Array<{ role: string; org: string | null; area: string | null }>;
  }
> = {
  coordinator: { username: 'bench-coordinator', args: ['--role', 'coordinator'] },
  'donor-editor': {
    username: `bench-donor-editor-${DONOR}`,
    args: ['--role', 'donor-editor', '--org', DONOR],
  },
  'recipient-editor': {
    username: `bench-recipient-editor-${PREFECTURE}`,
    args: ['--role', 'recipient-editor', '--area', PREFECTURE],
  },
  auditor: { username: 'bench-auditor', args: ['--role', 'auditor'] },
  'multi-grant': {
    username: 'bench-viewer-multi-grant',
    args: ['--role', 'viewer'],
    grants: [
      { role: 'donor-editor', org: DONOR, area: null },
      { role: 'donor-editor', org: '110000', area: null },
      { role: 'recipient-editor', org: null, area: '653200' },
    ],
  },
};
const OUT = resolve(values.out);
mkdirSync(OUT, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);

const ms = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : n >= 100 ? n.toFixed(0) : n.toFixed(1);
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const padl = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

// ---------------------------------------------------------------------------------------------
// Data set

async function ensureDataSet(engine: 'sqlite' | 'postgres', url: string): Promise<void> {
  let projects = 0;
  if (engine === 'postgres' || existsSync(url.slice('sqlite:'.length))) {
    const raw = await openRaw(url);
    try {
      const rows = await raw.all<{ n: number | string }>(
        "select count(*) as n from projects where code like 'G%'",
      );
      projects = Number(rows[0]?.n ?? 0);
    } catch {
      projects = 0; // not migrated yet
    } finally {
      await raw.close();
    }
  }
  if (projects >= NATIONAL_PROJECTS || (projects > 0 && values['any-size'])) {
    console.log(`  data set present: ${projects} generated projects`);
    return;
  }
  if (projects > 0) {
    throw new Error(
      `${url} holds ${projects} generated projects, not the national ${NATIONAL_PROJECTS}: point at another data set or remove it`,
    );
  }
  console.log(
    `  generating the national data set into ${url} (SQLite ~4 min, PostgreSQL 7–15 min)`,
  );
  const t = performance.now();
  runCli(['generate', ...GENERATE], { DATABASE_URL: url }, { inherit: true });
  console.log(`  generated in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  if (engine === 'postgres') {
    const raw = await openRaw(url);
    await raw.run('vacuum analyze');
    await raw.run('checkpoint');
    await raw.close();
  }
}

async function ensureUsers(url: string): Promise<void> {
  const raw = await openRaw(url);
  try {
    for (const u of Object.values(USERS)) {
      const found = await raw.all('select id from users where username = ?', [u.username]);
      if (found.length > 0) continue;
      runCli(['user', 'add', u.username, ...u.args], {
        DATABASE_URL: url,
        SHANHAI_PASSWORD: PASSWORD,
      });
      const [user] = await raw.all<{ id: number }>('select id from users where username = ?', [
        u.username,
      ]);
      for (const g of u.grants ?? []) {
        await raw.run(
          'insert into user_roles (user_id, role, org_code, area_code) values (?, ?, ?, ?)',
          [user?.id, g.role, g.org, g.area],
        );
      }
      console.log(`  user ${u.username} created`);
    }
  } finally {
    await raw.close();
  }
}

interface Fixtures {
  projectCode: string;
  /** Another project of the donor and year, written to (ledger entries and their reversals). */
  writeCode: string;
  /** Entries in the write project's history (made long by {@link ensureLongHistory}). */
  historyEntries: number;
  planId: number;
  pairingId: number;
  documentId: number | null;
  transactions: number;
  /** Issue 9's records to fill `{id}` / `{code}` with: null when the data set has none. */
  personId: number | null;
  batchId: number | null;
  teamId: number | null;
  mentoringId: number | null;
  exchangeId: number | null;
  institutionPairingId: number | null;
  trainingProgrammeCode: string | null;
}

/** Real codes and ids from the data set to fill path parameters with. */
async function fixtures(raw: Raw): Promise<Fixtures> {
  const [project] = await raw.all<{ code: string; id: number; n: number | string }>(
    `select p.code, p.id, (select count(*) from fund_transactions t where t.project_id = p.id) as n
       from projects p
      where p.lead_donor_code = ? and p.year = ? and p.published_at is not null
        and p.stage not in ('cancelled', 'suspended')
      order by n desc, p.code limit 1`,
    [DONOR, YEAR],
  );
  const [plan] = await raw.all<{ id: number }>(
    'select id from plans where programme_code = ? and donor_code = ? and year = ? order by id limit 1',
    [PROGRAMME, DONOR, YEAR],
  );
  const [pairing] = await raw.all<{ id: number }>(
    'select id from pairings where donor_code = ? order by id limit 1',
    [DONOR],
  );
  const [doc] = project
    ? await raw.all<{ id: number }>(
        'select id from project_documents where project_id = ? order by id limit 1',
        [project.id],
      )
    : [];
  if (!project || !plan || !pairing)
    throw new Error('the data set lacks a project, plan or pairing of 310000');
  const [write] = await raw.all<{ code: string }>(
    `select p.code from projects p
      where p.lead_donor_code = ? and p.year = ? and p.code <> ?
        and p.stage not in ('cancelled', 'suspended')
      order by p.code limit 1`,
    [DONOR, YEAR, project.code],
  );
  if (!write) throw new Error('the data set lacks a project of 310000 to write to');
  const first = async (query: string, params: unknown[] = []) => {
    const [row] = await raw.all<{ v: number | string }>(query, params);
    return row ? row.v : null;
  };
  // The donor's person with the most postings (the history route reads theirs too).
  const personId = await first(
    `select person_id as v from postings where donor_code = ?
      group by person_id order by count(*) desc, person_id limit 1`,
    [DONOR],
  );
  const id = (v: number | string | null) => (v === null ? null : Number(v));
  const fxIssue9 = {
    personId: id(personId),
    batchId: id(
      await first('select min(batch_id) as v from postings where donor_code = ?', [DONOR]),
    ),
    teamId: id(await first('select min(id) as v from teams')),
    mentoringId: id(await first('select min(id) as v from mentorings')),
    exchangeId: id(await first('select min(id) as v from exchange_activities')),
    institutionPairingId: id(
      await first('select min(id) as v from pairings where kind is not null'),
    ),
    trainingProgrammeCode: (await first('select min(code) as v from training_programmes')) as
      | string
      | null,
  };
  return {
    ...fxIssue9,
    projectCode: project.code,
    writeCode: write.code,
    historyEntries: 0,
    planId: Number(plan.id),
    pairingId: Number(pairing.id),
    documentId: doc ? Number(doc.id) : null,
    transactions: Number(project.n),
  };
}

// ---------------------------------------------------------------------------------------------
// Routes

interface Case {
  label?: string;
  query?: Record<string, string | number>;
  /** Path parameters other than the defaults of {@link fillPath}. */
  params?: Record<string, string>;
}

function casesFor(fx: Fixtures): Record<string, Case[]> {
  const y = { programme: PROGRAMME, year: YEAR };
  const day = `${YEAR}-06-30`;
  return {
    '/healthz': [{}],
    '/api/session': [{}],
    '/api/tokens': [{}],
    '/api/users': [{}],
    '/api/users/{username}': [{ label: 'the donor editor' }],
    '/api/areas': [
      { label: 'first page' },
      { label: 'q=和田', query: { q: '和田' } },
      {
        label: 'within Xinjiang, counties',
        query: { within: '650000', level: 'county', limit: 200 },
      },
    ],
    '/api/areas/{code}': [{ label: AREA }],
    '/api/areas/{code}/funds': [
      { label: `${PROVINCE} province`, params: { code: PROVINCE } },
      { label: `${PREFECTURE} prefecture`, params: { code: PREFECTURE } },
      { label: `${AREA} county`, params: { code: AREA } },
    ],
    '/api/summary': [{ label: 'latest year' }, { label: `${YEAR}`, query: { year: YEAR } }],
    '/api/project-codes/next': [
      { label: `${DONOR} 2026`, query: { programme: PROGRAMME, donor: DONOR, year: 2026 } },
    ],
    '/api/projects/{code}/history': [
      { label: `${fx.historyEntries} entries, first page`, params: { code: fx.writeCode } },
    ],
    '/api/organisations': [{}, { label: 'q=上海', query: { q: '上海' } }],
    '/api/organisations/{code}': [{ label: DONOR }],
    '/api/programmes': [{}],
    '/api/programmes/{code}': [{ label: PROGRAMME }],
    '/api/pairings': [
      { label: 'national' },
      { label: 'with sub-pairings', query: { includeSub: 'true' } },
    ],
    '/api/pairings/classify': [{ query: { donor: DONOR, area: AREA } }],
    '/api/pairings/{id}': [{}],
    '/api/project-types': [{}],
    '/api/projects': [
      { label: 'first page, unfiltered' },
      {
        label: `donor+year+stage`,
        query: { programme: PROGRAMME, donor: DONOR, year: YEAR, stage: 'accepted' },
      },
      { label: 'newest first', query: { sort: '-updatedAt' } },
      { label: 'q=供暖', query: { q: '供暖' } },
      { label: `q=G${YEAR}-${DONOR}-00`, query: { q: `G${YEAR}-${DONOR}-00` } },
      { label: 'page 2000', query: { offset: 99_950 } },
      { label: `area ${PREFECTURE}`, query: { area: PREFECTURE } },
      {
        label: `area ${PREFECTURE}, newest first`,
        query: { area: PREFECTURE, sort: '-updatedAt' },
      },
    ],
    '/api/projects/{code}': [{}],
    '/api/projects/{code}/transactions': [{ label: `${fx.transactions} transactions` }],
    '/api/projects/{code}/quality': [{}],
    '/api/projects/{code}/documents': [{}],
    '/api/projects/{code}/documents/{id}': fx.documentId === null ? [] : [{}],
    '/api/history': [
      { label: 'newest' },
      { label: 'one project', query: { entityType: 'project', entityId: fx.projectCode } },
    ],
    '/api/quality/rules': [{}],
    '/api/quality': [
      { label: 'programme-wide' },
      { label: 'donor+year', query: { ...y, donor: DONOR } },
    ],
    '/api/warnings': [
      { label: 'work queue' },
      { label: `donor ${DONOR}`, query: { donor: DONOR } },
    ],
    '/api/warnings/settings': [{}],
    '/api/plans': [{ label: 'all' }, { label: `${YEAR}`, query: y }],
    '/api/plans/{id}': [{}],
    '/api/plans/{id}/compliance': [{}],
    '/api/compliance': [
      { label: 'actual', query: { ...y, basis: 'actual' } },
      { label: 'plan', query: { ...y, basis: 'plan' } },
    ],
    '/api/compliance/{donor}': [{ label: `${DONOR} actual`, query: { ...y, basis: 'actual' } }],
    '/api/rates': [
      { label: 'programme', query: y },
      { label: `donor ${DONOR}`, query: { ...y, donor: DONOR } },
    ],
    '/api/rates/donors': [{ query: y }],
    '/api/jobs': [{}],
    // Issue 9: who serves in an area subtree or for a donor on a day (target p95 ≤ 100 ms).
    '/api/people/roster': [
      { label: `area ${PROVINCE} on ${day}`, query: { area: PROVINCE, date: day } },
      { label: `area ${PREFECTURE} on ${day}`, query: { area: PREFECTURE, date: day } },
      { label: `area ${AREA} on ${day}`, query: { area: AREA, date: day } },
      { label: `donor ${DONOR} on ${day}`, query: { donor: DONOR, date: day } },
      {
        label: `area ${PREFECTURE}, page 10`,
        query: { area: PREFECTURE, date: day, offset: 450 },
      },
    ],
    '/api/people/terms-ending': [
      { label: `90 days from ${day}`, query: { days: 90, today: day } },
      {
        label: `area ${PREFECTURE}, 180 days`,
        query: { days: 180, area: PREFECTURE, today: day },
      },
      { label: `donor ${DONOR}, 365 days`, query: { days: 365, donor: DONOR, today: day } },
    ],
    '/api/people/counts': [
      { label: `by donor on ${day}`, query: { by: 'donor', date: day } },
      { label: `by area (prefectures) on ${day}`, query: { by: 'area', date: day } },
      { label: `by kind, area ${PREFECTURE}`, query: { by: 'kind', area: PREFECTURE, date: day } },
      { label: `by batch, donor ${DONOR}`, query: { by: 'batch', donor: DONOR, date: day } },
      { label: 'by year (postings started)', query: { by: 'year' } },
    ],
    // Issue 9's companies, cases, sales and training (target p95 ≤ 300 ms).
    '/api/companies': [
      { label: 'first page' },
      { label: `donor ${DONOR}`, query: { donor: DONOR } },
      { label: `area ${PREFECTURE}`, query: { area: PREFECTURE } },
    ],
    '/api/company-cases': [
      { label: 'first page' },
      { label: 'open', query: { status: 'open' } },
      { label: 'late', query: { late: 'true' } },
      { label: `area ${PREFECTURE}`, query: { area: PREFECTURE } },
    ],
    '/api/company-cases/times': [
      { label: 'by officer', query: { by: 'officer' } },
      { label: 'by donor', query: { by: 'donor' } },
      { label: 'by area', query: { by: 'area' } },
      { label: `by officer, area ${PREFECTURE}`, query: { by: 'officer', area: PREFECTURE } },
    ],
    // Exports over HTTP, the whole file read (decision 0082): at national scale, CSV and XLSX.
    '/api/exports/projects': [
      { label: 'csv', query: { format: 'csv' } },
      { label: 'xlsx', query: { format: 'xlsx' } },
    ],
    '/api/exports/ledger': [{ label: 'csv', query: { format: 'csv' } }],
    '/api/exports/people': [
      { label: 'csv', query: { format: 'csv' } },
      { label: `csv, donor ${DONOR}`, query: { format: 'csv', donor: DONOR } },
    ],
    '/api/exports/sales': [
      { label: 'csv', query: { format: 'csv' } },
      {
        label: `csv, donor ${DONOR}, ${YEAR}`,
        query: { format: 'csv', donor: DONOR, from: `${YEAR}-01`, to: `${YEAR}-12` },
      },
    ],
    '/api/consumption-sales': [
      { label: 'first page' },
      {
        label: `donor ${DONOR}, ${YEAR}`,
        query: { donor: DONOR, from: `${YEAR}-01`, to: `${YEAR}-12` },
      },
    ],
    '/api/consumption-sales/summary': [
      { label: `by channel, ${YEAR}`, query: { from: `${YEAR}-01`, to: `${YEAR}-12` } },
      { label: `by month, area ${PREFECTURE}`, query: { by: 'month', area: PREFECTURE } },
    ],
    '/api/training/sessions': [
      { label: 'first page' },
      {
        label: `donor ${DONOR}, ${YEAR}`,
        query: { donor: DONOR, from: `${YEAR}-01-01`, to: `${YEAR}-12-31` },
      },
    ],
    // Issue 9's records by id: the person's history (with their postings'), and the rest where
    // the data set has one (the generator makes no teams, mentorings, exchanges or programmes).
    '/api/people/persons/{id}': fx.personId === null ? [] : [{ label: `person ${fx.personId}` }],
    '/api/people/persons/{id}/history':
      fx.personId === null ? [] : [{ label: `person ${fx.personId}` }],
    '/api/people/persons': [
      { label: 'first page' },
      { label: `donor ${DONOR}`, query: { donor: DONOR } },
      { label: 'q=阿', query: { q: '阿' } },
    ],
    '/api/people/batches/{id}': fx.batchId === null ? [] : [{ label: `batch ${fx.batchId}` }],
    '/api/teams/{id}': fx.teamId === null ? [] : [{}],
    '/api/teams/{id}/history': fx.teamId === null ? [] : [{}],
    '/api/mentorings/{id}': fx.mentoringId === null ? [] : [{}],
    '/api/mentorings/{id}/history': fx.mentoringId === null ? [] : [{}],
    '/api/exchanges/{id}': fx.exchangeId === null ? [] : [{}],
    '/api/exchanges/{id}/history': fx.exchangeId === null ? [] : [{}],
    '/api/institution-pairings/{id}': fx.institutionPairingId === null ? [] : [{}],
    '/api/institution-pairings/{id}/history': fx.institutionPairingId === null ? [] : [{}],
    '/api/training/programmes/{code}': fx.trainingProgrammeCode === null ? [] : [{}],
    '/api/training/by-donor': [
      { label: 'all years' },
      { label: `${YEAR}`, query: { from: `${YEAR}-01-01`, to: `${YEAR}-12-31` } },
    ],
    // Issue 11's annual reports (decision 0058): the JSON and the PDF (target ≤ 10 s).
    '/api/reports/donor/{code}': [{ label: `${DONOR} ${YEAR}`, query: { year: YEAR } }],
    '/api/reports/donor/{code}/pdf': [{ label: `${DONOR} ${YEAR}`, query: { year: YEAR } }],
    '/api/reports/area/{code}': [{ label: `${PREFECTURE} ${YEAR}`, query: { year: YEAR } }],
    '/api/reports/area/{code}/pdf': [{ label: `${PREFECTURE} ${YEAR}`, query: { year: YEAR } }],
    // Issue 10/11 point 7: the public pages (decision 0055), as anyone asks them.
    '/api/public/overview': [{ label: PROGRAMME, query: { programme: PROGRAMME } }],
    '/api/public/overview/csv': [{ label: PROGRAMME, query: { programme: PROGRAMME } }],
    '/api/public/donors/{code}': [{ label: DONOR, query: { programme: PROGRAMME } }],
    '/api/public/donors/{code}/csv': [{ label: DONOR, query: { programme: PROGRAMME } }],
    '/api/public/areas/{code}': [{ label: PREFECTURE, query: { programme: PROGRAMME } }],
    '/api/public/areas/{code}/csv': [{ label: PREFECTURE, query: { programme: PROGRAMME } }],
    '/api/public/map': [
      { label: 'disbursed, all years', query: { programme: PROGRAMME } },
      {
        label: `projects ${YEAR}`,
        query: { programme: PROGRAMME, measure: 'projects', year: YEAR },
      },
    ],
    '/api/public/map/csv': [{ label: 'disbursed, all years', query: { programme: PROGRAMME } }],
    '/api/public/rules': [{ label: PROGRAMME, query: { programme: PROGRAMME } }],
    '/api/public/rules/csv': [{ label: PROGRAMME, query: { programme: PROGRAMME } }],
    '/api/public/iati': [{ label: PROGRAMME, query: { programme: PROGRAMME } }],
    '/api/public/iati-organisations': [{ label: PROGRAMME, query: { programme: PROGRAMME } }],
  };
}

function fillPath(path: string, fx: Fixtures, given: Record<string, string> = {}): string {
  const param = (name: string) => {
    if (given[name] !== undefined) return given[name];
    if (name === 'donor') return DONOR;
    if (name === 'username') return USERS['donor-editor'].username;
    if (name === 'code') {
      if (path.startsWith('/api/reports/donor/')) return DONOR;
      if (path.startsWith('/api/reports/area/')) return PREFECTURE;
      if (path.startsWith('/api/public/donors/')) return DONOR;
      if (path.startsWith('/api/public/areas/')) return PREFECTURE;
      if (path.startsWith('/api/projects/')) return fx.projectCode;
      if (path.startsWith('/api/areas/')) return AREA;
      if (path.startsWith('/api/organisations/')) return DONOR;
      if (path.startsWith('/api/programmes/')) return PROGRAMME;
    }
    if (name === 'code' && path.startsWith('/api/training/programmes/'))
      return fx.trainingProgrammeCode ?? '';
    if (name === 'id') {
      if (path.includes('/documents/')) return String(fx.documentId ?? 1);
      if (path.startsWith('/api/people/persons/')) return String(fx.personId ?? 1);
      if (path.startsWith('/api/people/batches/')) return String(fx.batchId ?? 1);
      if (path.startsWith('/api/teams/')) return String(fx.teamId ?? 1);
      if (path.startsWith('/api/mentorings/')) return String(fx.mentoringId ?? 1);
      if (path.startsWith('/api/exchanges/')) return String(fx.exchangeId ?? 1);
      if (path.startsWith('/api/institution-pairings/'))
        return String(fx.institutionPairingId ?? 1);
      if (path.startsWith('/api/plans/')) return String(fx.planId);
      if (path.startsWith('/api/pairings/')) return String(fx.pairingId);
      // Issue 9's records: the first generated one of each.
      if (/^\/api\/(companies|company-cases|consumption-sales|training\/sessions)\//.test(path))
        return '1';
    }
    if (name === 'fromYear') return '2021';
    throw new Error(`no value for {${name}} in ${path}`);
  };
  return path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(param(name)));
}

function withQuery(path: string, query?: Record<string, string | number>): string {
  if (!query) return path;
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  return `${path}?${qs}`;
}

interface RouteResult {
  route: string;
  label: string;
  url: string;
  caller: Caller;
  status: number;
  bytes: number;
  warmMs: number;
  stats: Stats | null;
  note?: string;
}

/** Warm-up once; then `runs` times, fewer for slow routes (a warm-up over 10 s: 2 runs). */
async function timeRoute(
  base: string,
  url: string,
  cookie: string | undefined,
): Promise<{ first: Answer; stats: Stats | null; note?: string }> {
  const first = await request(base, 'GET', url, { cookie });
  if (first.status !== 200) return { first, stats: null };
  let n = RUNS;
  let note: string | undefined;
  if (first.ms > 10_000) {
    n = Math.min(RUNS, 2);
    note = `slow (warm-up ${(first.ms / 1000).toFixed(1)} s): ${n} runs`;
  } else if (first.ms > 2_000) {
    n = Math.min(RUNS, 10);
    note = `slow (warm-up ${(first.ms / 1000).toFixed(1)} s): ${n} runs`;
  }
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = await request(base, 'GET', url, { cookie });
    if (a.status !== 200) throw new Error(`GET ${url}: ${a.status} after a 200`);
    samples.push(a.ms);
  }
  return { first, stats: stats(samples), ...(note ? { note } : {}) };
}

/** Whether `--only` (substrings, comma-separated) picks the route or its URL. */
function wanted(route: string, url: string): boolean {
  if (!values.only) return true;
  return values.only.split(',').some((o) => route.includes(o) || url.includes(o));
}

/** A session cookie for each signed-in caller (none for anonymous). */
async function signInAll(base: string): Promise<Record<Caller, string | undefined>> {
  const out = { anonymous: undefined } as Record<Caller, string | undefined>;
  for (const caller of CALLERS) {
    if (caller !== 'anonymous') out[caller] = await signIn(base, USERS[caller].username, PASSWORD);
  }
  return out;
}

async function benchRoutes(server: RunningServer, fx: Fixtures): Promise<RouteResult[]> {
  const cookies = await signInAll(server.base);
  const doc = JSON.parse((await request(server.base, 'GET', '/api/openapi.json')).body) as {
    paths: Record<string, Record<string, unknown>>;
  };
  const gets = Object.keys(doc.paths)
    .filter((p) => doc.paths[p]?.get)
    .sort();
  const cases = casesFor(fx);
  const uncovered = gets.filter((p) => !(p in cases));
  const results: RouteResult[] = [];
  for (const route of gets) {
    const list = cases[route] ?? [{ label: '(no case defined: path parameters only)' }];
    if (list.length === 0) {
      console.log(`  ${route}: skipped (nothing in the data set to fill it with)`);
      continue;
    }
    for (const c of list) {
      let url: string;
      try {
        url = withQuery(fillPath(route, fx, c.params), c.query);
      } catch (e) {
        // A route added since the cases were written (a path parameter the bench cannot fill).
        if (wanted(route, route)) console.log(`  ${route}: skipped (${(e as Error).message})`);
        continue;
      }
      if (!wanted(route, url)) continue;
      for (const caller of CALLERS) {
        const r = await timeRoute(server.base, url, cookies[caller]);
        const result: RouteResult = {
          route,
          label: c.label ?? '',
          url,
          caller,
          status: r.first.status,
          bytes: r.first.bytes,
          warmMs: r.first.ms,
          stats: r.stats,
          ...(r.note ? { note: r.note } : {}),
        };
        results.push(result);
        const s = r.stats;
        process.stdout.write(
          `  ${pad(`${route} ${result.label}`, 58)} ${pad(caller, 16)} ${r.first.status} ${
            s ? `p50 ${ms(s.p50)} p95 ${ms(s.p95)} ms (n=${s.n})` : ''
          }${r.note ? `  [${r.note}]` : ''}\n`,
        );
      }
    }
  }
  if (uncovered.length > 0) console.log(`  routes without a defined case: ${uncovered.join(', ')}`);
  return results;
}

/** A ledger entry on the write project (1 yuan disbursed), as `cookie`; its id, or the answer. */
async function newEntry(base: string, code: string, cookie: string | undefined) {
  const a = await request(base, 'POST', `/api/projects/${encodeURIComponent(code)}/transactions`, {
    cookie,
    body: { type: 'disbursement', valueFen: 100, date: `${YEAR}-06-15`, planned: false },
  });
  if (a.status !== 201) throw new Error(`new ledger entry: ${a.status} ${a.body.slice(0, 300)}`);
  return Number((JSON.parse(a.body) as { id: number }).id);
}

function reverse(base: string, code: string, id: number, cookie: string | undefined) {
  return request(
    base,
    'POST',
    `/api/projects/${encodeURIComponent(code)}/transactions/${id}/reversal`,
    { cookie, body: { date: `${YEAR}-06-15`, reason: 'bench: entered in error' } },
  );
}

/**
 * Makes the write project's history long (ledger entries and reversals through the API, once per
 * data set) and returns how many entries it holds.
 */
async function ensureLongHistory(base: string, fx: Fixtures, want = 300): Promise<number> {
  const cookie = await signIn(base, USERS.coordinator.username, PASSWORD);
  const count = async () => {
    const a = await request(
      base,
      'GET',
      `/api/projects/${encodeURIComponent(fx.writeCode)}/history?limit=500`,
      { cookie },
    );
    if (a.status !== 200) throw new Error(`history of ${fx.writeCode}: ${a.status}`);
    return (JSON.parse(a.body) as { items: unknown[] }).items.length;
  };
  let n = await count();
  if (n >= want) return n;
  console.log(`  making the history of ${fx.writeCode} long (${n} → ${want} entries)`);
  while (n < want) {
    const id = await newEntry(base, fx.writeCode, cookie);
    const r = await reverse(base, fx.writeCode, id, cookie);
    if (r.status !== 201) throw new Error(`reversal: ${r.status} ${r.body.slice(0, 300)}`);
    n += 2;
  }
  return count();
}

/**
 * The writes a user repeats over many records, as each caller, warm: a bulk take of 200
 * warnings (released again between runs, untimed, by resetting their owner in the database), and
 * the reversal of a fresh ledger entry (the entry made untimed just before, by the caller when it
 * may write the ledger, else by the coordinator, and the refusal is recorded).
 */
async function benchWrites(server: RunningServer, raw: Raw, fx: Fixtures): Promise<RouteResult[]> {
  const cookies = await signInAll(server.base);
  const results: RouteResult[] = [];
  const report = (r: RouteResult) => {
    results.push(r);
    const s = r.stats;
    process.stdout.write(
      `  ${pad(`${r.route} ${r.label}`, 58)} ${pad(r.caller, 16)} ${r.status} ${
        s ? `p50 ${ms(s.p50)} p95 ${ms(s.p95)} ms (n=${s.n})` : ''
      }\n`,
    );
  };
  // The daily job has computed the warnings by now (the server waited for it). The coordinator
  // takes any 200 open warnings; the others their donor's (fewer: the generated data are clean).
  const openWarnings = async (donor: string | null) =>
    (
      await raw.all<{ id: number }>(
        `select w.id from warnings w join projects p on p.id = w.project_id
          where w.status = 'open' ${donor ? 'and p.lead_donor_code = ?' : ''}
          order by w.id limit 200`,
        donor ? [donor] : [],
      )
    ).map((w) => Number(w.id));
  const anyIds = await openWarnings(null);
  const donorIds = await openWarnings(DONOR);
  const idsOf = (caller: Caller) => (caller === 'coordinator' ? anyIds : donorIds);
  const marksOf = (ids: number[]) => ids.map(() => '?').join(', ');
  // No ids (a data set without open warnings): nothing to release (`in ()` is no SQL on PostgreSQL).
  const release = async (ids: number[]) => {
    if (ids.length > 0)
      await raw.run(`update warnings set owner_user_id = null where id in (${marksOf(ids)})`, ids);
  };
  const versions = async (ids: number[]) =>
    (
      await raw.all<{ id: number; version: number }>(
        `select id, version from warnings where id in (${marksOf(ids)}) order by id`,
        ids,
      )
    ).map((w) => ({ id: Number(w.id), version: Number(w.version) }));
  for (const caller of CALLERS) {
    if (!wanted('POST /api/warnings/bulk', '/api/warnings/bulk')) break;
    const ids = idsOf(caller);
    const take = async () => {
      await release(ids);
      return request(server.base, 'POST', '/api/warnings/bulk', {
        cookie: cookies[caller],
        body: { action: 'take', items: await versions(ids) },
      });
    };
    const first = await take();
    const samples: number[] = [];
    if (first.status === 200) {
      for (let i = 0; i < RUNS; i++) {
        const a = await take();
        if (a.status !== 200) throw new Error(`bulk take: ${a.status} after a 200`);
        samples.push(a.ms);
      }
    }
    report({
      route: 'POST /api/warnings/bulk',
      label: `take ${anyIds.length} (coordinator) or the donor's ${donorIds.length}, released between runs`,
      url: '/api/warnings/bulk',
      caller,
      status: first.status,
      bytes: first.bytes,
      warmMs: first.ms,
      stats: samples.length > 0 ? stats(samples) : null,
    });
  }
  await release(anyIds);
  await release(donorIds);

  const coordinator = cookies.coordinator;
  const path = `/api/projects/${fx.writeCode}/transactions/{id}/reversal`;
  for (const caller of CALLERS) {
    if (!wanted('POST /api/projects/{code}/transactions/{id}/reversal', path)) break;
    const once = async () => {
      let id: number;
      try {
        id = await newEntry(server.base, fx.writeCode, cookies[caller]);
      } catch {
        id = await newEntry(server.base, fx.writeCode, coordinator);
      }
      const a = await reverse(server.base, fx.writeCode, id, cookies[caller]);
      if (a.status !== 201) {
        const b = await reverse(server.base, fx.writeCode, id, coordinator);
        if (b.status !== 201) throw new Error(`reversal as coordinator: ${b.status}`);
      }
      return a;
    };
    const first = await once();
    const samples: number[] = [];
    if (first.status === 201) {
      for (let i = 0; i < RUNS; i++) {
        const a = await once();
        if (a.status !== 201) throw new Error(`reversal: ${a.status} after a 201`);
        samples.push(a.ms);
      }
    }
    report({
      route: 'POST /api/projects/{code}/transactions/{id}/reversal',
      label: 'a fresh entry',
      url: path,
      caller,
      status: first.status,
      bytes: first.bytes,
      warmMs: first.ms,
      stats: samples.length > 0 ? stats(samples) : null,
    });
  }

  // The analytics query (a read with a body, decision 0024): every registered measure, one
  // request, as a dashboard asks: the programme in one calendar year.
  const listed = await request(server.base, 'GET', '/api/analytics/measures', {
    cookie: coordinator,
  });
  const measures =
    listed.status === 200 ? JSON.parse(listed.body).items.map((m: { name: string }) => m.name) : [];
  // Issue 9's measures by donor and year over five years (target p95 ≤ 300 ms each).
  const years = { from: `${YEAR - 4}-01-01`, to: `${YEAR}-12-31` };
  const queries = [
    ...(measures.length > 0
      ? [
          {
            label: `${measures.length} measures, ${YEAR}`,
            body: {
              measures,
              dimensions: [],
              filters: {
                programme: PROGRAMME,
                period: { from: `${YEAR}-01-01`, to: `${YEAR}-12-31` },
              },
            },
          },
        ]
      : []),
    // people_serving is a snapshot on the period's last day (no year dimension): by donor for
    // the year; the yearly series of people is people_sent (postings started per year).
    {
      label: `people_serving by donor, ${YEAR}`,
      body: {
        measures: ['people_serving'],
        dimensions: ['donor'],
        filters: { programme: PROGRAMME, period: { from: `${YEAR}-01-01`, to: `${YEAR}-12-31` } },
      },
    },
    {
      label: `people_serving by area, donor ${DONOR}, ${YEAR}`,
      body: {
        measures: ['people_serving'],
        dimensions: ['area'],
        filters: {
          programme: PROGRAMME,
          donor: DONOR,
          period: { from: `${YEAR}-01-01`, to: `${YEAR}-12-31` },
        },
      },
    },
    ...['people_sent', 'training_person_times'].flatMap((measure) => [
      {
        label: `${measure} by donor and year, ${YEAR - 4}–${YEAR}`,
        body: {
          measures: [measure],
          dimensions: ['donor', 'year'],
          filters: { programme: PROGRAMME, period: years },
        },
      },
      {
        label: `${measure} by year, donor ${DONOR}, area ${PREFECTURE}`,
        body: {
          measures: [measure],
          dimensions: ['year'],
          filters: { programme: PROGRAMME, donor: DONOR, area: PREFECTURE, period: years },
        },
      },
    ]),
  ];
  // Issue 9: any one measure's total under the filters (target p95 ≤ 300 ms): each measure
  // alone, the programme in one year, and again for one donor and one prefecture.
  for (const measure of measures) {
    const period = { from: `${YEAR}-01-01`, to: `${YEAR}-12-31` };
    queries.push(
      {
        label: `${measure}, ${YEAR}`,
        body: { measures: [measure], dimensions: [], filters: { programme: PROGRAMME, period } },
      },
      {
        label: `${measure}, ${YEAR}, donor ${DONOR}, area ${PREFECTURE}`,
        body: {
          measures: [measure],
          dimensions: [],
          filters: { programme: PROGRAMME, donor: DONOR, area: PREFECTURE, period },
        },
      },
    );
  }
  for (const q of queries) {
    for (const caller of CALLERS) {
      if (!wanted('POST /api/analytics/query', '/api/analytics/query')) break;
      if (values['measures-only'] && !q.label.includes(values['measures-only'])) break;
      const ask = () =>
        request(server.base, 'POST', '/api/analytics/query', {
          cookie: cookies[caller],
          body: q.body,
        });
      const first = await ask();
      const samples: number[] = [];
      for (let i = 0; first.status === 200 && i < RUNS; i++) samples.push((await ask()).ms);
      if (first.status !== 200 && caller !== 'anonymous')
        console.log(`  analytics ${q.label}: ${first.body.slice(0, 300)}`);
      report({
        route: 'POST /api/analytics/query',
        label: q.label,
        url: '/api/analytics/query',
        caller,
        status: first.status,
        bytes: first.bytes,
        warmMs: first.ms,
        stats: samples.length > 0 ? stats(samples) : null,
      });
    }
  }
  return results;
}

function printRouteTable(engine: string, results: RouteResult[]): string {
  const lines: string[] = [];
  lines.push('| route | case | caller | status | p50 ms | p95 ms | n | bytes | target p95 |');
  lines.push('|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    const miss = r.stats ? `${overTarget(r) ? '**miss**' : 'ok'} (≤ ${targetOf(r.route)} ms)` : '';
    lines.push(
      `| \`${r.route}\` | ${r.label} | ${r.caller} | ${r.status} | ${ms(r.stats?.p50)} | ${ms(r.stats?.p95)} | ${r.stats?.n ?? ''} | ${r.bytes} | ${miss} |`,
    );
  }
  const misses = results.filter(overTarget);
  const table = lines.join('\n');
  console.log(
    `\n== ${engine}: routes (p95 target ≤ ${TARGET_P95_MS} ms; ${Object.entries(ROUTE_TARGETS)
      .map(([k, v]) => `${k} ≤ ${v} ms`)
      .join(', ')})\n${table}`,
  );
  console.log(
    `\n  ${misses.length} of ${results.filter((r) => r.stats).length} timed route/caller pairs miss their p95 target:`,
  );
  for (const m of misses) {
    console.log(
      `    ${m.caller.padEnd(12)} ${m.url}  p95 ${ms(m.stats?.p95)} ms${m.note ? `  [${m.note}]` : ''}`,
    );
  }
  return table;
}

/**
 * Each route that missed the target, asked once (as the first caller that missed it) of a traced,
 * profiled server: its time in the server, its SQL, its slowest statement and where the CPU went.
 */
async function explainMisses(url: string, misses: RouteResult[], dir: string): Promise<string> {
  const seen = new Map<string, RouteResult>();
  for (const m of misses) if (!m.route.startsWith('POST ') && !seen.has(m.url)) seen.set(m.url, m);
  if (seen.size === 0) return '';
  const traceFile = join(dir, 'misses-trace.jsonl');
  const profDir = join(dir, 'misses-cpu-prof');
  rmSync(traceFile, { force: true });
  mkdirSync(profDir, { recursive: true });
  const server = await startServer({
    databaseUrl: url,
    logFile: join(dir, 'misses.log'),
    traceFile,
    cpuProfDir: profDir,
  });
  const asked: Array<{ m: RouteResult; path: string }> = [];
  try {
    const signed = await signInAll(server.base);
    for (const m of seen.values()) {
      await request(server.base, 'GET', m.url, { cookie: signed[m.caller] });
      asked.push({ m, path: m.url });
    }
  } finally {
    await server.stop();
  }
  await waitForMainProfile(profDir);
  const main = readdirSync(profDir).find((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f));
  const profile = main ? loadProfile(join(profDir, main)) : null;
  const trace = readTrace(traceFile).filter((e) => e.ev === 'request');
  let out =
    '| route (one request, traced) | caller | server ms | SQL ms | slowest statement | CPU: top categories | hottest frame (self) |\n|---|---|---|---|---|---|---|\n';
  for (const { m, path } of asked) {
    const r = trace.find((e) => e.url === path);
    if (!r) continue;
    const byStatement = new Map<string, number>();
    for (const q of r.queries ?? []) {
      const k = short(q.sql).slice(0, 70);
      byStatement.set(k, (byStatement.get(k) ?? 0) + q.ms);
    }
    const [topSql, topMs] = [...byStatement].sort((a, b) => b[1] - a[1])[0] ?? ['—', 0];
    const count = (r.queries ?? []).length;
    let cpu = '';
    let hot = '';
    if (profile) {
      const b = breakdown(profile, [[r.hr ?? 0, r.hrEnd ?? 0]], REQUEST_CATEGORIES);
      cpu = b.rows
        .slice(0, 3)
        .map((x) => `${x.category} ${ms(x.ms)}`)
        .join('; ');
      const h = b.hottest.find((x) => !x.frame.includes('server-trace.mjs'));
      hot = h ? `${h.frame} ${ms(h.ms)} ms` : '';
    }
    out += `| \`${path}\` | ${m.caller} | ${ms(r.ms)} | ${ms(r.sqlMs)} (${count} statements) | ${ms(topMs)} ms: \`${topSql}\` | ${cpu} | ${hot} |\n`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Start-up

interface TraceEvent {
  ev: string;
  t: number;
  hr?: number;
  hrEnd?: number;
  ms?: number;
  sql?: string;
  url?: string;
  status?: number;
  timeOrigin?: number;
  sqlMs?: number;
  queries?: Array<{ sql: string; ms: number }>;
}

function readTrace(file: string): TraceEvent[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as TraceEvent);
}

const short = (sql: string) => sql.replace(/\s+/g, ' ').slice(0, 110);

/** The traced start-up by phase, from the trace's SQL and HTTP events and the CPU profile. */
function startupBreakdown(
  trace: TraceEvent[],
  server: RunningServer,
  profileFile: string | null,
  loaderFile: string | null,
) {
  const boot = trace.find((e) => e.ev === 'boot');
  const listening = trace.find((e) => e.ev === 'listening');
  const healthy = trace.find((e) => e.ev === 'request' && e.url === '/healthz' && e.status === 200);
  if (!boot || !listening || !healthy) return 'trace incomplete';
  const childStart = (boot.timeOrigin ?? server.spawnedAt) - server.spawnedAt;
  const outside = trace.filter((e) => e.ev === 'query');
  const before = outside.filter((e) => e.t < listening.t);
  const migrate = before.filter((e) => /shanhai_migrations/.test(e.sql ?? ''));
  const reference = before.filter((e) => !/shanhai_migrations/.test(e.sql ?? ''));
  const healthyAt = healthy.t + (healthy.ms ?? 0);
  const after = outside.filter((e) => e.t >= listening.t && e.t < healthyAt);
  const span = (es: TraceEvent[]) =>
    es.length === 0 ? [0, 0] : [es[0]?.t ?? 0, Math.max(...es.map((e) => e.t + (e.ms ?? 0)))];
  const sum = (es: TraceEvent[]) => es.reduce((a, e) => a + (e.ms ?? 0), 0);
  const firstSql = outside[0]?.t ?? listening.t;
  const [mFrom, mTo] = span(migrate);
  const [rFrom, rTo] = span(reference);
  const [jFrom, jTo] = span(after);
  const lines: string[] = [];
  const row = (what: string, wall: number, note = '') =>
    lines.push(`| ${what} | ${ms(wall)} | ${note} |`);
  lines.push('| phase (traced start) | wall ms | what |');
  lines.push('|---|---|---|');
  row(
    'spawn → server process starts (tsx launcher)',
    childStart,
    'the `tsx` CLI boots and spawns node with its loader',
  );
  row('process start → trace preload runs', boot.t, 'node bootstrap, tsx loader registered');
  row(
    '→ first SQL: loading src/ (tsx transpiles on import)',
    firstSql - boot.t,
    'the whole import graph of src/cli/main.ts',
  );
  row(
    'migrations check (`openMigrated`)',
    (mTo ?? 0) - (mFrom ?? 0),
    `${migrate.length} statements, SQL ${ms(sum(migrate))} ms`,
  );
  row(
    'reference data (`loadReferenceData`)',
    (rTo ?? 0) - (rFrom ?? 0),
    `${reference.length} statements, SQL ${ms(sum(reference))} ms`,
  );
  row(
    '→ listening: `buildApp` (plugins, routes, schemas)',
    listening.t - Math.max(rTo ?? 0, mTo ?? 0, firstSql),
    'no SQL',
  );
  row(
    'listening → first 200 of /healthz',
    healthyAt - listening.t,
    `job runner tick: ${after.length} statements, SQL ${ms(sum(after))} ms (${ms((jTo ?? 0) - (jFrom ?? 0))} ms span)`,
  );
  row('total: spawn → healthy (client side)', server.healthyMs);
  const top = [...after]
    .reduce((m, e) => {
      const k = short(e.sql ?? '');
      const v = m.get(k) ?? { n: 0, ms: 0 };
      m.set(k, { n: v.n + 1, ms: v.ms + (e.ms ?? 0) });
      return m;
    }, new Map<string, { n: number; ms: number }>())
    .entries();
  const topRows = [...top].sort((a, b) => b[1].ms - a[1].ms).slice(0, 8);
  let out = `${lines.join('\n')}\n\n  slowest statements between listening and healthy:\n`;
  for (const [sql, v] of topRows) out += `    ${padl(ms(v.ms), 8)} ms  ×${v.n}  ${sql}\n`;
  const healthzBefore = trace.filter(
    (e) => e.ev === 'request' && e.url === '/healthz' && e.t < healthy.t,
  );
  out += `  /healthz probes answered before the first 200: ${healthzBefore.length}; the first 200 arrived at ${ms(healthy.t)} ms and took ${ms(healthy.ms)} ms (waiting its turn)\n`;
  // PostgreSQL answers /healthz while the job runner's first tick goes on: its statements after.
  const later = outside.filter((e) => e.t >= healthyAt);
  if (later.length > 0) {
    const [lFrom, lTo] = span(later);
    out += `  after healthy, outside requests (the job runner's tick going on): ${later.length} statements, SQL ${ms(sum(later))} ms, until ${ms(lTo)} ms after process start (${ms((lTo ?? 0) - (lFrom ?? 0))} ms span)\n`;
    const laterTop = new Map<string, { n: number; ms: number }>();
    for (const e of later) {
      const k = short(e.sql ?? '');
      const v = laterTop.get(k) ?? { n: 0, ms: 0 };
      laterTop.set(k, { n: v.n + 1, ms: v.ms + (e.ms ?? 0) });
    }
    for (const [sql, v] of [...laterTop].sort((x, y) => y[1].ms - x[1].ms).slice(0, 6)) {
      out += `    ${padl(ms(v.ms), 8)} ms  ×${v.n}  ${sql}\n`;
    }
  }
  if (profileFile) {
    const profile = loadProfile(profileFile);
    const startHr = (boot.hr ?? 0) - boot.t * 1000;
    const phases: Array<[string, number, number]> = [
      ['process start → listening', startHr, listening.hr ?? 0],
      ['listening → healthy', listening.hr ?? 0, healthy.hrEnd ?? 0],
    ];
    for (const [name, from, to] of phases) {
      const b = breakdown(profile, [[from, to]], STARTUP_CATEGORIES);
      out += `\n  CPU profile, ${name} (${ms(b.totalMs)} ms sampled):\n`;
      for (const r of b.rows.slice(0, 10)) out += `    ${padl(ms(r.ms), 8)} ms  ${r.category}\n`;
      out += '    hottest frames (self):\n';
      for (const h of b.hottest.slice(0, 6)) out += `      ${padl(ms(h.ms), 8)} ms  ${h.frame}\n`;
    }
    if (loaderFile) {
      const b = breakdown(
        loadProfile(loaderFile),
        [[startHr, listening.hr ?? 0]],
        STARTUP_CATEGORIES,
      );
      const busy = b.rows.filter((r) => !r.category.startsWith('idle'));
      const busyMs = busy.reduce((a, r) => a + r.ms, 0);
      out += `\n  CPU profile of the module-hooks thread (tsx's loader), process start → listening: busy ${ms(busyMs)} ms of ${ms(b.totalMs)} ms:\n`;
      for (const r of busy.slice(0, 6)) out += `    ${padl(ms(r.ms), 8)} ms  ${r.category}\n`;
      for (const h of b.hottest.slice(0, 5)) out += `      ${padl(ms(h.ms), 8)} ms  ${h.frame}\n`;
    }
  }
  return out;
}

const today = () => new Date().toISOString().slice(0, 10);

async function jobsOfToday(raw: Raw) {
  const rows = await raw.all<{ id: number; name: string; status: string; updated_at: unknown }>(
    'select id, name, status, updated_at from jobs where unique_key = ? order by id',
    [`warnings.compute:${today()}`],
  );
  // pg gives a Date, SQLite the stored ISO text: compare and parse one form.
  return rows.map((r) => ({
    ...r,
    id: Number(r.id),
    updated_at: new Date(r.updated_at as string | Date).toISOString(),
  }));
}

/**
 * Waits until today's warnings job is done or failed (the job runner enqueues it right after
 * listening); returns when it was last updated (epoch ms), or now if none appears.
 */
async function waitForTodaysJob(raw: Raw, timeoutMs = 20 * 60_000): Promise<number> {
  const t0 = Date.now();
  for (;;) {
    const [job] = await jobsOfToday(raw);
    if (job && (job.status === 'done' || job.status === 'failed'))
      return Date.parse(job.updated_at);
    if (!job && Date.now() - t0 > 15_000) return Date.now();
    if (Date.now() - t0 > timeoutMs) throw new Error("today's warnings job did not finish in time");
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The main thread's profile is written when the server process exits; wait for it. */
async function waitForMainProfile(dir: string, timeoutMs = 120_000): Promise<void> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (readdirSync(dir).some((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f))) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Deletes today's warnings job, so the next start runs it as on a new day. */
async function forgetTodaysJob(raw: Raw) {
  await raw.run('delete from jobs where unique_key = ?', [`warnings.compute:${today()}`]);
}

/** When the server said it listens (epoch ms), from its pino log. */
function listeningAt(logFile: string): number | null {
  for (const line of readFileSync(logFile, 'utf8').split('\n')) {
    if (!line.includes('Server listening')) continue;
    try {
      return (JSON.parse(line) as { time: number }).time;
    } catch {
      return null;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Compliance over HTTP beside the raw grouped sum

const RAW_SUM = `select donor_code, sum(amount_fen) as total, sum(county_fen) as county,
  sum(livelihood_fen) as livelihood, sum(cross_pair_fen) as cross_pair
  from compliance_parts where programme_code = ? and year = ? and basis = ? group by donor_code`;

async function timeRaw(raw: Raw, sql: string, params: unknown[], n: number) {
  await raw.all(sql, params);
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await raw.all(sql, params);
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

async function complianceVsRaw(server: RunningServer, raw: Raw) {
  const cookie = await signIn(server.base, USERS.coordinator.username, PASSWORD);
  const out: Array<{ basis: string; http: Stats; raw: Stats; bytes: number }> = [];
  for (const basis of ['actual', 'plan']) {
    const url = withQuery('/api/compliance', { programme: PROGRAMME, year: YEAR, basis });
    const first = await request(server.base, 'GET', url, { cookie });
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++)
      samples.push((await request(server.base, 'GET', url, { cookie })).ms);
    const rawStats = await timeRaw(raw, RAW_SUM, [PROGRAMME, YEAR, basis], RUNS);
    out.push({ basis, http: stats(samples), raw: rawStats, bytes: first.bytes });
  }
  return out;
}

/**
 * Where a compliance request's time goes, on a traced and profiled server: its SQL statement by
 * statement (timed inside the server), the rest of the server's time, and the CPU profile of the
 * request windows by category.
 */
async function complianceBreakdown(server: RunningServer, traceFile: string, n: number) {
  const cookie = await signIn(server.base, USERS.coordinator.username, PASSWORD);
  const url = withQuery('/api/compliance', { programme: PROGRAMME, year: YEAR, basis: 'actual' });
  for (let i = 0; i < 3; i++) await request(server.base, 'GET', url, { cookie });
  const already = readTrace(traceFile).length;
  const client: number[] = [];
  for (let i = 0; i < n; i++) client.push((await request(server.base, 'GET', url, { cookie })).ms);
  await new Promise((r) => setTimeout(r, 200));
  const reqs = readTrace(traceFile)
    .slice(already)
    .filter((e) => e.ev === 'request' && e.url === url);
  const perStatement = new Map<string, number[]>();
  for (const r of reqs) {
    const seen = new Map<string, number>();
    for (const q of r.queries ?? []) {
      const k = short(q.sql);
      seen.set(k, (seen.get(k) ?? 0) + q.ms);
    }
    for (const [k, v] of seen) perStatement.set(k, [...(perStatement.get(k) ?? []), v]);
  }
  const serverMs = stats(reqs.map((r) => r.ms ?? 0));
  const sqlMs = stats(reqs.map((r) => r.sqlMs ?? 0));
  const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / Math.max(1, xs.length);
  const serverMean = mean(reqs.map((r) => r.ms ?? 0));
  const sqlMean = mean(reqs.map((r) => r.sqlMs ?? 0));
  const windows = reqs.map((r) => [r.hr ?? 0, r.hrEnd ?? 0] as [number, number]);
  return {
    client: stats(client),
    serverMs,
    sqlMs,
    serverMean,
    sqlMean,
    perStatement,
    windows,
    count: reqs.length,
  };
}

// ---------------------------------------------------------------------------------------------

async function runEngine(engine: 'sqlite' | 'postgres') {
  console.log(`\n== ${engine}`);
  let url: string;
  let stopCluster = () => {};
  if (engine === 'sqlite') {
    const path = resolve(values.sqlite ?? '');
    mkdirSync(dirname(path), { recursive: true });
    url = `sqlite:${path}`;
  } else if (values['pg-url']) {
    url = values['pg-url'];
  } else {
    const cluster = ensureCluster(values['pg-dir']);
    url = cluster.url;
    if (cluster.started) stopCluster = cluster.stop;
    console.log(
      `  PostgreSQL cluster in ${cluster.dir}${cluster.started ? ' (started for this run)' : ' (running)'}`,
    );
  }
  console.log(`  DATABASE_URL=${url}`);
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
  const report: string[] = [
    `## ${engine}`,
    '',
    `DATABASE_URL=${url}, year ${YEAR}, ${RUNS} runs; started ${new Date().toISOString()}, load average ${load()}`,
    '',
  ];
  const dir = join(OUT, `routes-${engine}-${stamp}`);
  mkdirSync(dir, { recursive: true });
  try {
    await ensureDataSet(engine, url);
    await ensureUsers(url);
    const raw = await openRaw(url);
    try {
      const fx = await fixtures(raw);
      const startRows: string[] = [];
      let missed: RouteResult[] = [];
      console.log(
        `  fixtures: project ${fx.projectCode} (${fx.transactions} transactions), plan ${fx.planId}, pairing ${fx.pairingId}, document ${fx.documentId ?? 'none'}`,
      );

      if (!values['no-startup']) {
        // Two kinds of start: today's warnings job already done (a restart), and the first
        // start of a day, when the job runner's first tick computes the day's warnings. The
        // second is made by deleting today's job row, as if it were tomorrow.
        for (const kind of ["restart (today's job done)", 'first start of a day'] as const) {
          const rows: string[] = [];
          const samples: number[] = [];
          for (let i = 0; i < STARTS; i++) {
            if (kind === 'first start of a day') await forgetTodaysJob(raw);
            const before = await jobsOfToday(raw);
            const log = join(dir, `start-${kind.startsWith('first') ? 'day' : 'restart'}-${i}.log`);
            const s = await startServer({ databaseUrl: url, logFile: log });
            const jobDone = await waitForTodaysJob(raw);
            await s.stop();
            const after = await jobsOfToday(raw);
            const ran = after.filter(
              (j) => !before.some((b) => b.id === j.id && b.updated_at === j.updated_at),
            );
            const listening = listeningAt(log);
            samples.push(s.healthyMs);
            rows.push(
              `| ${kind} | ${i + 1} | ${ms(listening === null ? null : listening - s.spawnedAt)} | ${ms(s.healthyMs)} | ${ran.map((j) => `${j.name} ${j.status}, finished ${ms(jobDone - s.spawnedAt)} ms after spawn`).join(', ') || '—'} |`,
            );
            console.log(`  ${rows.at(-1)}`);
          }
          const st = stats(samples);
          startRows.push(...rows, `| ${kind}: p50 | | | ${ms(st.p50)} | |`);
        }
        const text = `| start | # | spawn → listening ms | spawn → healthy ms | jobs run by the start |\n|---|---|---|---|---|\n${startRows.join('\n')}`;
        console.log(`\n== ${engine}: start to healthy\n${text}`);
        report.push('### Start to healthy', '', text, '');
      }

      if (!values['no-startup'] || !values['no-compliance']) {
        // One traced, profiled first start of a day: the start-up phases (daily job included)
        // and, once healthy, the compliance request's time.
        if (!values['no-startup']) await forgetTodaysJob(raw);
        const traceFile = join(dir, 'trace.jsonl');
        const profDir = join(dir, 'cpu-prof');
        rmSync(traceFile, { force: true });
        mkdirSync(profDir, { recursive: true });
        const s = await startServer({
          databaseUrl: url,
          logFile: join(dir, 'traced.log'),
          traceFile,
          cpuProfDir: profDir,
        });
        console.log(`  traced start: healthy after ${(s.healthyMs / 1000).toFixed(2)} s`);
        // PostgreSQL answers /healthz while the daily job still runs: measure after it.
        const jobDone = await waitForTodaysJob(raw);
        console.log(`  today's warnings job finished ${ms(jobDone - s.spawnedAt)} ms after spawn`);
        const cb = values['no-compliance'] ? null : await complianceBreakdown(s, traceFile, RUNS);
        await s.stop();
        await waitForMainProfile(profDir);
        // CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile: thread 0 is the main thread; the
        // other is the module-hooks thread where tsx transpiles (Node 20 runs loaders off-thread).
        const profiles = readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile'));
        const main = profiles.find((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f));
        const profileFile = main ? join(profDir, main) : null;
        const loaderFile =
          profiles.filter((f) => f !== main).map((f) => join(profDir, f))[0] ?? null;
        const trace = readTrace(traceFile);
        if (!values['no-startup']) {
          const text = startupBreakdown(trace, s, profileFile, loaderFile);
          console.log(`\n== ${engine}: start-up, traced\n${text}`);
          report.push('### Start-up (traced)', '', text, '');
        }
        if (cb) {
          let text = `compliance actual ${YEAR}, coordinator, ${cb.count} traced requests: client p50 ${ms(cb.client.p50)} ms; in the server (arrival → last byte) p50 ${ms(cb.serverMs.p50)} ms, of which SQL p50 ${ms(cb.sqlMs.p50)} ms (means: server ${ms(cb.serverMean)} ms, SQL ${ms(cb.sqlMean)} ms)\n  SQL by statement (p50 per request):\n`;
          const rows = [...cb.perStatement]
            .map(([k, v]) => [k, stats(v).p50] as const)
            .sort((a, b) => b[1] - a[1]);
          for (const [k, v] of rows) text += `    ${padl(ms(v), 8)} ms  ${k}\n`;
          if (profileFile) {
            const b = breakdown(loadProfile(profileFile), cb.windows, REQUEST_CATEGORIES);
            text += `  CPU profile of those requests (mean per request, ${ms(b.totalMs / cb.count)} ms sampled):\n`;
            for (const r of b.rows)
              text += `    ${padl(ms(r.ms / cb.count), 8)} ms  ${r.category}\n`;
            text += '  hottest frames (self, per request):\n';
            for (const h of b.hottest.slice(0, 10))
              text += `    ${padl(ms(h.ms / cb.count), 8)} ms  ${h.frame}\n`;
          }
          console.log(`\n== ${engine}: compliance request, traced\n${text}`);
          report.push('### Compliance request (traced)', '', text, '');
        }
      }

      const server = await startServer({ databaseUrl: url, logFile: join(dir, 'server.log') });
      await waitForTodaysJob(raw);
      console.log(
        `  server healthy after ${(server.healthyMs / 1000).toFixed(2)} s at ${server.base}`,
      );
      try {
        if (!values['no-compliance']) {
          const cr = await complianceVsRaw(server, raw);
          let text =
            '| basis | HTTP p50 | HTTP p95 | raw grouped sum p50 | raw p95 | response bytes |\n|---|---|---|---|---|---|\n';
          for (const r of cr) {
            text += `| ${r.basis} | ${ms(r.http.p50)} | ${ms(r.http.p95)} | ${ms(r.raw.p50)} | ${ms(r.raw.p95)} | ${r.bytes} |\n`;
          }
          console.log(`\n== ${engine}: compliance over HTTP vs the raw grouped sum (ms)\n${text}`);
          report.push('### Compliance: HTTP vs raw', '', text);
        }
        if (!values['no-routes']) {
          fx.historyEntries = await ensureLongHistory(server.base, fx);
          const results = [
            ...(await benchRoutes(server, fx)),
            ...(await benchWrites(server, raw, fx)),
          ];
          report.push('### Routes', '', printRouteTable(engine, results), '');
          writeFileSync(join(dir, 'routes.json'), JSON.stringify(results, null, 2));
          missed = results.filter(overTarget);
        }
      } finally {
        await server.stop();
      }
      if (missed.length > 0 && !values['no-explain']) {
        const text = await explainMisses(url, missed, dir);
        console.log(`\n== ${engine}: the misses, explained (one traced request each)\n${text}`);
        report.push('### The misses, explained', '', text, '');
      }
    } finally {
      await raw.close();
    }
  } finally {
    stopCluster();
  }
  report.push(`Finished ${new Date().toISOString()}, load average ${load()}.`);
  writeFileSync(join(dir, 'report.md'), `${report.join('\n')}\n`);
  console.log(`\n  written: ${join(dir, 'report.md')}`);
}

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${new Date().toISOString()}`,
);
const engines =
  values.engine === 'both'
    ? (['sqlite', 'postgres'] as const)
    : [values.engine as 'sqlite' | 'postgres'];
try {
  for (const e of engines) await runEngine(e);
} finally {
  closeClient();
}
