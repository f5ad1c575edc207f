import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../../src/db/database.js';
import { buildApp } from '../../src/http/app.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const WEB_ROOT = join(ROOT, 'web/dist');

/** Builds the web app unless `web/dist` is newer than its sources. */
export function ensureWebBuilt(): void {
  const result = spawnSync(process.execPath, ['scripts/build-web.mjs', '--if-needed'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0 || !existsSync(join(WEB_ROOT, 'index.html'))) {
    throw new Error(`the web build failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/** The demo server on a free loopback port with its own SQLite database, as `npm start` runs it. */
export async function startDemoServer(): Promise<{
  url: string;
  database: Database;
  stop: () => Promise<void>;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'shanhai-e2e-'));
  // A copy of the run's demo database (test/support/templates.ts), loaded as `npm start` does.
  copyFileSync(inject('templates').sqliteDemo, join(dir, 'demo.db'));
  const database = openDatabase(`sqlite:${join(dir, 'demo.db')}`);
  const app = await buildApp({
    database,
    cookieSecure: false,
    sessionHours: 12,
    webRoot: WEB_ROOT,
    logLevel: 'warn',
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    database,
    stop: async () => {
      await app.close();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
