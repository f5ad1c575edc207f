/**
 * Backups and restores (decision 0041), each engine through its own tools: SQLite through its
 * online backup API (better-sqlite3 or node:sqlite, decision 0053), PostgreSQL through pg_dump and pg_restore (custom format).
 * Both take a consistent snapshot while the application goes on writing; both restore only into
 * an empty database, exactly as it was, triggers and all.
 */
import { execFile } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { describeDatabaseUrl, type Engine } from './database.js';
import { openSqlite } from './sqlite.js';

const exec = promisify(execFile);

/** The engine of a database URL. */
export function engineOfUrl(url: string): Engine {
  if (url.startsWith('sqlite:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres';
  throw new Error(
    `DATABASE_URL must be sqlite:PATH or postgres://…, got ${describeDatabaseUrl(url)}`,
  );
}

function sqlitePath(url: string): string {
  const path = url.slice('sqlite:'.length);
  if (path === ':memory:') throw new Error('an in-memory SQLite database cannot be backed up');
  return resolve(path);
}

/**
 * Finds a PostgreSQL client program: on PATH, else the newest under /usr/lib/postgresql/N/bin
 * (Debian). pg_dump must be at least the server's major version; it says so itself if not.
 */
export function findPgTool(name: 'pg_dump' | 'pg_restore'): string {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) {
      const path = join(root, v, 'bin', name);
      if (existsSync(path)) return path;
    }
  }
  throw new Error(
    `${name} not found on PATH or under /usr/lib/postgresql: install the PostgreSQL client (at least the server's version)`,
  );
}

/** What a backup file holds, from its first bytes. */
export function backupKind(file: string): Engine {
  if (!existsSync(file)) throw new Error(`no backup file ${file}`);
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') === 'SQLite format 3\u0000') return 'sqlite';
  if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'postgres';
  throw new Error(
    `${file} is not a Shanhai backup (neither a SQLite database nor a pg_dump archive)`,
  );
}

/**
 * Writes a backup of the database to `file` (which must not exist), while others go on
 * writing. SQLite: the online backup API, copying every page in one step so that a write by
 * another connection restarts it whole rather than mixing two states; the copy is then made
 * self-contained (rollback journal, not WAL). PostgreSQL: `pg_dump --format=custom`, one
 * repeatable-read snapshot.
 */
export async function backupDatabase(url: string, file: string): Promise<void> {
  if (existsSync(file)) throw new Error(`${file} exists; a backup never overwrites a file`);
  if (engineOfUrl(url) === 'sqlite') {
    const source = openSqlite(sqlitePath(url), { fileMustExist: true });
    try {
      source.exec('pragma busy_timeout = 5000');
      await source.backup(file);
    } finally {
      source.close();
    }
    const copy = openSqlite(file);
    try {
      copy.exec('pragma journal_mode = DELETE');
      const check = copy.get('pragma integrity_check')?.integrity_check;
      if (check !== 'ok') throw new Error(`the backup ${file} fails its integrity check: ${check}`);
    } finally {
      copy.close();
    }
    return;
  }
  try {
    await exec(findPgTool('pg_dump'), ['--format=custom', `--file=${file}`, `--dbname=${url}`], {
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (err) {
    rmSync(file, { force: true });
    throw new Error(`pg_dump failed: ${(err as { stderr?: string }).stderr?.trim() || err}`);
  }
}

/** The tables of a database, to prove it empty before a restore. */
async function tableCount(url: string): Promise<number> {
  if (engineOfUrl(url) === 'sqlite') {
    const path = sqlitePath(url);
    if (!existsSync(path) || statSync(path).size === 0) return 0;
    const db = openSqlite(path, { readonly: true });
    try {
      const row = db.get("select count(*) as n from sqlite_master where type = 'table'");
      return Number(row?.n);
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query<{ n: number }>(
      "select count(*)::int as n from pg_tables where schemaname not in ('pg_catalog', 'information_schema')",
    );
    return r.rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

/**
 * Restores a backup into the database of `url`, which must be empty (no tables; a SQLite file
 * may also not exist yet). Refuses a backup of the other engine.
 */
export async function restoreDatabase(url: string, file: string): Promise<void> {
  const engine = engineOfUrl(url);
  const kind = backupKind(file);
  if (kind !== engine) {
    throw new Error(
      `${file} is a ${kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'} backup; DATABASE_URL is ${engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'}: restore into the same engine`,
    );
  }
  const tables = await tableCount(url);
  if (tables > 0) {
    throw new Error(
      `${describeDatabaseUrl(url)} is not empty (${tables} tables): restore only into an empty database`,
    );
  }
  if (engine === 'sqlite') {
    const target = sqlitePath(url);
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(target + suffix, { force: true });
    const source = openSqlite(file, { readonly: true, fileMustExist: true });
    try {
      await source.backup(target);
    } finally {
      source.close();
    }
    return;
  }
  try {
    await exec(
      findPgTool('pg_restore'),
      [
        '--no-owner',
        '--no-privileges',
        '--exit-on-error',
        '--single-transaction',
        `--dbname=${url}`,
        file,
      ],
      { maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (err) {
    throw new Error(`pg_restore failed: ${(err as { stderr?: string }).stderr?.trim() || err}`);
  }
}
