import type { TestProject } from 'vitest/node';
import { type Cluster, findPostgresBin, startCluster } from './support/postgres-cluster.js';
import { ensureWebBuilt } from './support/server.js';
import { buildTemplates, type Templates } from './support/templates.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the PostgreSQL server the database tests create their databases on, or ''. */
    pgAdminUrl: string;
    /** Databases to copy instead of building (support/templates.ts). */
    templates: { sqliteReference: string; sqliteDemo: string; postgresReference: string };
  }
}

let cluster: Cluster | null = null;
let templates: Templates | null = null;

/**
 * Finds or starts the PostgreSQL server for the database tests. `SHANHAI_TEST_PG_URL` names an
 * existing server (a superuser URL); otherwise a throwaway cluster is started when PostgreSQL's
 * binaries are installed. Under CI a missing PostgreSQL fails the run; elsewhere the PostgreSQL
 * half of the suite is skipped with a loud warning.
 */
export async function setup(project: TestProject) {
  const engines = (process.env.SHANHAI_TEST_ENGINES ?? 'sqlite,postgres').split(',');
  let url = '';
  if (engines.includes('postgres')) {
    url = process.env.SHANHAI_TEST_PG_URL ?? '';
    if (!url) {
      const bin = findPostgresBin();
      if (bin) {
        cluster = await startCluster(bin);
        url = cluster.url;
      } else if (process.env.CI) {
        throw new Error(
          'CI: PostgreSQL (initdb, pg_ctl) is not installed; the database tests need it',
        );
      } else {
        console.warn(
          '\n\u001b[41m SKIPPING POSTGRESQL \u001b[0m no PostgreSQL found (set SHANHAI_TEST_PG_URL or install postgresql); only SQLite is tested\n',
        );
      }
    }
  }
  project.provide('pgAdminUrl', url);
  templates = await buildTemplates(url);
  const { sqliteReference, sqliteDemo, postgresReference } = templates;
  project.provide('templates', { sqliteReference, sqliteDemo, postgresReference });
  // Once, before any file runs: browser test files run in parallel, and two builds at once
  // would replace web/dist under a page that is loading it.
  if (mayRunBrowserTests()) ensureWebBuilt();
}

/** Whether the run may include browser tests (no file filter, or one naming test/browser). */
function mayRunBrowserTests(): boolean {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('-') && a !== 'run');
  return args.length === 0 || args.some((a) => a.includes('browser'));
}

export async function teardown() {
  await templates?.remove();
  templates = null;
  cluster?.stop();
  cluster = null;
}
