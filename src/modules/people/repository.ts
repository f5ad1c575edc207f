/**
 * Queries on persons and postings, and the visibility filter of every list of people: the SQL
 * twin of `people.read`. Subtrees come from the in-memory reference trees as lists of codes
 * (as for projects), so the planners read `postings_area` / `postings_donor` for exactly those.
 */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import { type Actor, visibility } from '../../domain/access.js';
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

const codes = (list: readonly string[]) => (list.length > 0 ? [...list] : ['']);

type PersonsEb = ExpressionBuilder<DB & { p: DB['persons'] }, 'p'>;

/**
 * The `people.read` twin as a condition on persons `p`: null when the actor sees everyone;
 * otherwise published persons, plus those of a donor under one of its donor grants or with a
 * posting under one of its area grants. Anonymous callers: published persons.
 */
export function visiblePersons(actor: Actor, ref: Reference) {
  const v = visibility(actor);
  if (v === null) return null;
  const orgs = [...new Set(v.donors.flatMap((o) => ref.orgs.subtree(o)))];
  const areas = [...new Set(v.areas.flatMap((a) => ref.areas.subtree(a)))];
  return (eb: PersonsEb): Expression<SqlBool> => {
    const parts: Expression<SqlBool>[] = [sql<SqlBool>`${eb.ref('p.publishedAt')} is not null`];
    if (orgs.length > 0) parts.push(eb('p.donorCode', 'in', codes(orgs)));
    if (areas.length > 0) {
      parts.push(
        eb(
          'p.id',
          'in',
          eb.selectFrom('postings as pa').select('pa.personId').where('pa.areaCode', 'in', areas),
        ),
      );
    }
    return eb.or(parts);
  };
}
