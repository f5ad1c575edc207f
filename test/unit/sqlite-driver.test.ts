/**
 * The SQLite driver rule and the node:sqlite adapter (decision 0053). Every driver this Node can
 * load is run through Kysely the way src/db/database.ts uses it: better-sqlite3 below Node 24,
 * node:sqlite from Node 22.16 on (so Node 22 runs both and compares them, Node 24 node:sqlite
 * only, Node 20 better-sqlite3 only; `.ci/runtimes` runs this file on 22 and 24).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { cachingStatements, exactSum } from '../../src/db/database.js';
import {
  openSqlite,
  type SqliteDriverName,
  sqliteDriver,
  sqliteDriverFor,
} from '../../src/db/sqlite.js';

const major = Number(process.versions.node.split('.')[0]);
// node:sqlite with what the adapter uses (`columns()` and `backup()` came in Node 22.16).
const nodeSqlite = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule?.(
  'node:sqlite',
) as { StatementSync: { prototype: object }; backup?: unknown } | undefined;
const hasNodeSqlite =
  nodeSqlite !== undefined &&
  'columns' in nodeSqlite.StatementSync.prototype &&
  typeof nodeSqlite.backup === 'function';
const drivers: SqliteDriverName[] = [
  ...(major < 24 ? (['better-sqlite3'] as const) : []),
  ...(hasNodeSqlite ? (['node:sqlite'] as const) : []),
];

const dir = mkdtempSync(join(tmpdir(), 'shanhai-sqlite-driver-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the driver rule', () => {
  it('is better-sqlite3 below Node 24 and node:sqlite from 24 on', () => {
    expect(sqliteDriverFor('20.19.0')).toBe('better-sqlite3');
    expect(sqliteDriverFor('22.22.1')).toBe('better-sqlite3');
    expect(sqliteDriverFor('24.0.0')).toBe('node:sqlite');
    expect(sqliteDriverFor('25.1.0')).toBe('node:sqlite');
    expect(sqliteDriver).toBe(major >= 24 ? 'node:sqlite' : 'better-sqlite3');
  });

  it('opens with the chosen driver, and never loads better-sqlite3 on Node 24', () => {
    const connection = openSqlite(':memory:');
    expect(connection.driver).toBe(sqliteDriver);
    expect(connection.get('select 1 as one')).toEqual({ one: 1 });
    connection.close();
    const loaded = Object.keys(createRequire(import.meta.url).cache).some((path) =>
      path.includes('/node_modules/better-sqlite3/'),
    );
    expect(loaded).toBe(sqliteDriver === 'better-sqlite3');
  });
});

describe.each(drivers)('%s through Kysely', (driver) => {
  function open(file = ':memory:') {
    const connection = openSqlite(file, {}, driver);
    connection.exec('pragma foreign_keys = ON');
    const db = new Kysely<Record<string, Record<string, unknown>>>({
      dialect: new SqliteDialect({ database: cachingStatements(connection.kysely, 2) }),
    });
    return { connection, db };
  }

  it('reads, writes, returns and streams as Kysely expects', async () => {
    const { db } = open();
    await sql`create table t (id integer primary key, fen integer not null, note text)`.execute(db);
    const inserted = await db.insertInto('t').values({ fen: 5, note: 'a' }).executeTakeFirst();
    expect(inserted.insertId).toBe(1n);
    expect(inserted.numInsertedOrUpdatedRows).toBe(1n);
    const returned = await db
      .insertInto('t')
      .values([
        { fen: Number.MAX_SAFE_INTEGER, note: 'b' },
        { fen: -3, note: null },
      ])
      .returning(['id', 'fen'])
      .execute();
    expect(returned).toEqual([
      { id: 2, fen: Number.MAX_SAFE_INTEGER },
      { id: 3, fen: -3 },
    ]);
    const updated = await db.updateTable('t').set({ note: 'c' }).where('fen', '<', 0).execute();
    expect(updated[0]?.numUpdatedRows).toBe(1n);
    const rows = await db.selectFrom('t').selectAll().orderBy('id').execute();
    expect(rows.map((r) => ({ ...r }))).toEqual([
      { id: 1, fen: 5, note: 'a' },
      { id: 2, fen: Number.MAX_SAFE_INTEGER, note: 'b' },
      { id: 3, fen: -3, note: 'c' },
    ]);
    const streamed: unknown[] = [];
    for await (const row of db.selectFrom('t').select('id').orderBy('id').stream()) {
      streamed.push(row.id);
    }
    expect(streamed).toEqual([1, 2, 3]);
    // The statement cache (two statements here) hands the same statement out again.
    for (let i = 0; i < 3; i++) {
      const one = await db.selectFrom('t').select('note').where('id', '=', 1).executeTakeFirst();
      expect(one?.note).toBe('a');
    }
    await db.destroy();
  });

  it('sums money past 2^53 exactly as text, and refuses a boolean', async () => {
    const { db } = open();
    await sql`create table m (fen integer not null)`.execute(db);
    await sql`insert into m values (9007199254740991), (9007199254740991), (1)`.execute(db);
    const sum = await db
      .selectFrom('m')
      .select(exactSum(sql`fen`).as('total'))
      .executeTakeFirstOrThrow();
    expect(sum.total).toBe('18014398509481983');
    await expect(sql`select ${true} as b`.execute(db)).rejects.toThrow(/can only bind/);
    await db.destroy();
  });

  it('keeps a blob, enforces foreign keys, and rolls a transaction back whole', async () => {
    const { db } = open();
    await sql`create table p (id integer primary key)`.execute(db);
    await sql`create table c (p integer not null references p(id), content blob)`.execute(db);
    await expect(db.insertInto('c').values({ p: 9 }).execute()).rejects.toThrow(/FOREIGN KEY/);
    await db.insertInto('p').values({ id: 1 }).execute();
    await db
      .insertInto('c')
      .values({ p: 1, content: Buffer.from([0, 1, 255]) })
      .execute();
    const blob = await db.selectFrom('c').select('content').executeTakeFirstOrThrow();
    expect(Buffer.from(blob.content as Uint8Array)).toEqual(Buffer.from([0, 1, 255]));
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('p').values({ id: 2 }).execute();
        await trx.insertInto('p').values({ id: 2 }).execute();
      }),
    ).rejects.toThrow(/UNIQUE/);
    const ids = await db.selectFrom('p').select('id').execute();
    expect(ids.map((r) => r.id)).toEqual([1]);
    await db.destroy();
  });

  it('backs a WAL database up online into a self-contained copy', async () => {
    const file = join(dir, `${driver.replace(':', '-')}.db`);
    const { connection, db } = open(file);
    connection.exec('pragma journal_mode = WAL');
    await sql`create table t (x integer)`.execute(db);
    await sql`insert into t values (1), (2), (3)`.execute(db);
    const source = openSqlite(file, { fileMustExist: true }, driver);
    await source.backup(`${file}.copy`);
    source.close();
    await db.destroy();
    const copy = openSqlite(`${file}.copy`, { readonly: true }, driver);
    expect(copy.get('select sum(x) as s from t')).toEqual({ s: 6 });
    expect(copy.get('pragma integrity_check')).toEqual({ integrity_check: 'ok' });
    copy.close();
    expect(() => openSqlite(join(dir, 'missing.db'), { fileMustExist: true }, driver)).toThrow();
  });
});
