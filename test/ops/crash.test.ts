/**
 * Crash safety (issue 12's proofs): writers run, then what holds the data is killed with
 * SIGKILL in the middle of their writes — on SQLite the writing processes themselves, on
 * PostgreSQL the database server (postmaster and backends; restarted, it recovers from its
 * write-ahead log). Every write a writer saw acknowledged must be there, and the history and
 * every projection must verify. A power loss is not simulated: on SQLite that is what
 * SQLITE_SYNCHRONOUS=FULL is for (its cost: docs/performance.md).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Database, openDatabase } from '../../src/db/database.js';
import { verifyHistory } from '../../src/modules/history/service.js';
import { upgradeDatabase, verifyProjections } from '../../src/modules/maintenance.js';
import { loadReferenceData } from '../../src/seed/reference.js';
import { createScratchDatabase, selectedEngines } from '../support/db.js';
import { createTestProject } from '../support/factories.js';
import { type Cluster, findPostgresBin, startCluster } from '../support/postgres-cluster.js';

/** Writer processes: one on SQLite (one process writes to it, as one server does), two on PostgreSQL. */
const WRITERS = { sqlite: 1, postgres: 2 } as const;
const ACKS_BEFORE_CRASH = 10;

interface Writer {
  tag: number;
  child: ChildProcess;
  acked: number;
  exited: Promise<void>;
}

/** Starts a writer process (crash-writer.ts) and counts what it sees committed. */
function startWriter(url: string, code: string, tag: number): Writer {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/ops/crash-writer.ts', code, String(tag)],
    { env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const writer: Writer = {
    tag,
    child,
    acked: 0,
    exited: new Promise((resolve) => child.once('exit', () => resolve())),
  };
  let buffer = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      const m = /^ack (\d+)$/.exec(line);
      if (m) writer.acked = Number(m[1]);
    }
  });
  child.stderr?.resume();
  return writer;
}

async function until(condition: () => boolean, what: string, ms = 120_000) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A migrated database with the reference data and one project to write to. */
async function prepare(url: string): Promise<string> {
  const database = openDatabase(url);
  try {
    await upgradeDatabase(database);
    await loadReferenceData(database);
    return (await createTestProject(database)).code;
  } finally {
    await database.close();
  }
}

/** Every acknowledged write is there (at most one more, committed as the crash came). */
async function expectAcknowledgedWrites(database: Database, writers: Writer[]) {
  for (const w of writers) {
    const rows = await database.db
      .selectFrom('fundTransactions')
      .select('valueFen')
      .where('createdBy', '=', `system:crash-${w.tag}`)
      .orderBy('valueFen')
      .execute();
    const amounts = rows.map((r) => Number(r.valueFen) - w.tag * 1_000_000);
    expect(w.acked, `writer ${w.tag} wrote before the crash`).toBeGreaterThanOrEqual(
      ACKS_BEFORE_CRASH,
    );
    expect(amounts.slice(0, w.acked), `writer ${w.tag}: every acknowledged write`).toEqual(
      Array.from({ length: w.acked }, (_, i) => i + 1),
    );
    expect(amounts.length - w.acked).toBeLessThanOrEqual(1);
  }
  expect(await verifyHistory(database.db)).toMatchObject({ ok: true, problems: [] });
  expect(await verifyProjections(database.db), 'projections equal a rebuild').toEqual([]);
}

describe.skipIf(!selectedEngines().includes('sqlite'))('crash safety [sqlite]', () => {
  it('keeps every acknowledged write when the writing process is killed', async () => {
    const scratch = await createScratchDatabase('sqlite');
    try {
      const code = await prepare(scratch.url);
      const writers = Array.from({ length: WRITERS.sqlite }, (_, i) =>
        startWriter(scratch.url, code, i + 1),
      );
      await until(() => writers.every((w) => w.acked >= ACKS_BEFORE_CRASH), 'the writers');
      for (const w of writers) w.child.kill('SIGKILL');
      await Promise.all(writers.map((w) => w.exited));
      const database = openDatabase(scratch.url);
      try {
        const check = await database.db.executeQuery<{ integrityCheck: string }>(
          // biome-ignore lint/suspicious/noExplicitAny: a raw pragma
          { sql: 'pragma integrity_check', parameters: [] } as any,
        );
        expect(check.rows).toEqual([{ integrityCheck: 'ok' }]);
        await expectAcknowledgedWrites(database, writers);
      } finally {
        await database.close();
      }
    } finally {
      await scratch.drop();
    }
  }, 180_000);

  it('syncs every commit with SQLITE_SYNCHRONOUS=FULL', async () => {
    const scratch = await createScratchDatabase('sqlite');
    const full = openDatabase(scratch.url, { sqliteSynchronous: 'FULL' });
    const normal = openDatabase(scratch.url);
    try {
      const level = async (d: Database) =>
        (
          await d.db.executeQuery<{ synchronous: number }>(
            // biome-ignore lint/suspicious/noExplicitAny: a raw pragma
            { sql: 'pragma synchronous', parameters: [] } as any,
          )
        ).rows[0]?.synchronous;
      expect(await level(full)).toBe(2);
      expect(await level(normal)).toBe(1);
    } finally {
      await full.close();
      await normal.close();
      await scratch.drop();
    }
  });
});

const pgBin = findPostgresBin();
describe.skipIf(!selectedEngines().includes('postgres') || !inject('pgAdminUrl') || !pgBin)(
  'crash safety [postgres]',
  () => {
    let cluster: Cluster | undefined;
    beforeAll(async () => {
      // A server of its own with PostgreSQL's durable defaults (the suite's shared one has
      // fsync and synchronous commit off, which a crash test must not have).
      cluster = await startCluster(pgBin as string, { durable: true });
    }, 120_000);
    afterAll(() => cluster?.stop());

    it('keeps every acknowledged write when the server is killed and restarted', async () => {
      const url = (cluster as Cluster).url;
      const code = await prepare(url);
      const writers = Array.from({ length: WRITERS.postgres }, (_, i) =>
        startWriter(url, code, i + 1),
      );
      try {
        await until(() => writers.every((w) => w.acked >= ACKS_BEFORE_CRASH), 'the writers');
        await (cluster as Cluster).crash();
        // The writers fail on their lost connections; whatever they saw acknowledged is final.
        await Promise.race([
          Promise.all(writers.map((w) => w.exited)),
          new Promise((resolve) => setTimeout(resolve, 10_000)),
        ]);
      } finally {
        for (const w of writers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
        await Promise.all(writers.map((w) => w.exited));
      }
      (cluster as Cluster).start();
      const database = openDatabase(url);
      try {
        await expectAcknowledgedWrites(database, writers);
      } finally {
        await database.close();
      }
    }, 180_000);
  },
);
