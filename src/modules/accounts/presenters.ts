import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { ApiTokensTable, UsersTable } from '../../db/schema.js';
import type { RoleGrant } from '../../domain/access.js';
import type { PresentedApiToken, PresentedRole, PresentedUser, SessionUser } from './schema.js';

/** How accounts leave the server: never a password hash, never a token digest. */

export type UserRow = Selectable<UsersTable>;

/** The roles of each user, with the names of their organisations and areas. */
export async function rolesOfUsers(
  db: Executor,
  userIds: number[],
): Promise<Map<number, PresentedRole[]>> {
  const byUser = new Map<number, PresentedRole[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return byUser;
  const rows = await db
    .selectFrom('userRoles')
    .leftJoin('organisations', 'organisations.code', 'userRoles.orgCode')
    .leftJoin('areas', 'areas.code', 'userRoles.areaCode')
    .select(['userRoles.userId', 'userRoles.role', 'userRoles.orgCode', 'userRoles.areaCode'])
    .select(['organisations.name as orgName', 'areas.name as areaName'])
    .where('userRoles.userId', 'in', userIds)
    .orderBy('userRoles.id')
    .execute();
  for (const r of rows) {
    byUser.get(r.userId)?.push({
      role: r.role,
      org: r.orgCode === null ? null : { code: r.orgCode, name: r.orgName ?? r.orgCode },
      area: r.areaCode === null ? null : { code: r.areaCode, name: r.areaName ?? r.areaCode },
    });
  }
  return byUser;
}

export function presentSessionUser(user: UserRow, roles: PresentedRole[]): SessionUser {
  return { id: user.id, username: user.username, displayName: user.displayName, roles };
}

export function presentUser(user: UserRow, roles: PresentedRole[]): PresentedUser {
  return {
    ...presentSessionUser(user, roles),
    origin: user.origin,
    disabled: user.disabledAt !== null,
    disabledAt: user.disabledAt,
    passwordChangedAt: user.passwordChangedAt,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
    version: user.version,
  };
}

/** Users with their roles, in the order given. */
export async function presentUsers(db: Executor, users: UserRow[]): Promise<PresentedUser[]> {
  const roles = await rolesOfUsers(
    db,
    users.map((u) => u.id),
  );
  return users.map((u) => presentUser(u, roles.get(u.id) ?? []));
}

/** What the change history keeps of a user: no hash, grants as codes. */
export function userForHistory(user: UserRow, grants: RoleGrant[]) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    origin: user.origin,
    disabledAt: user.disabledAt,
    version: user.version,
    grants: grants.map((g) => ({ role: g.role, orgCode: g.orgCode, areaCode: g.areaCode })),
  };
}

export function presentApiToken(
  token: Selectable<ApiTokensTable>,
  username: string,
): PresentedApiToken {
  return {
    id: token.id,
    userId: token.userId,
    username,
    name: token.name,
    prefix: token.prefix,
    createdAt: token.createdAt,
    expiresAt: token.expiresAt,
    lastUsedAt: token.lastUsedAt,
    revokedAt: token.revokedAt,
  };
}
