/**
 * Backup and restore (issue 12's proofs; decision 0041): `shanhai backup` taken while writers
 * go on gives a consistent snapshot, `shanhai restore` brings it into an empty database, and a
 * quiet round trip is identical: every table's rows, the compliance figures, the history.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, expect, it } from 'vitest';

// Timeouts: the demo data, two processes of the CLI and two restores; a few seconds on a quiet
// machine, a minute or more on a loaded one.
import { backupDatabase, restoreDatabase } from '../../src/db/backup.js';
import { type Database, openDatabase } from '../../src/db/database.js';
import { systemActor } from '../../src/domain/access.js';
import { complianceReport } from '../../src/modules/compliance/service.js';
import { verifyHistory } from '../../src/modules/history/service.js';
import { createTransaction } from '../../src/modules/ledger/service.js';
import { verifyProjections } from '../../src/modules/maintenance.js';
import { loadDemoData } from '../../src/seed/demo.js';
import { createScratchDatabase, describeEachDatabase } from '../support/db.js';
import { createTestProject } from '../support/factories.js';

const exec = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'shanhai-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function shanhai(url: string, args: string[]) {
  const { stdout } = await exec('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], {
    env: { ...process.env, DATABASE_URL: url },
    timeout: 60_000,
  });
  return stdout;
}

/** Every table's row count, by name. */
async function rowCounts(database: Database): Promise<Record<string, number>> {
  const names =
    database.engine === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master
          where type = 'table' and name not like 'sqlite_%' order by name`.execute(database.db)
      : await sql<{ name: string }>`select tablename as name from pg_tables
          where schemaname = 'public' order by tablename`.execute(database.db);
  const counts: Record<string, number> = {};
  for (const { name } of names.rows) {
    const r = await sql<{
      n: number | string;
    }>`select count(*) as n from ${sql.table(name)}`.execute(database.db);
    counts[name] = Number(r.rows[0]?.n);
  }
  return counts;
}

/** What must survive a round trip: counts, the compliance figures, the history's head. */
async function fingerprint(database: Database) {
  const ctx = { actor: systemActor('test'), db: database.db };
  const years = [2024, 2025];
  const compliance = [];
  for (const year of years) {
    compliance.push(await complianceReport(ctx, { programme: 'xinjiang', year, basis: 'actual' }));
  }
  const head = await database.db.selectFrom('historyHead').selectAll().executeTakeFirstOrThrow();
  return { counts: await rowCounts(database), compliance, head };
}

/** Restores `file` into a new database and returns it open, checked for consistency. */
async function restored(engine: Database['engine'], file: string, viaCli: boolean) {
  const scratch = await createScratchDatabase(engine);
  if (viaCli) {
    expect(await shanhai(scratch.url, ['restore', file])).toMatch(/history of \d+ entries intact/);
  } else {
    await restoreDatabase(scratch.url, file);
  }
  const database = openDatabase(scratch.url);
  expect(await verifyHistory(database.db)).toMatchObject({ ok: true, problems: [] });
  expect(await verifyProjections(database.db), 'projections equal a rebuild').toEqual([]);
  return { database, drop: scratch.drop };
}

describeEachDatabase('backup and restore', (ctx) => {
  it('backs up while writers go on: the restore is one consistent moment', async () => {
    await loadDemoData(ctx.database, { accounts: false, today: '2025-06-30' });
    const project = await createTestProject(ctx.database);
    const svc = { actor: systemActor('writer'), db: ctx.database.db };
    let stop = false;
    let acknowledged = 0;
    const writer = (async () => {
      while (!stop) {
        await createTransaction(svc, project.code, {
          type: 'disbursement',
          valueFen: 100 + acknowledged,
          date: '2025-03-01',
          planned: false,
        });
        acknowledged++;
        // SQLite answers synchronously: without a turn of the event loop the writer would starve
        // the backup process's exit.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const file = join(dir, `${ctx.engine}-busy.backup`);
    try {
      const started = acknowledged;
      expect(await shanhai(ctx.url, ['backup', file])).toMatch(/backed up .* in [\d.]+ s/);
      expect(acknowledged, 'writes went on during the backup').toBeGreaterThan(started);
    } finally {
      stop = true;
      await writer;
    }
    const copy = await restored(ctx.engine, file, true);
    try {
      // The copy's history is a prefix of the original's, entry for entry.
      const head = await copy.database.db
        .selectFrom('historyHead')
        .selectAll()
        .executeTakeFirstOrThrow();
      const original = await ctx.database.db
        .selectFrom('history')
        .select('hash')
        .where('id', '=', head.lastId)
        .executeTakeFirstOrThrow();
      expect(head.lastHash).toBe(original.hash);
      // Each disbursement in the copy is the original's, and there as many as its history says.
      const rows = (db: Database) =>
        db.db
          .selectFrom('fundTransactions')
          .select(['id', 'valueFen', 'createdAt'])
          .where('createdBy', 'like', '%writer%')
          .orderBy('id')
          .execute();
      const copied = await rows(copy.database);
      const all = await rows(ctx.database);
      expect(copied).toEqual(all.slice(0, copied.length));
      expect(copied.length).toBeLessThan(all.length + 1);
      const logged = await copy.database.db
        .selectFrom('history')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('actor', 'like', '%writer%')
        .executeTakeFirstOrThrow();
      expect(Number(logged.n)).toBe(copied.length);
    } finally {
      await copy.database.close();
      await copy.drop();
    }
  }, 240_000);

  it('a quiet round trip is identical: rows, compliance figures, history', async () => {
    const file = join(dir, `${ctx.engine}-quiet.backup`);
    await backupDatabase(ctx.url, file);
    const copy = await restored(ctx.engine, file, false);
    try {
      const [a, b] = [await fingerprint(ctx.database), await fingerprint(copy.database)];
      expect(a.counts.fund_transactions).toBeGreaterThan(0);
      expect(b).toEqual(a);
      await expect(backupDatabase(ctx.url, file)).rejects.toThrow(
        /exists; a backup never overwrites/,
      );
      await expect(restoreDatabase(ctx.url, file)).rejects.toThrow(
        /is not empty \(\d+ tables\): restore only into an empty database/,
      );
    } finally {
      await copy.database.close();
      await copy.drop();
    }
  }, 120_000);
});
