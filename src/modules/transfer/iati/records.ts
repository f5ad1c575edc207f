/** What both IATI files read: a programme's published projects, and their standing ledger entries. */
import type { Executor } from '../../../db/database.js';

/** The programme's published projects after id `after`, by id (the caller selects and limits). */
export function publishedProjectsAfter(db: Executor, programme: string, after: number) {
  return db
    .selectFrom('projects')
    .where('programmeCode', '=', programme)
    .where('publishedAt', 'is not', null)
    .where('id', '>', after)
    .orderBy('id');
}

/**
 * The actual ledger entries of the projects `ids` that stand: not planned, not a reversal, not
 * reversed (the caller selects from `t`).
 */
export function standingEntries(db: Executor, ids: readonly number[]) {
  return db
    .selectFrom('fundTransactions as t')
    .where('t.projectId', 'in', [...ids])
    .where('t.planned', '=', 0)
    .where('t.reversesId', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('fundTransactions as r').select('r.id').whereRef('r.reversesId', '=', 't.id'),
        ),
      ),
    );
}
