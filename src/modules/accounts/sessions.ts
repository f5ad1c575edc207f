import { randomBytes } from 'node:crypto';
import type { Executor } from '../../db/database.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../../domain/errors.js';
import { hashPassword, verifyPassword } from '../../domain/passwords.js';
import { problem } from '../../domain/problems.js';
import { digestToken } from './authenticate.js';
import { presentSessionUser, rolesOfUsers } from './presenters.js';
import type { SessionUser } from './schema.js';
import {
  claimAttempt,
  LOGIN_THROTTLE,
  markSucceeded,
  pruneLoginAttempts,
  throttleKey,
} from './throttle.js';

const USER_AGENT_MAX = 512;

/** A hash to check passwords against when the username is unknown, so both take as long. */
let dummyHash: Promise<string> | undefined;
function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}

export interface LoginInput {
  username: string;
  password: string;
  ip: string;
  userAgent?: string | null | undefined;
}

export interface LoginResult {
  /** The cookie's value; only its digest is stored. */
  token: string;
  expiresAt: string;
  user: SessionUser;
}

/**
 * Signs a user in and opens a session of `sessionHours`. Refuses before looking at the password
 * when the username or address has too many recent failures (429), answers a wrong username and
 * a wrong password alike (401), and refuses a disabled account (403, told only to someone who
 * knows its password).
 */
export async function login(
  db: Executor,
  input: LoginInput,
  sessionHours: number,
  now: Date = new Date(),
): Promise<LoginResult> {
  const key = { username: throttleKey(input.username), ip: input.ip };
  const attemptId = await claimAttempt(db, key, now);
  if (Math.random() < LOGIN_THROTTLE.pruneChance) await pruneLoginAttempts(db, now);

  const user = await db
    .selectFrom('users')
    .selectAll()
    .where('username', '=', key.username)
    .executeTakeFirst();
  const matches = await verifyPassword(
    input.password,
    user?.passwordHash ?? (await dummyPasswordHash()),
  );
  if (!user || !matches) throw new UnauthenticatedError(problem('auth.wrongCredentials'));
  if (user.disabledAt !== null) throw new ForbiddenError(problem('auth.disabled'));
  await markSucceeded(db, attemptId);

  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + sessionHours * 3600_000).toISOString();
  await db
    .insertInto('sessions')
    .values({
      id: digestToken(token),
      userId: user.id,
      createdAt: now.toISOString(),
      expiresAt,
      lastSeenAt: now.toISOString(),
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, USER_AGENT_MAX) ?? null,
    })
    .execute();
  const roles = await rolesOfUsers(db, [user.id]);
  return { token, expiresAt, user: presentSessionUser(user, roles.get(user.id) ?? []) };
}

/** Ends the session of a cookie's token; an unknown token is no error. */
export async function logout(db: Executor, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', digestToken(token)).execute();
}

/** Ends every session of a user (password changed, account disabled). */
export async function endSessionsOfUser(db: Executor, userId: number): Promise<number> {
  const result = await db.deleteFrom('sessions').where('userId', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The signed-in user as GET /api/session shows it. */
export async function describeSessionUser(db: Executor, userId: number): Promise<SessionUser> {
  const user = await db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
  if (!user) throw new NotFoundError(problem('auth.userGone'));
  const roles = await rolesOfUsers(db, [userId]);
  return presentSessionUser(user, roles.get(userId) ?? []);
}
