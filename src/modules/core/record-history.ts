/** One record's change history, newest first, for the record's own history route. */
import type { Executor } from '../../db/database.js';

export async function recordHistory(db: Executor, entityType: string, entityId: string | number) {
  const rows = await db
    .selectFrom('history')
    .select(['id', 'at', 'actor', 'action', 'before', 'after'])
    .where('entityType', '=', entityType)
    .where('entityId', '=', String(entityId))
    .orderBy('id', 'desc')
    .limit(500)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      action: r.action,
      before: r.before === null ? null : (JSON.parse(r.before) as unknown),
      after: r.after === null ? null : (JSON.parse(r.after) as unknown),
    })),
  };
}
