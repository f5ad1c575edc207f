/**
 * The SQLite driver (decision 0053): better-sqlite3 12 on Node 20 and 22, where it has always
 * run, and Node's built-in `node:sqlite` on Node 24 and later, where better-sqlite3 12 aborts the
 * process (decision 0046). Each is loaded only when chosen, so on Node 24 better-sqlite3's native
 * module is never initialised, and on Node 20 (no `node:sqlite`) nothing asks for the built-in.
 *
 * Both sit behind the same small interface: Kysely's `SqliteDatabase` (with the prepared
 * statements cached by their text), `exec`, `get` for a pragma or a count, the online backup,
 * `close`. Rows are the same for every value the application stores; what differs is written
 * in decision 0053 (an integer beyond 2^53 read as a number: better-sqlite3 rounds it,
 * node:sqlite raises, as PostgreSQL does here; a blob: a Buffer or a Uint8Array).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

export type SqliteDriverName = 'better-sqlite3' | 'node:sqlite';

/** The rule: Node ≥ 24 → node:sqlite; below, better-sqlite3 unchanged. */
export function sqliteDriverFor(nodeVersion: string = process.versions.node): SqliteDriverName {
  return Number(nodeVersion.split('.')[0]) >= 24 ? 'node:sqlite' : 'better-sqlite3';
}

/** The driver of this process. */
export const sqliteDriver: SqliteDriverName = sqliteDriverFor();

/** An open SQLite connection, whichever the driver. */
export interface SqliteConnection {
  readonly driver: SqliteDriverName;
  /** Runs SQL that returns nothing the caller needs (DDL, a pragma that sets). */
  exec(text: string): void;
  /** The first row of a query (a pragma that reads, a count), undefined if none. */
  get(text: string): Record<string, unknown> | undefined;
  /** Kysely's view of the connection: statements prepared afresh, uncached (see `cachingStatements`). */
  readonly kysely: SqliteDatabase;
  /**
   * An online backup of the whole database into `file` (created), every page in one step, so a
   * write by another connection restarts it whole rather than mixing two states.
   */
  backup(file: string): Promise<void>;
  close(): void;
}

export interface OpenSqliteOptions {
  readonly?: boolean;
  /** Refuse to create the file (better-sqlite3's `fileMustExist`). */
  fileMustExist?: boolean;
}

const require = createRequire(import.meta.url);

/** Opens `file` (or `:memory:`) with the chosen driver; the caller sets the pragmas. */
export function openSqlite(
  file: string,
  options: OpenSqliteOptions = {},
  driver: SqliteDriverName = sqliteDriver,
): SqliteConnection {
  return driver === 'node:sqlite'
    ? openNodeSqlite(file, options)
    : openBetterSqlite3(file, options);
}

function openBetterSqlite3(file: string, options: OpenSqliteOptions): SqliteConnection {
  const SQLite = require('better-sqlite3') as typeof BetterSqlite3;
  const sqlite = new SQLite(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.fileMustExist ?? false,
  });
  return {
    driver: 'better-sqlite3',
    exec: (text) => void sqlite.exec(text),
    get: (text) => sqlite.prepare(text).get() as Record<string, unknown> | undefined,
    kysely: sqlite,
    async backup(target) {
      // better-sqlite3 copies 100 pages first, then the progress callback asks for the rest at once.
      await sqlite.backup(target, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
    },
    close: () => void sqlite.close(),
  };
}

// The part of node:sqlite used here (the project's @types/node is 20's, which lacks it).
interface NodeStatement {
  all(...parameters: unknown[]): unknown[];
  get(...parameters: unknown[]): unknown;
  run(...parameters: unknown[]): { changes: number | bigint; lastInsertRowid: number | bigint };
  iterate(...parameters: unknown[]): IterableIterator<unknown>;
  columns(): unknown[];
}
interface NodeDatabase {
  exec(text: string): void;
  prepare(text: string): NodeStatement;
  close(): void;
  enableDefensive?(active: boolean): void;
}
interface NodeSqliteModule {
  DatabaseSync: new (
    path: string,
    options?: { readOnly?: boolean; enableForeignKeyConstraints?: boolean },
  ) => NodeDatabase;
  backup(source: NodeDatabase, path: string, options?: { rate?: number }): Promise<number>;
}

/** node:sqlite's `rate` must be a positive 32-bit integer; this many pages is "all of them". */
const ALL_PAGES = 2 ** 31 - 1;

function openNodeSqlite(file: string, options: OpenSqliteOptions): SqliteConnection {
  const { DatabaseSync, backup } = require('node:sqlite') as NodeSqliteModule;
  if ((options.fileMustExist || options.readonly) && file !== ':memory:' && !existsSync(file)) {
    throw new Error(`unable to open database file ${file}: it does not exist`);
  }
  // As better-sqlite3 opens a connection (its SQLite is compiled so): foreign keys on (also
  // node:sqlite's default), a 16 MB page cache (SQLite's default is 2 MB), the defensive flag.
  const sqlite = new DatabaseSync(file, {
    readOnly: options.readonly ?? false,
    enableForeignKeyConstraints: true,
  });
  sqlite.enableDefensive?.(true);
  sqlite.exec('pragma cache_size = -16000');
  return {
    driver: 'node:sqlite',
    exec: (text) => sqlite.exec(text),
    get: (text) => sqlite.prepare(text).get() as Record<string, unknown> | undefined,
    kysely: {
      close: () => sqlite.close(),
      prepare: (text) => new NodeStatementForKysely(sqlite.prepare(text)),
    },
    async backup(target) {
      await backup(sqlite, target, { rate: ALL_PAGES });
    },
    close: () => sqlite.close(),
  };
}

/**
 * A node:sqlite statement as Kysely's SQLite driver calls it: parameters as one array (spread
 * here), `reader` when the statement returns columns (better-sqlite3's definition: a select, a
 * pragma that reads, anything with `returning`).
 */
class NodeStatementForKysely implements SqliteStatement {
  readonly reader: boolean;
  readonly #statement: NodeStatement;

  constructor(statement: NodeStatement) {
    this.#statement = statement;
    this.reader = statement.columns().length > 0;
  }

  all(parameters: ReadonlyArray<unknown>): unknown[] {
    return this.#statement.all(...bindable(parameters));
  }

  run(parameters: ReadonlyArray<unknown>) {
    return this.#statement.run(...bindable(parameters));
  }

  iterate(parameters: ReadonlyArray<unknown>): IterableIterator<unknown> {
    return this.#statement.iterate(...bindable(parameters));
  }
}

/**
 * The parameters, refusing a boolean as better-sqlite3 does (node:sqlite would store 1 or 0), so
 * a value the code forgot to convert fails the same way on every Node.
 */
function bindable(parameters: ReadonlyArray<unknown>): ReadonlyArray<unknown> {
  for (const value of parameters) {
    if (typeof value === 'boolean') {
      throw new TypeError('SQLite3 can only bind numbers, strings, bigints, buffers, and null');
    }
  }
  return parameters;
}
