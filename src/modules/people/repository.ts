/**
 * Queries on persons and postings, and the visibility filter of every list of people: the SQL
 * twin of `people.read`. Subtrees come from the in-memory reference trees as lists of codes
 * (as for projects), so the planners read `postings_area` / `postings_donor` for exactly those.
 */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../domain/access.js';
import { type VisibleColumns, visibleTo } from '../access/donor-records.js';
import type { Reference } from '../reference/reference.js';
import type { PersonScope } from './policy.js';

export function findPerson(db: Executor, id: number) {
  return db.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirst();
}
export type PersonRecord = NonNullable<Awaited<ReturnType<typeof findPerson>>>;

/** The postings of the persons, earliest first, with their batch. */
export function postingsOf(db: Executor, personIds: readonly number[]) {
  return db
    .selectFrom('postings as po')
    .leftJoin('personnelBatches as b', 'b.id', 'po.batchId')
    .selectAll('po')
    .select(['b.number as batchNumber', 'b.name as batchName'])
    .where('po.personId', 'in', personIds.length > 0 ? [...personIds] : [0])
    .orderBy('po.termStart')
    .orderBy('po.id')
    .execute();
}
export type PostingRecord = Awaited<ReturnType<typeof postingsOf>>[number];

/** The person's scope for the policies. */
export function scopeOf(
  person: Pick<PersonRecord, 'donorCode' | 'publishedAt'>,
  postings: readonly Pick<PostingRecord, 'areaCode'>[],
  ref: Reference,
): PersonScope {
  return {
    orgPath: ref.orgs.pathOf(person.donorCode),
    areaPaths: postings.map((p) => ref.areas.pathOf(p.areaCode)),
    published: person.publishedAt !== null,
  };
}

type PersonsEb = ExpressionBuilder<DB & { p: DB['persons'] }, 'p'>;

/**
 * The `people.read` twin as a condition on persons `p`: null when the actor sees everyone;
 * otherwise published persons, plus those of a donor under one of its donor grants or with a
 * posting under one of its area grants. Anonymous callers: published persons. The one issue-9
 * rule, `visibleTo` (access/donor-records.ts), with a person's areas read from their postings.
 */
export function visiblePersons(actor: Actor, ref: Reference) {
  const condition = visibleTo(actor, ref, PERSON_COLUMNS, { anonymous: 'published' });
  return condition === null ? null : (_eb: PersonsEb): Expression<SqlBool> => condition;
}

/** Where persons aliased `p` keep their publication and donor; their areas are their postings'. */
const PERSON_COLUMNS: VisibleColumns = {
  published: sql.ref('p.published_at'),
  donor: sql.ref('p.donor_code'),
  area: (areas) => sql<SqlBool>`p.id in (select pa.person_id from postings pa
    where pa.area_code in (${sql.join([...areas])}))`,
};
