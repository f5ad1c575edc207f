import { z } from 'zod';

/** Where the database lives: `sqlite:PATH` (embedded) or `postgres://…` / `postgresql://…`. */
export const databaseUrlSchema = z
  .string()
  .trim()
  .refine((url) => /^(sqlite:.+|postgres(ql)?:\/\/.+)$/.test(url), {
    message: 'DATABASE_URL must be sqlite:PATH or postgres://USER@HOST/DB',
  });

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  DATABASE_URL: databaseUrlSchema.default('sqlite:./var/shanhai.db'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Session lifetime in hours (sliding: each use extends it up to this long). */
  SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /**
   * `Secure` on the session cookie always. Without it the cookie is `Secure` whenever the request
   * came over TLS (directly, or as a trusted proxy's `X-Forwarded-Proto: https` says), and
   * always when `PUBLIC_URL` is https.
   */
  COOKIE_SECURE: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /** The address users open, e.g. `https://shanhai.example.gov.cn`; its host is allowed. */
  PUBLIC_URL: z
    .string()
    .trim()
    .optional()
    .refine((v) => v === undefined || v === '' || /^https?:\/\/[^/\s]+/.test(v), {
      message: 'PUBLIC_URL must be an http:// or https:// address',
    }),
  /**
   * The host names (no port) requests may be addressed to, comma-separated, besides the loopback
   * names, `HOST` and `PUBLIC_URL`'s host; `*` allows any (a proxy in front checks them). A
   * request for another host is refused 421, so a DNS-rebinding page cannot reach the server.
   */
  ALLOWED_HOSTS: z
    .string()
    .trim()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
    )
    .refine((hosts) => hosts.every((h) => h === '*' || /^[a-z0-9.:[\]-]+$/.test(h)), {
      message: 'ALLOWED_HOSTS must be host names or addresses separated by commas, or *',
    }),
  /**
   * Requests an address may make to public routes without signing in, per minute, counted in
   * the database across instances (expensive routes count more; 0 switches the limit off).
   */
  ANONYMOUS_REQUESTS_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(600),
  /**
   * Which proxies' `X-Forwarded-For` / `-Proto` / `-Host` to believe (Fastify's `trustProxy`):
   * `false` (none, the default: the client's address is the socket's), `true` (any), a number
   * of hops, or a comma-separated list of addresses and CIDR ranges. Login throttling and the
   * logs use the address this yields.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .default('false')
    .transform((v): boolean | number | string => {
      if (v === 'true' || v === 'false') return v === 'true';
      if (/^\d+$/.test(v)) return Number(v);
      return v;
    })
    .refine((v) => typeof v !== 'string' || /^[0-9A-Fa-f.:/, ]+$/.test(v), {
      message:
        'TRUST_PROXY must be true, false, a number of hops, or addresses / CIDRs separated by commas',
    }),
  /**
   * The Ed25519 private key (PEM file) that signs history checkpoints (decision 0041). Unset:
   * checkpoints are unsigned. Keep it off the database's machine where possible.
   */
  HISTORY_SIGNING_KEY_FILE: z.string().trim().min(1).optional(),
  /** The public key (PEM file) that checks checkpoints' signatures, for auditors. */
  HISTORY_PUBLIC_KEY_FILE: z.string().trim().min(1).optional(),
  /**
   * SQLite's `synchronous`: NORMAL (the default; in WAL mode a crash of the process never loses
   * a commit, a power loss may lose the last ones) or FULL (a commit survives power loss too, at
   * the cost measured in docs/performance.md). Ignored on PostgreSQL.
   */
  SQLITE_SYNCHRONOUS: z.enum(['NORMAL', 'FULL']).default('NORMAL'),
});

export type Config = z.output<typeof envSchema>;

/** Reads and validates the server settings once, at start-up; throws a readable error. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid server settings in the environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Hosts that only the local machine can reach; demo accounts are allowed only there. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/** True for HOST values that listen on every interface rather than one name or address. */
export function isWildcardHost(host: string): boolean {
  return ['0.0.0.0', '::', '[::]', '*'].includes(host.trim());
}

/**
 * The host names requests may name (issue 12 defect 9): ALLOWED_HOSTS, PUBLIC_URL's host and
 * HOST when it is one name; `null` when any is allowed (`*`). The loopback names are always
 * allowed (src/http/host-check.ts). @throws when HOST listens everywhere and nothing says which
 * names clients use: refusing to start is clearer than refusing every request.
 */
export function allowedHostsOf(config: Config): string[] | null {
  if (config.ALLOWED_HOSTS.includes('*')) return null;
  const hosts = [...config.ALLOWED_HOSTS];
  if (config.PUBLIC_URL) hosts.push(new URL(config.PUBLIC_URL).hostname.toLowerCase());
  if (!isWildcardHost(config.HOST)) hosts.push(config.HOST.toLowerCase());
  else if (hosts.length === 0) {
    throw new Error(
      `HOST=${config.HOST} listens on every interface: set PUBLIC_URL (the address users open) or ALLOWED_HOSTS (the host names clients use, or * when a proxy in front checks them)`,
    );
  }
  return [...new Set(hosts.map((h) => h.replace(/^\[|\]$/g, '')))];
}

/** Whether the session cookie is always `Secure`: COOKIE_SECURE, or an https PUBLIC_URL. */
export function alwaysSecureCookies(config: Config): boolean {
  return config.COOKIE_SECURE || (config.PUBLIC_URL ?? '').startsWith('https://');
}
