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
  /** Set when the server sits behind TLS so the session cookie carries `Secure`. */
  COOKIE_SECURE: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
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
