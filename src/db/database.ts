import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  CamelCasePlugin,
  type DialectAdapter,
  Kysely,
  PostgresDialect,
  type RawBuilder,
  SqliteAdapter,
  type SqliteDatabase,
  SqliteDialect,
  type SqliteStatement,
  sql,
  type Transaction,
} from 'kysely';
import pg from 'pg';
import type { DB } from './schema.js';
import { openSqlite, type SqliteDriverName } from './sqlite.js';

export type Engine = 'sqlite' | 'postgres';

/** An open database: the Kysely handle plus what the rest of the code needs to know about it. */
export interface Database {
  readonly db: Kysely<DB>;
  readonly engine: Engine;
  /** The URL with any password masked, for logs. */
  readonly label: string;
  /** SQLite only: the driver this Node uses (decision 0053). */
  readonly sqliteDriver?: SqliteDriverName;
  close(): Promise<void>;
}

export type Executor = Kysely<DB> | Transaction<DB>;

/** SQLite runs DDL inside transactions; Kysely's adapter says otherwise, so migrations would not be atomic. */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/**
 * A SQLite connection as Kysely sees it (either driver, src/db/sqlite.ts), with the prepared
 * statements kept by their SQL text (the most recently used few hundred): Kysely prepares every
 * statement anew, and preparing a long one (the compliance culprits: a branch per donor) cost
 * more than running it. A statement is only ever run synchronously here (Kysely's `all`/`run`;
 * nothing streams), so one is never busy when it is handed out again; SQLite re-prepares it
 * itself after a schema change.
 */
export function cachingStatements(sqlite: SqliteDatabase, size = 500): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      let statement = cache.get(text);
      if (statement) cache.delete(text);
      else {
        statement = sqlite.prepare(text);
        if (cache.size >= size) cache.delete(cache.keys().next().value as string);
      }
      cache.set(text, statement);
      return statement;
    },
  };
}

class ShanhaiSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Parses a PostgreSQL int8 / integral numeric into a JS number, refusing values that a
 * double cannot hold exactly (money beyond ±90 trillion yuan) rather than silently rounding.
 */
export function parseInt8(text: string): number {
  const big = BigInt(text);
  if (big > MAX_SAFE || big < -MAX_SAFE) {
    throw new RangeError(`integer ${text} from PostgreSQL is outside the safe range of a number`);
  }
  return Number(big);
}

/**
 * `sum(expr)` exact at any size on both engines, 0 over no rows: as decimal text, for the caller
 * to read with `BigInt` (money summed over many projects may pass 2^53; decision 0031).
 * PostgreSQL sums bigint into numeric; SQLite sums exactly in 64 bits and raises an error past
 * 2^63 fen (92 万亿亿元), never rounding.
 */
export function exactSum(expr: RawBuilder<unknown>): RawBuilder<string> {
  return sql<string>`cast(coalesce(sum(${expr}), 0) as text)`;
}

function parseNumeric(text: string): number {
  return /^-?\d+$/.test(text) ? parseInt8(text) : Number(text);
}

const PG_INT8 = 20;
const PG_NUMERIC = 1700;
const PG_DATE = 1082;
const PG_TIMESTAMPTZ = 1184;
const PG_TIMESTAMP = 1114;

const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    switch (oid) {
      case PG_INT8:
        return parseInt8;
      case PG_NUMERIC:
        return parseNumeric;
      case PG_DATE:
        return (text: string) => text;
      case PG_TIMESTAMPTZ:
      case PG_TIMESTAMP:
        return (text: string) => new Date(oid === PG_TIMESTAMP ? `${text}Z` : text).toISOString();
      default:
        // biome-ignore lint/suspicious/noExplicitAny: pg's overloads are not expressible here
        return pg.types.getTypeParser(oid, format as any);
    }
  },
};

/** Masks the password of a database URL for logs and messages. */
export function describeDatabaseUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]+):[^@]*@/, '$1:***@');
}

/** How to open a database beyond its URL. */
export interface OpenOptions {
  /**
   * SQLite's `synchronous` (WAL mode): NORMAL, the default, survives a crash of the process;
   * FULL also survives a power loss, syncing the log at every commit.
   */
  sqliteSynchronous?: 'NORMAL' | 'FULL';
}

/** Opens the database named by a `sqlite:PATH` or `postgres://…` URL. */
export function openDatabase(url: string, options: OpenOptions = {}): Database {
  const label = describeDatabaseUrl(url);
  const plugins = [new CamelCasePlugin()];
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    const file = path === ':memory:' ? path : resolve(path);
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const sqlite = openSqlite(file);
    sqlite.exec('pragma journal_mode = WAL');
    sqlite.exec('pragma foreign_keys = ON');
    sqlite.exec('pragma busy_timeout = 5000');
    sqlite.exec(`pragma synchronous = ${options.sqliteSynchronous === 'FULL' ? 'FULL' : 'NORMAL'}`);
    const db = new Kysely<DB>({
      dialect: new ShanhaiSqliteDialect({ database: cachingStatements(sqlite.kysely) }),
      plugins,
    });
    return {
      db,
      engine: 'sqlite',
      sqliteDriver: sqlite.driver,
      label,
      close: () => db.destroy(),
    };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    // JIT compilation off: it pays for itself only on long analytic queries; on this
    // application's statements it added 100–200 ms whenever a plan's estimated cost was high.
    const pool = new pg.Pool({
      connectionString: url,
      max: 10,
      types: pgTypes,
      options: '-c jit=off',
    });
    // An idle client can lose its connection (server restart, network); the pool replaces it.
    // Without a listener that error would end the process.
    pool.on('error', (err) => {
      process.emitWarning(`PostgreSQL connection lost while idle: ${err.message}`);
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins });
    return { db, engine: 'postgres', label, close: () => db.destroy() };
  }
  throw new Error(`DATABASE_URL must be sqlite:PATH or postgres://…, got ${label}`);
}

/** The engine of an executor, for the few statements that differ between SQLite and PostgreSQL. */
export function engineOf(db: Executor): Engine {
  const adapter = db.getExecutor().adapter;
  return adapter instanceof SqliteAdapter ? 'sqlite' : 'postgres';
}
