/** Helpers of the indicator tests: the revolutionary-areas model loaded, requests as a user. */
import type { Database } from '../../src/db/database.js';
import type { App } from '../../src/http/types.js';
import { loadDemoIndicators } from '../../src/seed/demo-indicators.js';
import { loginAs, type TestUserOptions } from '../support/accounts.js';

export { PANSHI, WUCHUAN, XING } from '../../src/seed/demo-indicators.js';

export const ANNUAL = 'revolutionary-areas-annual';

/** The seed's revolutionary-areas elements, indicators, sets, target and figures. */
export async function seedIndicators(database: Database) {
  await loadDemoIndicators(database);
}

/** A caller: signs in with the grant once, then sends requests with its cookie. */
export async function caller(
  app: App,
  database: Database,
  grant: Omit<TestUserOptions, 'username' | 'password'>,
) {
  const cookie = await loginAs(app, database, grant);
  return (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) =>
    app.inject({ method, url, headers: { cookie, ...headers }, ...(payload ? { payload } : {}) });
}

export async function valueCount(database: Database): Promise<number> {
  const r = await database.db
    .selectFrom('indicatorValues')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function lastHistory(database: Database, entityType: string) {
  return database.db
    .selectFrom('history')
    .selectAll()
    .where('entityType', '=', entityType)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
