import { InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { hashPassword, verifyPassword } from '../../domain/passwords.js';
import { problem } from '../../domain/problems.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { write } from '../write.js';
import { endSessionsOfUser } from './sessions.js';
import { claimAttempt, markSucceeded, throttleKey } from './throttle.js';
import { assertPasswordAcceptable, findUser, isSelf } from './user-rules.js';

export interface SetPasswordInput {
  password: string;
  /** Required when users change their own password. */
  currentPassword?: string | undefined;
  /** The caller's address, for the throttle on wrong current passwords. */
  ip?: string | null | undefined;
}

/**
 * Sets a user's password, ends all of their sessions and revokes all of their API tokens (issue
 * 12 defect 4, decision 0031): a password is set when it may be known to someone else, and a
 * token made with it must not outlive it. Account administrators may set
 * anyone's; users may set their own by giving the current one (throttled like a sign-in).
 */
export async function setPassword(
  ctx: ServiceContext,
  username: string,
  input: SetPasswordInput,
): Promise<void> {
  const user = await findUser(ctx.db, username);
  authorize(ctx.actor, 'users.set-password', { userId: user?.id ?? -1 });
  if (!user) throw new NotFoundError(problem('user.notFound', { username }));
  assertPasswordAcceptable(input.password);
  if (isSelf(ctx.actor, user.id)) {
    if (!input.currentPassword) {
      throw InvalidInputError.field('currentPassword', problem('password.currentRequired'));
    }
    // Recorded as a failure before the check, like a sign-in (claimAttempt): a burst of
    // concurrent guesses at the current password gets the free tries and no more.
    const key = { username: throttleKey(user.username), ip: input.ip ?? null };
    const attemptId = await claimAttempt(ctx.db, key);
    if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
      throw InvalidInputError.field('currentPassword', problem('password.currentWrong'));
    }
    await markSucceeded(ctx.db, attemptId);
  }
  const passwordHash = await hashPassword(input.password);
  const now = new Date().toISOString();
  await write(ctx, async (uow) => {
    const trx = uow.trx;
    await trx
      .updateTable('users')
      .set((eb) => ({
        passwordHash,
        passwordChangedAt: now,
        updatedAt: now,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', user.id)
      .execute();
    await endSessionsOfUser(trx, user.id);
    const revoked = await trx
      .updateTable('apiTokens')
      .set({ revokedAt: now })
      .where('userId', '=', user.id)
      .where('revokedAt', 'is', null)
      .executeTakeFirst();
    uow.record({
      action: 'set-password',
      entityType: 'user',
      entityId: user.username,
      after: { passwordChangedAt: now, tokensRevoked: Number(revoked.numUpdatedRows) },
    });
  });
}
