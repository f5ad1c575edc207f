import type { Database } from '../../src/db/database.js';
import { buildApp } from '../../src/http/app.js';
import type { App } from '../../src/http/types.js';
import { recordExercised } from './access-matrix.js';

/**
 * The whole HTTP application on a test database, for `app.inject` tests (no port opened). The
 * routes it answers are recorded for the access matrix (test/support/access-matrix.ts).
 */
export async function buildTestApp(database: Database): Promise<App> {
  const app = await buildApp({
    database,
    cookieSecure: false,
    sessionHours: 12,
    webRoot: null,
    logLevel: 'silent',
    // Tests name this host where the host matters (the cross-site guard).
    allowedHosts: ['shanhai.example'],
  });
  app.addHook('onResponse', async (request) => recordExercised(app, request));
  await app.ready();
  return app;
}
