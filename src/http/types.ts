import type { Database } from '../db/database.js';

export type { Access, App } from '../modules/core/routing.js';

/** What the HTTP application is built from. */
export interface AppDeps {
  database: Database;
  /** Whether the session cookie needs `Secure` (behind TLS). */
  cookieSecure: boolean;
  sessionHours: number;
  /** Directory of the built web app; not served when absent. */
  webRoot?: string | null;
  logLevel?: string;
  /** Trust `X-Forwarded-*` from these proxies (Fastify's `trustProxy`); see config.ts. */
  trustProxy?: boolean | string | number;
}
