/**
 * Raw SQL on the benchmark database, beside the application rather than through it: better-sqlite3
 * or pg directly, `?` placeholders on both (turned into $1… for PostgreSQL).
 */
import SQLite from 'better-sqlite3';
import pg from 'pg';

export interface Raw {
  engine: 'sqlite' | 'postgres';
  all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  run(sql: string, params?: unknown[]): Promise<void>;
  close(): Promise<void>;
}

export async function openRaw(url: string): Promise<Raw> {
  if (url.startsWith('sqlite:')) {
    const db = new SQLite(url.slice('sqlite:'.length), { fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    return {
      engine: 'sqlite',
      all: async <T>(sql: string, params: unknown[] = []) => db.prepare(sql).all(...params) as T[],
      run: async (sql, params = []) => {
        db.prepare(sql).run(...params);
      },
      close: async () => {
        db.close();
      },
    };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const numbered = (sql: string) => {
    let i = 0;
    return sql.replace(/\?/g, () => `$${++i}`);
  };
  return {
    engine: 'postgres',
    all: async <T>(sql: string, params: unknown[] = []) =>
      (await client.query(numbered(sql), params)).rows as T[],
    run: async (sql, params = []) => {
      await client.query(numbered(sql), params);
    },
    close: () => client.end(),
  };
}
