/** The persons (aid personnel) a team or a mentoring names: only those the actor may see. */
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../domain/access.js';
import { readsDonorRecord } from '../../domain/donor-records.js';
import type { Reference } from '../reference/reference.js';

export interface PersonBrief {
  id: number;
  name: string;
  donorCode: string;
}

/** The person, when it exists and the actor may see it (system actors see all); else null. */
export async function visiblePerson(
  db: Executor,
  actor: Actor,
  ref: Reference,
  id: number,
): Promise<PersonBrief | null> {
  const row = await db
    .selectFrom('persons')
    .select(['id', 'nameZh', 'donorCode', 'publishedAt'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  if (actor.kind === 'anonymous') return null;
  if (
    actor.kind === 'user' &&
    !readsDonorRecord(actor, {
      orgPath: ref.orgs.pathOf(row.donorCode),
      areaPath: [],
      published: row.publishedAt !== null,
    })
  ) {
    return null;
  }
  return { id: row.id, name: row.nameZh, donorCode: row.donorCode };
}
