import type { Executor } from '../../db/database.js';
import { TooManyRequestsError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';

/**
 * Login throttling, kept in the database so that every server instance sees the same counts.
 * Failures are counted over a sliding window per username and per client address; a success
 * does not erase earlier failures (else an attacker holding one account could reset the count
 * of another's address), and refused attempts are not counted (else an attacker could keep the
 * real user locked out past the window).
 */
export const LOGIN_THROTTLE = {
  windowMs: 15 * 60_000,
  maxFailuresPerUsername: 5,
  maxFailuresPerIp: 30,
  /** Attempts older than this are deleted now and then. */
  keepMs: 24 * 3600_000,
  /** The share of logins that also prune old attempts. */
  pruneChance: 0.02,
} as const;

/** Usernames are compared in lower case; longer input cannot be a username anyway. */
export function throttleKey(username: string): string {
  return username.trim().toLowerCase().slice(0, 128);
}

/**
 * Seconds until the `max`-th most recent failure leaves the window, or 0 when fewer than `max`
 * failures are in it.
 */
async function secondsLocked(
  db: Executor,
  column: 'username' | 'ip',
  value: string,
  max: number,
  now: Date,
): Promise<number> {
  const since = new Date(now.getTime() - LOGIN_THROTTLE.windowMs).toISOString();
  const rows = await db
    .selectFrom('loginAttempts')
    .select('at')
    .where(column, '=', value)
    .where('succeeded', '=', 0)
    .where('at', '>', since)
    .orderBy('at', 'desc')
    .limit(max)
    .execute();
  const oldest = rows.length >= max ? rows[max - 1] : undefined;
  if (!oldest) return 0;
  const ms = Date.parse(oldest.at) + LOGIN_THROTTLE.windowMs - now.getTime();
  return Math.max(1, Math.ceil(ms / 1000));
}

/**
 * Throws TooManyRequestsError when the username, or the address (when known), has too many
 * recent failures. Runs before any password is checked.
 */
export async function assertNotThrottled(
  db: Executor,
  key: { username: string; ip: string | null },
  now: Date = new Date(),
): Promise<void> {
  const byName = await secondsLocked(
    db,
    'username',
    key.username,
    LOGIN_THROTTLE.maxFailuresPerUsername,
    now,
  );
  const byIp = key.ip
    ? await secondsLocked(db, 'ip', key.ip, LOGIN_THROTTLE.maxFailuresPerIp, now)
    : 0;
  const wait = Math.max(byName, byIp);
  if (wait > 0) {
    throw new TooManyRequestsError(
      problem('auth.tooManyAttempts', { minutes: Math.ceil(wait / 60) }),
      wait,
    );
  }
}

/**
 * Records an attempt as failed before the password is checked, so concurrent guesses count at
 * once; `markSucceeded` turns it into a success afterwards.
 */
export async function recordFailedAttempt(
  db: Executor,
  key: { username: string; ip: string | null },
  now: Date = new Date(),
): Promise<number> {
  const row = await db
    .insertInto('loginAttempts')
    .values({ username: key.username, ip: key.ip ?? '', at: now.toISOString(), succeeded: 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function markSucceeded(db: Executor, attemptId: number): Promise<void> {
  await db.updateTable('loginAttempts').set({ succeeded: 1 }).where('id', '=', attemptId).execute();
}

/** Deletes attempts too old to matter; returns how many went. */
export async function pruneLoginAttempts(db: Executor, now: Date = new Date()): Promise<number> {
  const before = new Date(now.getTime() - LOGIN_THROTTLE.keepMs).toISOString();
  const result = await db.deleteFrom('loginAttempts').where('at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
