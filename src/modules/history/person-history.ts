/**
 * A person's change history: their own entries and their postings', newest first, personal
 * data masked unless the reader is their donor or the programme office (each unmasked read
 * logged). A person the reader may not see does not exist for it (404); one it may see but
 * whose history it may not read is refused (403).
 */
import { NotFoundError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { authorize, can } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { findPerson, postingsOf, scopeOf } from '../people/repository.js';
import { loadReference } from '../reference/reference.js';
import { recordHistory } from './record-history.js';

export async function personHistory(ctx: ServiceContext, id: number) {
  const [row, ref] = await Promise.all([findPerson(ctx.db, id), loadReference(ctx.db)]);
  const notFound = () => new NotFoundError(problem('people.personNotFound', { id }));
  if (!row) throw notFound();
  const postings = await postingsOf(ctx.db, [id]);
  const scope = scopeOf(row, postings, ref);
  if (!can(ctx.actor, 'people.read', scope)) throw notFound();
  authorize(ctx.actor, 'people.readHistory', scope);
  return recordHistory(ctx, [
    { entityType: 'person', ids: [id] },
    { entityType: 'posting', ids: postings.map((p) => p.id) },
  ]);
}
