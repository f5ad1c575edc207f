import { randomBytes } from 'node:crypto';
import type { Actor } from '../../domain/access.js';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { write } from '../write.js';
import { API_TOKEN_PREFIX, digestToken } from './authenticate.js';
import { presentApiToken } from './presenters.js';
import type { PresentedApiToken } from './schema.js';

const NAME_MAX = 100;
/** How many characters after `shk_` are kept to recognise a token in lists. */
const DISPLAY_PREFIX_LENGTH = 8;

function actingUserId(actor: Actor): number {
  authorize(actor, 'tokens.manage');
  if (actor.kind !== 'user') throw new ForbiddenError(problem('token.userOnly'));
  return actor.userId;
}

export interface CreateApiTokenInput {
  name: string;
  /** ISO-8601 time; none means the token lasts until revoked. */
  expiresAt?: string | null | undefined;
}

/**
 * Creates an API token for the acting user. The secret is returned this once; only its SHA-256
 * digest and a short display prefix are stored.
 */
export async function createApiToken(
  ctx: ServiceContext,
  input: CreateApiTokenInput,
): Promise<{ token: PresentedApiToken; secret: string }> {
  const userId = actingUserId(ctx.actor);
  const name = input.name.trim();
  if (name.length === 0 || [...name].length > NAME_MAX) {
    throw InvalidInputError.field('name', problem('token.name', { max: NAME_MAX }));
  }
  const now = new Date();
  let expiresAt: string | null = null;
  if (input.expiresAt) {
    const at = new Date(input.expiresAt);
    if (Number.isNaN(at.getTime()) || at <= now) {
      throw InvalidInputError.field('expiresAt', problem('token.expiryPast'));
    }
    expiresAt = at.toISOString();
  }
  const secret = API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const prefix = secret.slice(
    API_TOKEN_PREFIX.length,
    API_TOKEN_PREFIX.length + DISPLAY_PREFIX_LENGTH,
  );
  return write(ctx, async (uow) => {
    const trx = uow.trx;
    const row = await trx
      .insertInto('apiTokens')
      .values({
        userId,
        name,
        tokenHash: digestToken(secret),
        prefix,
        createdAt: now.toISOString(),
        expiresAt,
        lastUsedAt: null,
        revokedAt: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const owner = await trx
      .selectFrom('users')
      .select('username')
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    const token = presentApiToken(row, owner.username);
    uow.record({
      action: 'create',
      entityType: 'api-token',
      entityId: String(row.id),
      after: { id: row.id, userId, username: owner.username, name, prefix, expiresAt },
    });
    return { token, secret };
  });
}

/** API tokens of the acting user, or of `userId` for an account administrator; newest first. */
export async function listApiTokens(
  ctx: ServiceContext,
  query: { userId?: number | undefined } = {},
): Promise<PresentedApiToken[]> {
  const userId = query.userId ?? actingUserId(ctx.actor);
  authorize(ctx.actor, 'tokens.manage', { userId });
  const rows = await ctx.db
    .selectFrom('apiTokens')
    .innerJoin('users', 'users.id', 'apiTokens.userId')
    .selectAll('apiTokens')
    .select('users.username')
    .where('apiTokens.userId', '=', userId)
    .orderBy('apiTokens.id', 'desc')
    .execute();
  return rows.map((r) => presentApiToken(r, r.username));
}

/** Revokes a token at once; revoking a revoked token changes nothing. */
export async function revokeApiToken(ctx: ServiceContext, id: number): Promise<void> {
  const row = await ctx.db
    .selectFrom('apiTokens')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  authorize(ctx.actor, 'tokens.manage', { userId: row?.userId ?? -1 });
  if (!row) throw new NotFoundError(problem('token.notFound', { id }));
  if (row.revokedAt !== null) return;
  const revokedAt = new Date().toISOString();
  await write(ctx, async (uow) => {
    const trx = uow.trx;
    await trx.updateTable('apiTokens').set({ revokedAt }).where('id', '=', id).execute();
    uow.record({
      action: 'revoke',
      entityType: 'api-token',
      entityId: String(id),
      before: { revokedAt: null },
      after: { revokedAt },
    });
  });
}
