/**
 * The log of reads of unmasked personal data (decision 0025): every answer that shows a person's
 * phone, ID-card number or birth year unmasked writes one row per person, with who, where and
 * when; auditors and the programme office list it.
 */
import { actorLabel } from '../../domain/access.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { write } from '../write.js';

/** Logs that the actor read these persons' personal data unmasked (`purpose`: where). */
export async function logUnmaskedReads(
  ctx: ServiceContext,
  personIds: readonly number[],
  purpose: string,
): Promise<void> {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) return;
  const at = new Date().toISOString();
  await write(ctx, async (uow) => {
    await uow.trx
      .insertInto('personAccessLog')
      .values(
        ids.map((personId) => ({
          personId,
          actor: actorLabel(ctx.actor),
          userId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
          purpose,
          requestId: ctx.requestId ?? null,
          at,
        })),
      )
      .execute();
  });
}

/** The access log, newest first, for auditors and the programme office. */
export async function listAccessLog(
  ctx: ServiceContext,
  q: { person?: number | undefined; beforeId?: number | undefined; limit: number },
) {
  authorize(ctx.actor, 'people.accessLog');
  let query = ctx.db
    .selectFrom('personAccessLog as l')
    .innerJoin('persons as p', 'p.id', 'l.personId')
    .select(['l.id', 'l.personId', 'p.nameZh', 'l.actor', 'l.purpose', 'l.requestId', 'l.at'])
    .orderBy('l.id', 'desc')
    .limit(q.limit);
  if (q.person !== undefined) query = query.where('l.personId', '=', q.person);
  if (q.beforeId !== undefined) query = query.where('l.id', '<', q.beforeId);
  const rows = await query.execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      person: { id: r.personId, nameZh: r.nameZh },
      actor: r.actor,
      purpose: r.purpose,
      requestId: r.requestId,
      at: r.at,
    })),
  };
}
