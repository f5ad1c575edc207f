/**
 * Runs the server as an operator does: `tsx src/cli/main.ts serve` in a child process with
 * DATABASE_URL, a free PORT and HOST=127.0.0.1, and waits for the first 200 of GET /healthz.
 * Optional: a trace of its SQL and requests (support/server-trace.mjs) and a V8 CPU profile.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const TSX = resolve('node_modules/.bin/tsx');
const TRACE_MODULE = resolve('bench/support/server-trace.mjs');

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
    server.on('error', fail);
  });
}

export interface ServerOptions {
  databaseUrl: string;
  /** Where the server's stdout and stderr go. */
  logFile: string;
  /** A file for support/server-trace.mjs to append its events to. */
  traceFile?: string;
  /** A directory for `--cpu-prof` profiles (written when the server exits). */
  cpuProfDir?: string;
  timeoutMs?: number;
  /** Serve with the demo data and accounts (`serve --demo`), as `npm start` does. */
  demo?: boolean;
}

export interface RunningServer {
  base: string;
  pid: number;
  /** Date.now() at spawn. */
  spawnedAt: number;
  /** From spawn to the first 200 of GET /healthz. */
  healthyMs: number;
  /** From spawn to the first answer of any status (the port accepts and the app answers). */
  firstAnswerMs: number | null;
  stop(): Promise<void>;
}

function probe(base: string): Promise<number> {
  return fetch(`${base}/healthz`, { signal: AbortSignal.timeout(120_000) })
    .then((r) => r.status)
    .catch(() => 0);
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const nodeOptions: string[] = [];
  if (options.traceFile) nodeOptions.push(`--import=${TRACE_MODULE}`);
  // --cpu-prof is refused in NODE_OPTIONS; tsx passes node flags before the script to node.
  const nodeFlags = options.cpuProfDir
    ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`]
    : [];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_OPTIONS: nodeOptions.join(' '),
  };
  if (options.traceFile) env.SHANHAI_BENCH_TRACE = options.traceFile;
  else delete env.SHANHAI_BENCH_TRACE;
  const log = openSync(options.logFile, 'a');
  const spawnedAt = Date.now();
  const t0 = performance.now();
  const serveArgs = ['src/cli/main.ts', 'serve', ...(options.demo ? ['--demo'] : [])];
  const child: ChildProcess = spawn(TSX, [...nodeFlags, ...serveArgs], {
    env,
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  let exited = false;
  const exit = new Promise<void>((ok) => {
    child.once('exit', () => {
      exited = true;
      ok();
    });
  });
  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    // Shutting down waits for a job runner tick in progress; allow it (a daily warnings job on
    // PostgreSQL can take minutes) before killing.
    const timer = setTimeout(() => child.kill('SIGKILL'), 15 * 60_000);
    await exit;
    clearTimeout(timer);
  };

  let firstAnswerMs: number | null = null;
  const deadline = t0 + (options.timeoutMs ?? 15 * 60_000);
  for (;;) {
    if (exited) throw new Error(`the server exited before it was healthy; see ${options.logFile}`);
    const status = await probe(base);
    if (status !== 0 && firstAnswerMs === null) firstAnswerMs = performance.now() - t0;
    if (status === 200) break;
    if (performance.now() > deadline) {
      await stop();
      throw new Error(`the server was not healthy within the time allowed; see ${options.logFile}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return {
    base,
    pid: child.pid ?? 0,
    spawnedAt,
    healthyMs: performance.now() - t0,
    firstAnswerMs,
    stop,
  };
}

/** Runs the CLI (`tsx src/cli/main.ts …`) to completion; throws with its output on failure. */
export function runCli(
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { allowFailure?: RegExp; inherit?: boolean } = {},
): { status: number; output: string } {
  const r = spawnSync(TSX, ['src/cli/main.ts', ...args], {
    env: { ...process.env, NODE_OPTIONS: '', ...env },
    encoding: 'utf8',
    stdio: options.inherit ? 'inherit' : 'pipe',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0 && !(options.allowFailure?.test(output) ?? false)) {
    throw new Error(`shanhai ${args.join(' ')} failed (${r.status}): ${output.slice(0, 2000)}`);
  }
  return { status: r.status ?? 1, output };
}
