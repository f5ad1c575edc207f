import { fileURLToPath } from 'node:url';
import { allowedHostsOf, alwaysSecureCookies, isLoopbackHost } from '../config.js';
import { buildApp } from '../http/app.js';
import { type JobRunner, startJobRunner } from '../modules/jobs/runner.js';
import { failInterruptedImportJobs } from '../modules/transfer/import-jobs.js';
import { DEMO_PASSWORD, hasDemoAccounts, loadDemoData } from '../seed/demo.js';
import { loadReferenceData } from '../seed/reference.js';
import { openMigrated } from './open.js';

const WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

/**
 * Migrates, loads the reference data (and with `demo`, the demo data and accounts) and serves.
 * Demo accounts have a published password, so the server refuses to run with them on any
 * address other than loopback — whether they are being created now or exist from before.
 */
export async function serveCommand(opts: { demo: boolean }): Promise<void> {
  const { config, database } = await openMigrated();
  const loopback = isLoopbackHost(config.HOST);
  try {
    if (opts.demo && !loopback) {
      throw new Error(
        `refusing to start: demo mode creates accounts with a published password and serves only on a loopback address (HOST=127.0.0.1, ::1 or localhost), not HOST=${config.HOST}`,
      );
    }
    await loadReferenceData(database);
    if (opts.demo) await loadDemoData(database, { accounts: true });
    if (!loopback && (await hasDemoAccounts(database))) {
      throw new Error(
        `refusing to start on HOST=${config.HOST}: the database holds demo accounts (published password); remove them or serve on a loopback address`,
      );
    }
  } catch (err) {
    await database.close();
    throw err;
  }
  let allowedHosts: string[] | null;
  try {
    allowedHosts = allowedHostsOf(config);
  } catch (err) {
    await database.close();
    throw err;
  }

  const app = await buildApp({
    database,
    cookieSecure: alwaysSecureCookies(config),
    allowedHosts,
    anonymousPerMinute: config.ANONYMOUS_REQUESTS_PER_MINUTE,
    sessionHours: config.SESSION_HOURS,
    webRoot: WEB_ROOT,
    logLevel: config.LOG_LEVEL,
    trustProxy: config.TRUST_PROXY,
    // The demo's console: requests at debug (LOG_LEVEL=debug shows them), readable lines.
    requestLogLevel: opts.demo ? 'debug' : 'info',
    prettyLogs: opts.demo && process.stdout.isTTY === true,
  });
  // Import jobs a stopped server left waiting or running stored nothing: failed (decision 0081).
  const interrupted = await failInterruptedImportJobs(database.db);
  if (interrupted > 0)
    app.log.warn({ interrupted }, 'import jobs interrupted by a restart: failed');
  let jobRunner: JobRunner | undefined;
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await jobRunner?.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  const address = await app.listen({ port: config.PORT, host: config.HOST });
  app.log.info(
    { database: database.label, sqliteDriver: database.sqliteDriver },
    `Shanhai is serving on ${address}`,
  );
  // Scheduled jobs (today's warnings) and retries: now, then every minute, in this process.
  jobRunner = startJobRunner(database.db, {
    onError: (err) => app.log.error({ err }, 'job runner tick failed'),
  });
  void jobRunner.tick();
  if (opts.demo) {
    console.log(
      `\n  山海 Shanhai demo: ${address}\n  demo accounts (password "${DEMO_PASSWORD}"): demo-coordinator, demo-beijing, demo-shanghai, demo-hotan, demo-auditor, demo-viewer, demo-multi\n`,
    );
  }
}
