import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, inject } from 'vitest';
import { type Database, type Engine, openDatabase } from '../../src/db/database.js';
import { upgradeDatabase, verifyProjections } from '../../src/modules/maintenance.js';

export type Seed = 'empty' | 'migrated' | 'reference';

export interface DbTestContext {
  readonly engine: Engine;
  /** The suite's own database, fresh for this describe block. */
  readonly database: Database;
  /** Its URL, for child processes such as the CLI. */
  readonly url: string;
}

/** The engines this run covers: `SHANHAI_TEST_ENGINES=sqlite` narrows it. */
export function selectedEngines(): Engine[] {
  const wanted = (process.env.SHANHAI_TEST_ENGINES ?? 'sqlite,postgres').split(',');
  return (['sqlite', 'postgres'] as const).filter((e) => wanted.includes(e));
}

/**
 * A new database on the engine, empty or a copy of the run's reference template (migrated, with
 * the reference data: test/support/templates.ts); `drop()` removes it.
 */
export async function createScratchDatabase(
  engine: Engine,
  from: 'empty' | 'reference' = 'empty',
): Promise<{ url: string; drop: () => Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'shanhai-sqlite-'));
    if (from === 'reference') {
      copyFileSync(inject('templates').sqliteReference, join(dir, 'test.db'));
    }
    return {
      url: `sqlite:${join(dir, 'test.db')}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const admin = inject('pgAdminUrl');
  const name = `shanhai_t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  const template = from === 'reference' ? ` template ${inject('templates').postgresReference}` : '';
  await client.query(`create database ${name}${template}`);
  await client.end();
  const url = admin.replace(/\/[^/]*$/, `/${name}`);
  return {
    url,
    drop: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      // pg's pool.end() resolves before its sockets have closed; dropping with FORCE at once
      // would kill sessions that are already leaving, and their clients would report it as an
      // unhandled error. Wait for them to go, then force whatever remains.
      for (let i = 0; i < 50; i++) {
        const r = await c.query(
          'select count(*)::int as n from pg_stat_activity where datname = $1',
          [name],
        );
        if (r.rows[0]?.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/**
 * Runs a suite once per database engine (SQLite and PostgreSQL), each run on a database of its
 * own: empty, migrated, or migrated and filled with the reference data (the default). Like
 * Kysely's own tests, the same assertions hold on both engines.
 *
 * After every test of a migrated suite, every projection must equal its rebuild from scratch
 * (`verifyProjections`): whatever the test wrote, through whichever use case, kept the derived
 * rows right. A test that writes behind shanhai's back must rebuild, as an operator would.
 */
export function describeEachDatabase(
  name: string,
  fn: (ctx: DbTestContext) => void,
  options: { seed?: Seed } = {},
): void {
  const seed = options.seed ?? 'reference';
  for (const engine of selectedEngines()) {
    const skip = engine === 'postgres' && !inject('pgAdminUrl');
    describe.skipIf(skip)(`${name} [${engine}]`, () => {
      let database: Database | undefined;
      let drop: (() => Promise<void>) | undefined;
      let url = '';
      beforeAll(async () => {
        const scratch = await createScratchDatabase(
          engine,
          seed === 'reference' ? 'reference' : 'empty',
        );
        drop = scratch.drop;
        url = scratch.url;
        database = openDatabase(scratch.url);
        if (seed === 'migrated') await upgradeDatabase(database);
      });
      afterEach(async () => {
        if (seed === 'empty' || !database) return;
        expect(await verifyProjections(database.db), 'projections equal their rebuild').toEqual([]);
      });
      afterAll(async () => {
        await database?.close();
        await drop?.();
      });
      fn({
        engine,
        get database() {
          if (!database) throw new Error('the database is ready only inside tests and hooks');
          return database;
        },
        get url() {
          return url;
        },
      });
    });
  }
}
