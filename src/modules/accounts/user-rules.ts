import type { Transaction } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import type { Actor, RoleGrant } from '../../domain/access.js';
import { InvalidInputError } from '../../domain/errors.js';
import { passwordProblem } from '../../domain/passwords.js';
import { type ProblemRef, problem } from '../../domain/problems.js';
import { presentUsers, type UserRow } from './presenters.js';
import type { GrantInput, PresentedUser } from './schema.js';

/** The rules and lookups the user use cases share. */

const USERNAME = /^[a-z0-9._-]{3,64}$/;
const DISPLAY_NAME_MAX = 100;

/** The username in its stored form (lower case), or InvalidInputError naming `username`. */
export function normaliseUsername(raw: string): string {
  const username = raw.trim().toLowerCase();
  if (!USERNAME.test(username)) {
    throw InvalidInputError.field('username', problem('user.username'));
  }
  return username;
}

export function normaliseDisplayName(raw: string | undefined, fallback: string): string {
  const name = (raw ?? '').trim() || fallback;
  if ([...name].length > DISPLAY_NAME_MAX) {
    throw InvalidInputError.field(
      'displayName',
      problem('user.displayNameTooLong', { max: DISPLAY_NAME_MAX }),
    );
  }
  return name;
}

export function assertPasswordAcceptable(password: string, field = 'password'): void {
  const refused = passwordProblem(password);
  if (refused) throw InvalidInputError.field(field, refused);
}

async function existingCodes(
  db: Executor,
  table: 'organisations' | 'areas',
  codes: string[],
): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.selectFrom(table).select('code').where('code', 'in', codes).execute();
  return new Set(rows.map((r) => r.code));
}

/**
 * Checks grants against the rules and the known organisations and areas: a donor editor edits
 * for an organisation, a recipient editor for an area. Reports every fault at once.
 */
export async function checkGrants(db: Executor, grants: GrantInput[]): Promise<RoleGrant[]> {
  const clean = grants.map((g) => ({
    role: g.role,
    orgCode: g.orgCode?.trim() || null,
    areaCode: g.areaCode?.trim() || null,
  }));
  const orgCodes = [...new Set(clean.flatMap((g) => (g.orgCode ? [g.orgCode] : [])))];
  const areaCodes = [...new Set(clean.flatMap((g) => (g.areaCode ? [g.areaCode] : [])))];
  const knownOrgs = await existingCodes(db, 'organisations', orgCodes);
  const knownAreas = await existingCodes(db, 'areas', areaCodes);
  const errors: { field: string; problem: ProblemRef }[] = [];
  clean.forEach((g, i) => {
    const at = `grants.${i}`;
    if (g.orgCode && !knownOrgs.has(g.orgCode)) {
      errors.push({
        field: `${at}.orgCode`,
        problem: problem('user.grantOrgUnknown', { code: g.orgCode }),
      });
    }
    if (g.areaCode && !knownAreas.has(g.areaCode)) {
      errors.push({
        field: `${at}.areaCode`,
        problem: problem('user.grantAreaUnknown', { code: g.areaCode }),
      });
    }
    if (g.role === 'donor-editor' && !g.orgCode) {
      errors.push({ field: `${at}.orgCode`, problem: problem('user.donorEditorNeedsOrg') });
    }
    if (g.role === 'recipient-editor' && !g.areaCode) {
      errors.push({ field: `${at}.areaCode`, problem: problem('user.recipientEditorNeedsArea') });
    }
  });
  const first = errors[0];
  if (first) throw new InvalidInputError(first.problem, errors);
  const unique = new Map(clean.map((g) => [`${g.role}|${g.orgCode}|${g.areaCode}`, g]));
  return [...unique.values()];
}

export async function replaceGrants(trx: Transaction<DB>, userId: number, grants: RoleGrant[]) {
  await trx.deleteFrom('userRoles').where('userId', '=', userId).execute();
  if (grants.length === 0) return;
  await trx
    .insertInto('userRoles')
    .values(grants.map((g) => ({ userId, ...g })))
    .execute();
}

/** A user by username, in any case. */
export async function findUser(db: Executor, username: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('username', '=', username.trim().toLowerCase())
    .executeTakeFirst();
}

export async function presentOne(db: Executor, user: UserRow): Promise<PresentedUser> {
  const [presented] = await presentUsers(db, [user]);
  return presented as PresentedUser;
}

/** Whether the actor is this user. */
export function isSelf(actor: Actor, userId: number): boolean {
  return actor.kind === 'user' && actor.userId === userId;
}
