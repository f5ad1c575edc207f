import type { Executor } from '../../db/database.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { hashPassword } from '../../domain/passwords.js';
import { problem } from '../../domain/problems.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { isUniqueViolation } from '../core/unique.js';
import { write } from '../write.js';
import { grantsOfUser } from './authenticate.js';
import { presentUsers, userForHistory } from './presenters.js';
import type { GrantInput, PresentedUser } from './schema.js';
import { endSessionsOfUser } from './sessions.js';
import {
  assertPasswordAcceptable,
  checkGrants,
  findUser,
  isSelf,
  normaliseDisplayName,
  normaliseUsername,
  presentOne,
  replaceGrants,
} from './user-rules.js';

export interface CreateUserInput {
  username: string;
  displayName?: string | undefined;
  password: string;
  grants: GrantInput[];
  origin: 'cli' | 'api' | 'demo';
}

/** Creates a user with its grants; for account administrators, the CLI and the demo loader. */
export async function createUser(
  ctx: ServiceContext,
  input: CreateUserInput,
): Promise<PresentedUser> {
  authorize(ctx.actor, 'users.manage');
  const username = normaliseUsername(input.username);
  const displayName = normaliseDisplayName(input.displayName, username);
  assertPasswordAcceptable(input.password);
  const grants = await checkGrants(ctx.db, input.grants);
  const passwordHash = await hashPassword(input.password);
  const now = new Date().toISOString();
  try {
    return await write(ctx, async (uow) => {
      const trx = uow.trx;
      if (await findUser(trx, username)) throw duplicate(username);
      const user = await trx
        .insertInto('users')
        .values({
          username,
          displayName,
          passwordHash,
          origin: input.origin,
          disabledAt: null,
          passwordChangedAt: now,
          createdAt: now,
          updatedAt: now,
          version: 1,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await replaceGrants(trx, user.id, grants);
      uow.record({
        action: 'create',
        entityType: 'user',
        entityId: username,
        after: userForHistory(user, grants),
      });
      return presentOne(trx, user);
    });
  } catch (err) {
    throw isUniqueViolation(err) ? duplicate(username) : err;
  }
}

function duplicate(username: string): ConflictError {
  return ConflictError.field('username', problem('user.taken', { username }));
}

/** Every user with their roles, by username; for coordinators and auditors. */
export async function listUsers(ctx: ServiceContext): Promise<PresentedUser[]> {
  authorize(ctx.actor, 'users.read');
  const users = await ctx.db.selectFrom('users').selectAll().orderBy('username').execute();
  return presentUsers(ctx.db, users);
}

/** One user; coordinators and auditors may read anyone, every user themself. */
export async function getUser(ctx: ServiceContext, username: string): Promise<PresentedUser> {
  const user = await findUser(ctx.db, username);
  // Ask before answering "not found", so that nobody learns which usernames exist.
  authorize(ctx.actor, 'users.read', { userId: user?.id ?? -1 });
  if (!user) throw new NotFoundError(problem('user.notFound', { username }));
  return presentOne(ctx.db, user);
}

export interface UpdateUserInput {
  displayName?: string | undefined;
  disabled?: boolean | undefined;
  /** Replaces all of the user's grants. */
  grants?: GrantInput[] | undefined;
  /** The version the caller edited; a different current version is a conflict. */
  version: number;
}

/**
 * Changes a user's display name, disabled state or grants, if nobody changed the user since
 * `version`. Disabling ends the user's sessions.
 */
export async function updateUser(
  ctx: ServiceContext,
  username: string,
  input: UpdateUserInput,
): Promise<PresentedUser> {
  authorize(ctx.actor, 'users.manage');
  const current = await findUser(ctx.db, username);
  if (!current) throw new NotFoundError(problem('user.notFound', { username }));
  if (input.disabled === true && isSelf(ctx.actor, current.id)) {
    throw InvalidInputError.field('disabled', problem('user.disableSelf'));
  }
  const grants = input.grants === undefined ? undefined : await checkGrants(ctx.db, input.grants);
  const displayName =
    input.displayName === undefined
      ? undefined
      : normaliseDisplayName(input.displayName, current.username);
  const now = new Date().toISOString();
  return write(ctx, async (uow) => {
    const trx = uow.trx;
    const before = userForHistory(current, await grantsOfUser(trx, current.id));
    const disabledAt =
      input.disabled === undefined
        ? undefined
        : input.disabled
          ? (current.disabledAt ?? now)
          : null;
    const updated = await trx
      .updateTable('users')
      .set((eb) => ({
        ...(displayName === undefined ? {} : { displayName }),
        ...(disabledAt === undefined ? {} : { disabledAt }),
        updatedAt: now,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', current.id)
      .where('version', '=', input.version)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw await staleVersion(trx, current.id, input.version);
    if (grants) await replaceGrants(trx, current.id, grants);
    if (updated.disabledAt !== null) await endSessionsOfUser(trx, current.id);
    uow.record({
      action: 'update',
      entityType: 'user',
      entityId: current.username,
      before,
      after: userForHistory(updated, grants ?? before.grants),
    });
    return presentOne(trx, updated);
  });
}

async function staleVersion(db: Executor, userId: number, given: number) {
  const now = await db
    .selectFrom('users')
    .select('version')
    .where('id', '=', userId)
    .executeTakeFirst();
  return ConflictError.field(
    'version',
    problem('user.stale', { given, current: now?.version ?? '?' }),
  );
}
