import type { Executor } from '../../db/database.js';
import { TooManyRequestsError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';

/**
 * Login throttling, kept in the database so that every server instance sees the same counts
 * (decision 0040, issue 12 defect 6). Three limits, each answered 429 with Retry-After:
 *
 * - **The username from one address** (the pair): after `pairFreeFailures` failures within
 *   `pairHorizonMs`, each further attempt waits `pairBaseDelayMs` doubled per failure beyond
 *   them, counted from the latest failure, at most `pairMaxDelayMs`. This is the limit a guesser
 *   meets, and it locks only the guesser's address out: the account's owner, elsewhere, is not.
 * - **One address across usernames**: `maxFailuresPerIp` failures within `windowMs` (spraying one
 *   password over many accounts).
 * - **One username across addresses** (guessing spread over many addresses):
 *   `maxFailuresPerUsername` failures within `windowMs` lock the username, except from an
 *   address that signed in as this user within `knownAddressMs`, so a third party with many
 *   addresses still cannot keep the owner out from where they usually work.
 *
 * A success does not erase earlier failures (else an attacker holding one account could reset
 * the count of another's address), and refused attempts are not counted (else an attacker
 * could keep a lock going past its time).
 */
export const LOGIN_THROTTLE = {
  windowMs: 15 * 60_000,
  pairFreeFailures: 5,
  pairHorizonMs: 24 * 3600_000,
  pairBaseDelayMs: 60_000,
  pairMaxDelayMs: 60 * 60_000,
  maxFailuresPerIp: 30,
  maxFailuresPerUsername: 50,
  knownAddressMs: 30 * 24 * 3600_000,
  /** Failures older than this are deleted now and then (successes after `knownAddressMs`). */
  keepMs: 24 * 3600_000,
  /** The share of logins that also prune old attempts. */
  pruneChance: 0.02,
} as const;

/** Usernames are compared in lower case; longer input cannot be a username anyway. */
export function throttleKey(username: string): string {
  return username.trim().toLowerCase().slice(0, 128);
}

export interface ThrottleKey {
  username: string;
  ip: string | null;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The `at` of the most recent failures matching `where`, newest first, at most `limit`; only
 * those recorded before the attempt `before` when given.
 */
async function recentFailures(
  db: Executor,
  where: { username?: string; ip?: string; before?: number | undefined },
  sinceMs: number,
  limit: number,
): Promise<number[]> {
  let query = db
    .selectFrom('loginAttempts')
    .select('at')
    .where('succeeded', '=', 0)
    .where('at', '>', iso(sinceMs));
  if (where.before !== undefined) query = query.where('id', '<', where.before);
  if (where.username !== undefined) query = query.where('username', '=', where.username);
  if (where.ip !== undefined) query = query.where('ip', '=', where.ip);
  const rows = await query.orderBy('at', 'desc').limit(limit).execute();
  return rows.map((r) => Date.parse(String(r.at)));
}

/** Milliseconds the pair must still wait: the backoff after its latest failure. */
export function pairDelayMs(failures: number): number {
  const beyond = failures - LOGIN_THROTTLE.pairFreeFailures;
  if (beyond < 0) return 0;
  return Math.min(LOGIN_THROTTLE.pairMaxDelayMs, LOGIN_THROTTLE.pairBaseDelayMs * 2 ** beyond);
}

/** Milliseconds until the `max`-th most recent failure leaves the window; 0 when fewer. */
function windowWait(at: number[], max: number, nowMs: number): number {
  const oldest = at.length >= max ? at[max - 1] : undefined;
  return oldest === undefined ? 0 : oldest + LOGIN_THROTTLE.windowMs - nowMs;
}

/** True when this address signed in as this user within `knownAddressMs`. */
async function isKnownAddress(db: Executor, key: ThrottleKey, nowMs: number): Promise<boolean> {
  if (!key.ip) return false;
  const row = await db
    .selectFrom('loginAttempts')
    .select('id')
    .where('username', '=', key.username)
    .where('ip', '=', key.ip)
    .where('succeeded', '=', 1)
    .where('at', '>', iso(nowMs - LOGIN_THROTTLE.knownAddressMs))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Milliseconds this attempt must wait under the three limits; 0 when it may go ahead. With
 * `before` (the attempt's own id, already recorded), only the failures recorded before it count.
 */
export async function throttleWaitMs(
  db: Executor,
  key: ThrottleKey,
  now: Date,
  before?: number,
): Promise<number> {
  const nowMs = now.getTime();
  const T = LOGIN_THROTTLE;
  const pair = await recentFailures(
    db,
    { username: key.username, ip: key.ip ?? '', before },
    nowMs - T.pairHorizonMs,
    T.pairFreeFailures + 16,
  );
  const latest = pair[0];
  // No delay owed: nothing to wait for, even if another instance's failure is stamped a moment
  // after this attempt's clock (concurrent attempts, clocks a little apart).
  const delay = pairDelayMs(pair.length);
  const byPair = latest === undefined || delay === 0 ? 0 : latest + delay - nowMs;
  const byIp = key.ip
    ? windowWait(
        await recentFailures(db, { ip: key.ip, before }, nowMs - T.windowMs, T.maxFailuresPerIp),
        T.maxFailuresPerIp,
        nowMs,
      )
    : 0;
  let byName = windowWait(
    await recentFailures(
      db,
      { username: key.username, before },
      nowMs - T.windowMs,
      T.maxFailuresPerUsername,
    ),
    T.maxFailuresPerUsername,
    nowMs,
  );
  if (byName > 0 && (await isKnownAddress(db, key, nowMs))) byName = 0;
  return Math.max(0, byPair, byIp, byName);
}

/**
 * Throws TooManyRequestsError when the username from this address, the address, or the
 * username from an unknown address has too many recent failures. Runs before any password is
 * checked.
 */
export async function assertNotThrottled(
  db: Executor,
  key: ThrottleKey,
  now: Date = new Date(),
): Promise<void> {
  refuseAfter(await throttleWaitMs(db, key, now));
}

function refuseAfter(waitMs: number): void {
  if (waitMs > 0) {
    const wait = Math.max(1, Math.ceil(waitMs / 1000));
    throw new TooManyRequestsError(
      problem('auth.tooManyAttempts', { minutes: Math.ceil(wait / 60) }),
      wait,
    );
  }
}

/**
 * Records a sign-in attempt as failed, then checks the limits counting only the failures
 * recorded before it, and returns its id (`markSucceeded` once the password matched). Recording
 * first makes concurrent guesses — on one instance or several — see each other: of a burst
 * against one pair, only the free tries go ahead (decision 0045). A refused attempt is removed
 * again (refused attempts are not counted) and throws TooManyRequestsError.
 */
export async function claimAttempt(
  db: Executor,
  key: ThrottleKey,
  now: Date = new Date(),
): Promise<number> {
  const id = await recordFailedAttempt(db, key, now);
  const waitMs = await throttleWaitMs(db, key, now, id);
  if (waitMs > 0) await db.deleteFrom('loginAttempts').where('id', '=', id).execute();
  refuseAfter(waitMs);
  return id;
}

/**
 * Records an attempt as failed before the password is checked, so concurrent guesses count at
 * once; `markSucceeded` turns it into a success afterwards.
 */
export async function recordFailedAttempt(
  db: Executor,
  key: ThrottleKey,
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

/**
 * Deletes attempts too old to matter — failures after `keepMs`, successes (which make an address
 * known) after `knownAddressMs` — and returns how many went.
 */
export async function pruneLoginAttempts(db: Executor, now: Date = new Date()): Promise<number> {
  const failures = await db
    .deleteFrom('loginAttempts')
    .where('succeeded', '=', 0)
    .where('at', '<', iso(now.getTime() - LOGIN_THROTTLE.keepMs))
    .executeTakeFirst();
  const successes = await db
    .deleteFrom('loginAttempts')
    .where('succeeded', '=', 1)
    .where('at', '<', iso(now.getTime() - LOGIN_THROTTLE.knownAddressMs))
    .executeTakeFirst();
  return Number(failures.numDeletedRows) + Number(successes.numDeletedRows);
}
