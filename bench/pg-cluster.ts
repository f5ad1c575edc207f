/**
 * A PostgreSQL cluster for benchmarks that outlives the run: its data directory is kept (by
 * default /work/bench-data/pg, outside the repository) so the national data set is generated
 * once and reused. Settings match docs/performance.md: durability off (the data can be made
 * again), `shared_buffers=1GB`, `work_mem=32MB`.
 *
 *   tsx bench/pg-cluster.ts start [DIR]   # init if needed, start, print the URL
 *   tsx bench/pg-cluster.ts stop [DIR]
 *   tsx bench/pg-cluster.ts status [DIR]
 *
 * As root, the server binaries run as the `postgres` user (initdb refuses root).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPostgresBin } from '../test/support/postgres-cluster.js';

export const DEFAULT_PG_DIR = '/work/bench-data/pg';
export const DEFAULT_PG_PORT = 55432;
export const BENCH_DB = 'shanhai_bench';

export interface PersistentCluster {
  /** postgres://… of the benchmark database. */
  url: string;
  dir: string;
  /** True when this call started the server (so the caller should stop it). */
  started: boolean;
  stop(): void;
}

function runner(bin: string, dir: string) {
  const asRoot = process.getuid?.() === 0;
  return (cmd: string, args: string[], check = true) => {
    const [file, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]]
      : [join(bin, cmd), args];
    const r = spawnSync(file, argv, { cwd: dir, encoding: 'utf8' });
    if (check && r.status !== 0) {
      throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
    }
    return r;
  };
}

/** Initialises the cluster in `dir` if it has none, starts it unless it runs already. */
export function ensureCluster(
  dir = DEFAULT_PG_DIR,
  port = Number(process.env.BENCH_PG_PORT ?? DEFAULT_PG_PORT),
): PersistentCluster {
  const bin = findPostgresBin();
  if (!bin) throw new Error('no PostgreSQL server binaries (initdb, pg_ctl) found');
  const home = resolve(dir);
  const data = join(home, 'data');
  mkdirSync(home, { recursive: true });
  if (process.getuid?.() === 0) {
    const pgUid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const pgGid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    if (statSync(home).uid !== pgUid) chownSync(home, pgUid, pgGid);
  } else {
    chmodSync(home, 0o700);
  }
  const run = runner(bin, home);
  if (!existsSync(join(data, 'PG_VERSION'))) {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale']);
  }
  let started = false;
  if (run('pg_ctl', ['-D', data, 'status'], false).status !== 0) {
    const opts = [
      `-p ${port}`,
      `-k ${home}`,
      "-c listen_addresses='127.0.0.1'",
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c shared_buffers=1GB',
      '-c work_mem=32MB',
      '-c max_connections=100',
    ].join(' ');
    run('pg_ctl', ['-D', data, '-o', opts, '-l', join(home, 'log'), '-w', '-t', '120', 'start']);
    started = true;
  }
  const exists = run(
    'psql',
    [
      '-h',
      home,
      '-p',
      String(port),
      '-U',
      'postgres',
      '-Atc',
      `select 1 from pg_database where datname = '${BENCH_DB}'`,
    ],
    false,
  );
  if (exists.stdout.trim() !== '1') {
    run('createdb', ['-h', home, '-p', String(port), '-U', 'postgres', BENCH_DB]);
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/${BENCH_DB}`,
    dir: home,
    started,
    stop: () => stopCluster(home),
  };
}

/** Stops the cluster cleanly (a checkpoint first, so the kept data is consistent). */
export function stopCluster(dir = DEFAULT_PG_DIR): void {
  const bin = findPostgresBin();
  if (!bin) return;
  const home = resolve(dir);
  runner(bin, home)('pg_ctl', ['-D', join(home, 'data'), '-m', 'fast', '-w', 'stop'], false);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command = 'start', dir = DEFAULT_PG_DIR] = process.argv.slice(2);
  if (command === 'start') {
    const c = ensureCluster(dir);
    console.log(c.url);
  } else if (command === 'stop') {
    stopCluster(dir);
  } else if (command === 'status') {
    const bin = findPostgresBin();
    if (!bin) throw new Error('no PostgreSQL');
    const r = runner(bin, resolve(dir))(
      'pg_ctl',
      ['-D', join(resolve(dir), 'data'), 'status'],
      false,
    );
    console.log(r.stdout.trim());
    process.exitCode = r.status ?? 1;
  } else {
    console.error('usage: tsx bench/pg-cluster.ts start|stop|status [DIR]');
    process.exitCode = 2;
  }
}
