/**
 * `npm run soak -- [--minutes 10] [--clients 50] [--engine sqlite|postgres --pg-url URL]`
 *
 * Issue 12's soak: the demo server as `npm start` runs it (its own process, loopback only, a new
 * database), and N clients signed in as the six demo roles, each looping over reads its role may
 * make and, for the two donor editors, disbursements on their own started projects, for the time
 * given. Then it checks, and exits non-zero unless all hold:
 * - no error: every answer is the one expected (200 for a read, 201 for a write; a 5xx, a
 *   refusal or a dropped connection counts);
 * - flat memory: the server's resident memory over the last fifth of the run is within 15% (and
 *   64 MB) of the second fifth's (the first fifth is warm-up);
 * - exact totals: each donor's actual-basis compliance total and each project's ledger rose by
 *   exactly the sum of the disbursements acknowledged (201), and the history verifies.
 * Figures (requests, p50/p95 by kind, memory samples) are printed; docs/performance.md keeps them.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { DEMO_PASSWORD } from '../src/seed/demo.js';
import { request, stats } from './support/http.js';
import { runCli, startServer } from './support/server.js';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    clients: { type: 'string', default: '50' },
    engine: { type: 'string', default: 'sqlite' },
    'pg-url': { type: 'string' },
  },
});
const minutes = Number(values.minutes);
const clients = Number(values.clients);
if (!(minutes > 0 && minutes <= 120)) throw new Error('--minutes: between 0 and 120');
if (!(Number.isInteger(clients) && clients >= 1 && clients <= 500)) {
  throw new Error('--clients: a whole number from 1 to 500');
}

const agent = new http.Agent({ keepAlive: true, maxSockets: clients + 8 });
const dir = mkdtempSync(join(tmpdir(), 'shanhai-soak-'));
let databaseUrl = `sqlite:${join(dir, 'soak.db')}`;
let dropDatabase = async () => {};
if (values.engine === 'postgres') {
  const admin = values['pg-url'];
  if (!admin) throw new Error('--engine postgres needs --pg-url (a superuser URL)');
  const name = `shanhai_soak_${Date.now()}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  databaseUrl = admin.replace(/\/[^/]*$/, `/${name}`);
  dropDatabase = async () => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  };
}

const server = await startServer({
  databaseUrl,
  logFile: join(dir, 'server.log'),
  demo: true,
});
const base = server.base;
const year = new Date().getUTCFullYear();
const today = new Date().toISOString().slice(0, 10);

/** An answer slower than this counts as an error (a stalled server must not hang the soak). */
const ANSWER_WITHIN_MS = 60_000;
const get = (path: string, cookie: string) =>
  request(base, 'GET', path, { cookie, agent, timeoutMs: ANSWER_WITHIN_MS });

async function signIn(username: string): Promise<string> {
  const a = await request(base, 'POST', '/api/session', {
    body: { username, password: DEMO_PASSWORD },
    agent,
  });
  const cookie = a.headers['set-cookie']?.[0]?.split(';')[0];
  if (a.status !== 200 || !cookie) throw new Error(`sign-in as ${username}: ${a.status}`);
  return cookie;
}

const ROLES = [
  'demo-coordinator',
  'demo-beijing',
  'demo-shanghai',
  'demo-hotan',
  'demo-auditor',
  'demo-viewer',
] as const;
const WRITERS: Record<string, string> = { 'demo-beijing': '110000', 'demo-shanghai': '310000' };

const cookies = new Map<string, string>();
for (const user of ROLES) cookies.set(user, await signIn(user));
const coordinator = cookies.get('demo-coordinator') ?? '';

// The projects each writer disburses on: its started projects of this year.
const projects = new Map<string, string[]>();
for (const [user, donor] of Object.entries(WRITERS)) {
  const a = await get(
    `/api/projects?donor=${donor}&year=${year}&stage=started&limit=20`,
    coordinator,
  );
  const codes = (JSON.parse(a.body).items as { code: string }[]).map((p) => p.code);
  if (codes.length === 0) throw new Error(`no started project of ${donor} in ${year}`);
  projects.set(user, codes);
}
const someProject = projects.get('demo-beijing')?.[0] ?? '';

const complianceTotal = async (donor: string): Promise<number> => {
  const a = await get(
    `/api/compliance/${donor}?programme=xinjiang&year=${year}&basis=actual`,
    coordinator,
  );
  if (a.status !== 200) throw new Error(`compliance ${donor}: ${a.status}`);
  return JSON.parse(a.body).totalFen as number;
};
// The ledger route answers a project's whole ledger (no paging) with its total.
const ledgerSum = async (code: string): Promise<number> => {
  const a = await get(`/api/projects/${code}/transactions`, coordinator);
  if (a.status !== 200) throw new Error(`transactions of ${code}: ${a.status} ${a.body}`);
  const { items, total } = JSON.parse(a.body) as {
    items: { type: string; valueFen: number }[];
    total: number;
  };
  if (items.length !== total)
    throw new Error(`transactions of ${code}: ${items.length} of ${total}`);
  let sum = 0;
  for (const i of items) if (i.type === 'disbursement') sum += i.valueFen;
  return sum;
};

// The reads: every one each role may make (kept when it answers 200 before the run).
const READS = [
  '/api/projects?limit=50',
  `/api/projects?year=${year}&sort=-budgetFen`,
  '/api/projects?q=和田',
  `/api/projects/${someProject}`,
  `/api/projects/${someProject}/transactions`,
  `/api/projects/${someProject}/history`,
  `/api/compliance?programme=xinjiang&year=${year}&basis=actual`,
  `/api/compliance?programme=xinjiang&year=${year - 1}&basis=plan`,
  '/api/summary',
  '/api/warnings',
  '/api/areas?q=hetian',
  '/api/pairings',
  '/api/people/persons',
  `/api/people/roster?area=653200&date=${today}`,
  '/api/teams',
  '/api/training/sessions',
  '/api/companies',
  '/api/company-cases',
  '/api/consumption-sales',
];
const reads = new Map<string, string[]>();
const dropped: string[] = [];
for (const user of ROLES) {
  const ok: string[] = [];
  for (const path of READS) {
    const a = await get(path, cookies.get(user) ?? '');
    if (a.status === 200) ok.push(path);
    else dropped.push(`${user} ${path} ${a.status}`);
  }
  reads.set(user, ok);
}

const before = new Map<string, number>();
for (const donor of Object.values(WRITERS)) before.set(donor, await complianceTotal(donor));
const ledgerBefore = new Map<string, number>();
for (const codes of projects.values()) {
  for (const code of codes) ledgerBefore.set(code, await ledgerSum(code));
}

// The run.
const rssKb = (): number => {
  const pids = [server.pid];
  for (let i = 0; i < pids.length; i++) {
    // ps exits 1 when the process has no children.
    const out = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pids[i])], {
      encoding: 'utf8',
    }).stdout;
    for (const line of out.split('\n')) if (line.trim()) pids.push(Number(line.trim()));
  }
  let kb = 0;
  for (const pid of pids) {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      kb += Number(m?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return kb;
};
const memory: { s: number; mb: number }[] = [];
const start = performance.now();
const end = start + minutes * 60_000;
const sampler = setInterval(
  () => memory.push({ s: (performance.now() - start) / 1000, mb: rssKb() / 1024 }),
  5_000,
);
// A line a minute, so that a run that slows down or stalls shows it while it goes on.
const progress = setInterval(() => {
  const m = memory.at(-1)?.mb ?? 0;
  console.log(
    `soak: ${((performance.now() - start) / 60_000).toFixed(0)} min, ${times.read.length} reads, ${times.write.length} writes, ${errors.length} errors, server ${m.toFixed(0)} MB`,
  );
}, 60_000);
const times = { read: [] as number[], write: [] as number[] };
const errors: string[] = [];
const written = new Map<string, number>();
const writtenByDonor = new Map<string, number>();
let seed = 1;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

async function client(index: number): Promise<void> {
  const user = ROLES[index % ROLES.length] ?? 'demo-viewer';
  const cookie = cookies.get(user) ?? '';
  const donor = WRITERS[user];
  while (performance.now() < end) {
    try {
      if (donor && random() < 0.3) {
        const code = pick(projects.get(user) ?? []);
        const valueFen = 100 + Math.floor(random() * 10_000);
        const a = await request(base, 'POST', `/api/projects/${code}/transactions`, {
          cookie,
          agent,
          timeoutMs: ANSWER_WITHIN_MS,
          body: { type: 'disbursement', valueFen, date: today, planned: false },
        });
        times.write.push(a.ms);
        if (a.status === 201) {
          written.set(code, (written.get(code) ?? 0) + valueFen);
          writtenByDonor.set(donor, (writtenByDonor.get(donor) ?? 0) + valueFen);
        } else errors.push(`${user} POST ${code}: ${a.status} ${a.body.slice(0, 200)}`);
      } else {
        const path = pick(reads.get(user) ?? []);
        const a = await get(path, cookie);
        times.read.push(a.ms);
        if (a.status !== 200)
          errors.push(`${user} GET ${path}: ${a.status} ${a.body.slice(0, 200)}`);
      }
    } catch (e) {
      errors.push(`${user}: ${(e as Error).message}`);
    }
  }
}
await Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
clearInterval(sampler);
clearInterval(progress);
console.log('soak: run over; checking totals and the history');

// The checks.
const failures: string[] = [];
if (errors.length > 0)
  failures.push(`${errors.length} errors, first: ${errors.slice(0, 5).join(' | ')}`);
for (const [donor, sum] of before) {
  const after = await complianceTotal(donor);
  const expected = sum + (writtenByDonor.get(donor) ?? 0);
  if (after !== expected)
    failures.push(`${donor}: compliance total ${after}, expected ${expected}`);
}
for (const [code, sum] of ledgerBefore) {
  const after = await ledgerSum(code);
  const expected = sum + (written.get(code) ?? 0);
  if (after !== expected) failures.push(`${code}: ledger ${after}, expected ${expected}`);
}
const fifth = (k: number) => {
  const xs = memory.filter(
    (m) => m.s >= (k * minutes * 60) / 5 && m.s < ((k + 1) * minutes * 60) / 5,
  );
  return xs.length ? xs.reduce((a, m) => a + m.mb, 0) / xs.length : Number.NaN;
};
const early = fifth(1);
const late = fifth(4);
if (!(late <= early * 1.15 || late - early <= 64)) {
  failures.push(`memory grew from ${early.toFixed(0)} MB to ${late.toFixed(0)} MB`);
}
await server.stop();
const verify = runCli(['verify-history'], { DATABASE_URL: databaseUrl }, { allowFailure: /./ });
if (verify.status !== 0) failures.push(`verify-history: ${verify.output.slice(0, 500)}`);
await dropDatabase();
rmSync(dir, { recursive: true, force: true });
agent.destroy();

const r = stats(times.read);
const w = stats(times.write);
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(
  [
    `soak: ${values.engine}, ${clients} clients, ${minutes} min, load average now ${load}`,
    dropped.length
      ? `reads left out, the role may not make them: ${dropped.join('; ')}`
      : 'every read kept for every role',
    `reads:  ${r.n} (${(r.n / minutes / 60).toFixed(1)}/s), p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms, max ${r.max.toFixed(0)} ms`,
    `writes: ${w.n} (${(w.n / minutes / 60).toFixed(1)}/s), p50 ${w.p50.toFixed(0)} ms, p95 ${w.p95.toFixed(0)} ms, max ${w.max.toFixed(0)} ms`,
    `disbursed: ${[...writtenByDonor].map(([d, f]) => `${d} ${f} fen`).join(', ')}`,
    `server memory (MB, every 5 s): ${memory.map((m) => m.mb.toFixed(0)).join(' ')}`,
    `memory: second fifth ${early.toFixed(0)} MB, last fifth ${late.toFixed(0)} MB`,
    `errors: ${errors.length}; totals exact: ${failures.every((f) => !/expected/.test(f))}; history: ${verify.status === 0 ? 'verified' : 'FAILED'}`,
    failures.length ? `FAILED:\n  ${failures.join('\n  ')}` : 'soak passed',
  ].join('\n'),
);
process.exit(failures.length ? 1 : 0);
