/**
 * The list of persons (decision 0025): every person the actor may see, postings or not (a
 * person just registered has none, so no roster shows them), by donor subtree and part of the
 * name. Personal data is masked as everywhere; an unmasked read is logged.
 */
import { sql } from 'kysely';
import { InvalidInputError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { loadReference, type Reference } from '../reference/reference.js';
import { logUnmaskedReads } from './access-log.js';
import { presentNamed, presentPersonal, seesPersonalData } from './presenters.js';
import { visiblePersons } from './repository.js';
import type { PersonListQuery } from './schema.js';

/**
 * The persons the actor may see that the list's filters select (donor subtree, part of the
 * name): the list's query before its order and paging, shared with the people export (decision
 * 0082). An unknown donor is the request's error, naming `donor`.
 */
export function filteredPersons(
  ctx: ServiceContext,
  ref: Reference,
  q: Pick<PersonListQuery, 'donor' | 'q'>,
) {
  if (q.donor !== undefined && !ref.orgs.has(q.donor)) {
    throw InvalidInputError.field('donor', problem('organisation.unknown', { code: q.donor }));
  }
  let query = ctx.db.selectFrom('persons as p');
  const visible = visiblePersons(ctx.actor, ref);
  if (visible) query = query.where(visible);
  if (q.donor) query = query.where('p.donorCode', 'in', ref.orgs.subtree(q.donor));
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        sql<boolean>`${eb.ref('p.nameZh')} like ${like} escape '\\'`,
        sql<boolean>`${eb.ref('p.nameUg')} like ${like} escape '\\'`,
      ]),
    );
  }
  return query;
}

/** Persons the actor may see, by name, paged. */
export async function listPersons(ctx: ServiceContext, q: PersonListQuery) {
  authorize(ctx.actor, 'people.read');
  const ref = await loadReference(ctx.db);
  const query = filteredPersons(ctx, ref, q);
  const [count, rows] = await Promise.all([
    query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    query
      .selectAll('p')
      .select((eb) =>
        eb
          .selectFrom('postings as po')
          .select((e) => e.fn.countAll<number | string>().as('c'))
          .whereRef('po.personId', '=', 'p.id')
          .as('postingCount'),
      )
      .orderBy('p.nameZh')
      .orderBy('p.id')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
  ]);
  const unmaskedIds: number[] = [];
  const items = rows.map((r) => {
    const unmasked = seesPersonalData(ctx.actor, ref, r.donorCode);
    if (unmasked) unmaskedIds.push(r.id);
    return {
      id: r.id,
      nameZh: r.nameZh,
      nameUg: r.nameUg,
      sex: r.sex,
      donor: presentNamed(ref, r.donorCode),
      personal: presentPersonal(r, unmasked),
      published: r.publishedAt !== null,
      postings: Number(r.postingCount ?? 0),
    };
  });
  await logUnmaskedReads(ctx, unmaskedIds, 'person-list');
  return { items, total: Number(count.n) };
}
