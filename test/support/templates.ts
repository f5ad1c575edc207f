import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../src/db/database.js';
import { upgradeDatabase } from '../../src/modules/maintenance.js';
import { loadDemoData } from '../../src/seed/demo.js';
import { loadReferenceData } from '../../src/seed/reference.js';

/**
 * Databases built once per test run and copied by every suite that starts from the same state:
 * migrated and filled with the reference data (most database suites), and the demo as
 * `npm start` loads it (the browser suites). Building each from scratch cost 0.3 s (SQLite) and
 * 0.7 s (PostgreSQL) per suite, and 4 s per demo server, on the CI machine's two cores. A copy
 * is the same bytes as a fresh build: the migrations and seeds still run, once, at the start.
 */
export interface Templates {
  /** A SQLite file, migrated with the reference data; copy it, never open it. */
  sqliteReference: string;
  /** A SQLite file with the demo and its accounts loaded as of today. */
  sqliteDemo: string;
  /** A PostgreSQL database name on the test server, to `create database … template` from. */
  postgresReference: string;
  /** Removes them. */
  remove(): Promise<void>;
}

const PG_TEMPLATE = 'shanhai_template_reference';

export async function buildTemplates(pgAdminUrl: string): Promise<Templates> {
  const dir = mkdtempSync(join(tmpdir(), 'shanhai-templates-'));
  const sqliteReference = join(dir, 'reference.db');
  const sqliteDemo = join(dir, 'demo.db');
  for (const [file, demo] of [
    [sqliteReference, false],
    [sqliteDemo, true],
  ] as const) {
    const database = openDatabase(`sqlite:${file}`);
    await upgradeDatabase(database);
    await loadReferenceData(database);
    if (demo) await loadDemoData(database, { accounts: true });
    await database.close();
    // Closing checkpoints the write-ahead log: the file alone is the whole database.
    if (existsSync(`${file}-wal`)) throw new Error(`${file}: the write-ahead log was left open`);
  }
  let postgresReference = '';
  if (pgAdminUrl) {
    await adminQuery(pgAdminUrl, `drop database if exists ${PG_TEMPLATE} with (force)`);
    await adminQuery(pgAdminUrl, `create database ${PG_TEMPLATE}`);
    const database = openDatabase(pgAdminUrl.replace(/\/[^/]*$/, `/${PG_TEMPLATE}`));
    await upgradeDatabase(database);
    await loadReferenceData(database);
    await database.close();
    await untilNoSessions(pgAdminUrl, PG_TEMPLATE);
    postgresReference = PG_TEMPLATE;
  }
  return {
    sqliteReference,
    sqliteDemo,
    postgresReference,
    async remove() {
      rmSync(dir, { recursive: true, force: true });
      if (pgAdminUrl) {
        await adminQuery(pgAdminUrl, `drop database if exists ${PG_TEMPLATE} with (force)`).catch(
          () => {},
        );
      }
    },
  };
}

/** `create database … template` refuses while the template has sessions; pg's end() leaves early. */
async function untilNoSessions(url: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (let i = 0; i < 100; i++) {
      const r = await client.query(
        'select count(*)::int as n from pg_stat_activity where datname = $1',
        [name],
      );
      if (r.rows[0]?.n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`the template database ${name} still has sessions`);
  } finally {
    await client.end();
  }
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
