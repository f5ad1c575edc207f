/** Small helpers shared by the module tests. */
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../src/db/database.js';
import type { App } from '../../src/http/types.js';
import { verifyHistory } from '../../src/modules/history/service.js';
import { buildTestApp } from '../support/app.js';
import type { DbTestContext } from '../support/db.js';

/** The app on the suite's database, built once for the describe block. */
export function useApp(ctx: DbTestContext): { readonly app: App } {
  let app: App | undefined;
  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
  });
  afterAll(async () => {
    await app?.close();
  });
  return {
    get app() {
      if (!app) throw new Error('the app is ready only inside tests');
      return app;
    },
  };
}

export async function historyCount(database: Database): Promise<number> {
  const row = await database.db
    .selectFrom('history')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Runs a write and checks that it added exactly `entries` history entries (one per write, none
 * for a refused write) and that the chain still verifies.
 */
export async function expectHistoryGrowth<T>(
  database: Database,
  entries: number,
  write: () => Promise<T>,
): Promise<T> {
  const before = await historyCount(database);
  const result = await write();
  const after = await historyCount(database);
  if (after - before !== entries) {
    throw new Error(`expected ${entries} new history entries, got ${after - before}`);
  }
  const verified = await verifyHistory(database.db);
  if (!verified.ok) throw new Error(`history chain broken: ${JSON.stringify(verified.problems)}`);
  return result;
}
