import type { Database } from '../db/database.js';

export type { Access, App } from '../modules/core/routing.js';

/** What the HTTP application is built from. */
export interface AppDeps {
  database: Database;
  /**
   * Whether the session cookie is always `Secure`; otherwise it is whenever the request came
   * over TLS (directly or through a trusted proxy).
   */
  cookieSecure: boolean;
  sessionHours: number;
  /** Directory of the built web app; not served when absent. */
  webRoot?: string | null;
  logLevel?: string;
  /**
   * The level of the one line logged per request (method, URL, status, time): `info` in
   * production, `debug` in the demo, so a demo console shows what matters.
   */
  requestLogLevel?: 'info' | 'debug';
  /** Log as readable lines (the demo, on a terminal) instead of JSON lines. */
  prettyLogs?: boolean;
  /** Where log lines go (tests); standard output otherwise. */
  logStream?: NodeJS.WritableStream;
  /** Trust `X-Forwarded-*` from these proxies (Fastify's `trustProxy`); see config.ts. */
  trustProxy?: boolean | string | number;
  /**
   * Host names (no port) requests may be addressed to besides the loopback names (host-check.ts);
   * `null` allows any. Loopback names only when absent.
   */
  allowedHosts?: readonly string[] | null;
  /**
   * Cost units an address may spend on public routes per minute without signing in
   * (rate-limit.ts); 0 switches the limit off. 600 when absent.
   */
  anonymousPerMinute?: number;
}
