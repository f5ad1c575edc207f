/**
 * Reads a V8 `.cpuprofile` (node --cpu-prof) and says where the time went within time windows:
 * each sample is given to the first category (in priority order) that any frame of its stack
 * matches, so "serialization" includes the zod and JSON.stringify frames under the serializer.
 * Windows are in process.hrtime µs (support/server-trace.mjs records them), the profile's clock.
 */
import { readFileSync } from 'node:fs';

interface Frame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: Frame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Category {
  name: string;
  match: (f: Frame) => boolean;
}

const has = (s: string) => (f: Frame) => f.url.includes(s);
/** fastify-type-provider-zod's core.js: validatorCompiler closure above, serializer below. */
const ZOD_PROVIDER = 'fastify-type-provider-zod';
const SERIALIZER_FROM_LINE = 112;

/** The trace's own bookkeeping (its JSON lines), not the application's time. */
const traceOverhead = (f: Frame) =>
  f.url.includes('server-trace.mjs') && ['write', 'onQuery'].includes(f.functionName);

/** Categories for a request's time, most specific first. */
export const REQUEST_CATEGORIES: Category[] = [
  { name: 'bench trace (overhead)', match: traceOverhead },
  {
    name: 'SQL in SQLite (better-sqlite3 all/get/run)',
    match: (f) => f.url.includes('server-trace.mjs') && f.functionName === 'traced',
  },
  {
    name: 'response serialization (zod safeEncode + JSON.stringify)',
    match: (f) => f.url.includes(ZOD_PROVIDER) && f.lineNumber >= SERIALIZER_FROM_LINE,
  },
  { name: 'request validation (zod)', match: (f) => f.url.includes(ZOD_PROVIDER) },
  { name: 'Kysely (build, compile, map rows)', match: has('/kysely/') },
  {
    name: 'pg driver (protocol, row parsing)',
    match: (f) => /\/pg(-protocol|-types)?\//.test(f.url),
  },
  { name: 'logging (pino)', match: has('pino') },
  { name: 'app: compliance module', match: has('/src/modules/compliance/') },
  { name: 'app: domain rules', match: has('/src/domain/') },
  {
    name: 'app: sessions and access',
    match: (f) => /\/src\/(modules\/(accounts|access)|http)\//.test(f.url),
  },
  { name: 'app: other modules', match: has('/src/') },
  { name: 'fastify', match: (f) => /\/(fastify|find-my-way|avvio|@fastify)\//.test(f.url) },
  { name: 'zod (other)', match: has('/zod/') },
  { name: 'node (http, streams, timers)', match: (f) => f.url.startsWith('node:') },
  { name: 'garbage collection', match: (f) => f.functionName === '(garbage collector)' },
  { name: 'idle (waiting: I/O, database)', match: (f) => f.functionName === '(idle)' },
  { name: 'native / unattributed (program)', match: (f) => f.functionName === '(program)' },
];

/** Categories for start-up, most specific first. */
export const STARTUP_CATEGORIES: Category[] = [
  { name: 'bench trace (overhead)', match: traceOverhead },
  {
    name: 'trace preload (loads better-sqlite3 and pg, which the app loads anyway)',
    match: (f) => f.url.includes('server-trace.mjs') && f.functionName === '',
  },
  {
    name: 'SQL in SQLite (better-sqlite3 all/get/run)',
    match: (f) => f.url.includes('server-trace.mjs') && f.functionName === 'traced',
  },
  {
    name: 'tsx / esbuild (transpiling TypeScript)',
    match: (f) => /\/(tsx|esbuild|get-tsconfig)\//.test(f.url),
  },
  { name: 'warnings compute (job runner)', match: has('/src/modules/warnings/') },
  { name: 'quality facts (job runner)', match: has('/src/modules/quality/') },
  { name: 'app: domain rules', match: has('/src/domain/') },
  { name: 'reference data (seed)', match: has('/src/db/seed/') },
  {
    name: 'migrations',
    match: (f) => f.url.includes('/src/db/migrat') || f.url.includes('Migrator'),
  },
  {
    name: 'OpenAPI / JSON schema (swagger)',
    match: (f) => /@fastify\/swagger|json-schema/.test(f.url),
  },
  { name: 'Kysely (build, compile, map rows)', match: has('/kysely/') },
  {
    name: 'pg driver (protocol, row parsing)',
    match: (f) => /\/pg(-protocol|-types)?\//.test(f.url),
  },
  {
    name: 'fastify (plugins, routes)',
    match: (f) => /\/(fastify|find-my-way|avvio|@fastify)\//.test(f.url),
  },
  { name: 'zod (schema building)', match: has('/zod/') },
  { name: 'app: other', match: has('/src/') },
  { name: 'other packages', match: has('node_modules') },
  {
    name: 'node: module loader (ESM/CJS, fs)',
    match: (f) => /^node:internal\/(modules|fs)/.test(f.url),
  },
  { name: 'node (other internals)', match: (f) => f.url.startsWith('node:') },
  { name: 'garbage collection', match: (f) => f.functionName === '(garbage collector)' },
  { name: 'idle (waiting: I/O, database)', match: (f) => f.functionName === '(idle)' },
  { name: 'native / unattributed (program)', match: (f) => f.functionName === '(program)' },
];

export interface Breakdown {
  /** Sampled ms per category, largest first. */
  rows: Array<{ category: string; ms: number }>;
  totalMs: number;
  /** The hottest frames (self time) in the windows, for evidence. */
  hottest: Array<{ frame: string; ms: number }>;
}

export function loadProfile(path: string): CpuProfile {
  return JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
}

/** Where the sampled time inside the windows went, by category. */
export function breakdown(
  profile: CpuProfile,
  windows: Array<[number, number]>,
  categories: Category[],
): Breakdown {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map<number, string>();
  const categorise = (id: number): string => {
    const cached = memo.get(id);
    if (cached) return cached;
    const stack: Frame[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node) stack.push(node.callFrame);
    }
    const found = categories.find((c) => stack.some((f) => c.match(f)))?.name ?? 'other';
    memo.set(id, found);
    return found;
  };
  const sorted = [...windows].sort((a, b) => a[0] - b[0]);
  const inWindow = (t: number) => sorted.some(([a, b]) => t >= a && t <= b);
  const totals = new Map<string, number>();
  const self = new Map<string, number>();
  let t = profile.startTime;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    if (!inWindow(t)) continue;
    // A sample stands for the time until the next one.
    const span = (profile.timeDeltas[i + 1] ?? delta) / 1000;
    const id = profile.samples[i] ?? 0;
    const cat = categorise(id);
    totals.set(cat, (totals.get(cat) ?? 0) + span);
    const f = byId.get(id)?.callFrame;
    if (f) {
      const file = f.url.replace(/^.*node_modules\//, '').replace(/^.*\/src\//, 'src/');
      const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + span);
    }
    total += span;
  }
  const rows = [...totals].map(([category, ms]) => ({ category, ms })).sort((a, b) => b.ms - a.ms);
  const hottest = [...self]
    .map(([frame, ms]) => ({ frame, ms }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 12);
  return { rows, totalMs: total, hottest };
}
