/** Runs `shanhai ARGS` as an operator would: its own process, against a test database. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export interface CliRun {
  /** The exit code (0 when it succeeded). */
  code: number | string;
  stdout: string;
  stderr: string;
  /** stdout then stderr, for assertions on what the operator saw. */
  out: string;
}

/**
 * `shanhai ARGS` with `DATABASE_URL=url` (and `env`), through tsx: seconds each on a quiet
 * machine (tsx compiles on start), more on a busy one, hence the minute's timeout.
 */
export async function shanhai(
  url: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<CliRun> {
  try {
    const { stdout, stderr } = await exec('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], {
      env: { ...process.env, DATABASE_URL: url, ...env },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr, out: stdout + stderr };
  } catch (err) {
    const e = err as { code: number | string; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr, out: e.stdout + e.stderr };
  }
}
