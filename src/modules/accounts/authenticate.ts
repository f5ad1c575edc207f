import { createHash } from 'node:crypto';
import type { Executor } from '../../db/database.js';
import type { Actor, RoleGrant } from '../../domain/access.js';

export const SESSION_COOKIE = 'shanhai_session';
/** API tokens look like `shk_<random>`; only their SHA-256 is stored. */
export const API_TOKEN_PREFIX = 'shk_';

/** SHA-256 hex of a secret: how session and API tokens are stored and looked up. */
export function digestToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The grants of a user, as the policies read them. */
export async function grantsOfUser(db: Executor, userId: number): Promise<RoleGrant[]> {
  const rows = await db
    .selectFrom('userRoles')
    .select(['role', 'orgCode', 'areaCode'])
    .where('userId', '=', userId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ role: r.role, orgCode: r.orgCode, areaCode: r.areaCode }));
}

/**
 * The actor behind a session cookie, or null when the session does not exist, has expired or
 * belongs to a disabled user. A valid session slides: its expiry moves to `sessionHours` from
 * now (written at most once a minute).
 */
export async function actorFromSessionToken(
  db: Executor,
  token: string,
  sessionHours: number,
  now: Date = new Date(),
): Promise<Actor | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .select(['sessions.id', 'sessions.expiresAt', 'sessions.lastSeenAt', 'users.id as userId'])
    .select(['users.username', 'users.disabledAt'])
    .where('sessions.id', '=', digestToken(token))
    .executeTakeFirst();
  if (!row || row.disabledAt !== null || row.expiresAt <= now.toISOString()) return null;
  if (now.getTime() - Date.parse(row.lastSeenAt) > 60_000) {
    await db
      .updateTable('sessions')
      .set({
        lastSeenAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + sessionHours * 3600_000).toISOString(),
      })
      .where('id', '=', row.id)
      .execute();
  }
  return userActor(db, row, 'session');
}

/** The actor behind an API token, or null when unknown, revoked, expired or its user disabled. */
export async function actorFromApiToken(
  db: Executor,
  token: string,
  now: Date = new Date(),
): Promise<Actor | null> {
  const row = await db
    .selectFrom('apiTokens')
    .innerJoin('users', 'users.id', 'apiTokens.userId')
    .select(['apiTokens.id', 'apiTokens.expiresAt', 'apiTokens.revokedAt', 'apiTokens.lastUsedAt'])
    .select(['users.id as userId', 'users.username', 'users.disabledAt'])
    .where('apiTokens.tokenHash', '=', digestToken(token))
    .executeTakeFirst();
  if (!row || row.revokedAt !== null || row.disabledAt !== null) return null;
  if (row.expiresAt !== null && row.expiresAt <= now.toISOString()) return null;
  if (row.lastUsedAt === null || now.getTime() - Date.parse(row.lastUsedAt) > 60_000) {
    await db
      .updateTable('apiTokens')
      .set({ lastUsedAt: now.toISOString() })
      .where('id', '=', row.id)
      .execute();
  }
  return userActor(db, row, 'token');
}

/**
 * The grants as the policies apply them. A donor editor's grant on a frontline headquarters
 * (前方指挥部, e.g. `110000-HQ`) acts for the headquarters' donor (`110000`): the HQ's staff
 * enter and keep the donor's projects, plans and funds (decision 0014). Other grants are as
 * stored.
 */
export async function actingGrants(db: Executor, userId: number): Promise<RoleGrant[]> {
  const rows = await db
    .selectFrom('userRoles as ur')
    .leftJoin('organisations as o', 'o.code', 'ur.orgCode')
    .select(['ur.role', 'ur.orgCode', 'ur.areaCode', 'o.kind', 'o.parentCode'])
    .where('ur.userId', '=', userId)
    .orderBy('ur.id')
    .execute();
  return rows.map((r) => ({
    role: r.role,
    orgCode:
      r.role === 'donor-editor' && r.kind === 'frontline-hq' && r.parentCode !== null
        ? r.parentCode
        : r.orgCode,
    areaCode: r.areaCode,
  }));
}

async function userActor(
  db: Executor,
  user: { userId: number; username: string },
  via: 'session' | 'token',
): Promise<Actor> {
  const grants = await actingGrants(db, user.userId);
  return { kind: 'user', userId: user.userId, username: user.username, grants, via };
}

/** The actor of a user just signed in. */
export function actorOfUser(
  db: Executor,
  user: { id: number; username: string },
  via: 'session' | 'token',
): Promise<Actor> {
  return userActor(db, { userId: user.id, username: user.username }, via);
}
