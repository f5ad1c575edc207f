/**
 * Rosters of aid personnel (decision 0025): who is serving in an area subtree or for a donor on
 * a date, terms ending within N days, and counts by donor, kind, batch, area and year, long-term
 * and flexible (柔性) apart. Each reads only people the actor may see (the SQL twin of
 * `people.read`); personal data is masked unless the actor is the person's donor or the
 * programme office, and each unmasked read is logged.
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import { todayUtc } from '../../domain/dates.js';
import { InvalidInputError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { addDays } from '../../domain/warnings.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { loadReference, type Reference } from '../reference/reference.js';
import { logUnmaskedReads } from './access-log.js';
import { presentNamed, presentPersonal, presentPosting, seesPersonalData } from './presenters.js';
import { visiblePersons } from './repository.js';
import type { CountsQuery, RosterQuery, TermsEndingQuery } from './schema.js';

type Ctx = ServiceContext;

function checkFilters(
  ref: Reference,
  q: { area?: string | undefined; donor?: string | undefined },
) {
  if (q.area !== undefined && !ref.areas.has(q.area)) {
    throw InvalidInputError.field('area', problem('area.unknown', { code: q.area }));
  }
  if (q.donor !== undefined && !ref.orgs.has(q.donor)) {
    throw InvalidInputError.field('donor', problem('organisation.unknown', { code: q.donor }));
  }
}

/**
 * The visibility rule as a condition on postings `po` (null when the actor sees everyone): the
 * posting's person is not one of those the actor may not see. Those are exactly the persons
 * failing {@link visiblePersons} — not published, so read from the partial index
 * `persons_unpublished` (migration 0040; few: the ones not yet published) — and every term of
 * that condition is a non-null boolean, so `not (…)` is exact (decision 0070). Written on the
 * postings, the rule no longer makes PostgreSQL read every person to hash-join them (docs/
 * performance.md, issue 9 on PostgreSQL at national scale): the page's persons are read by key
 * and the total from the postings' index.
 */
function notHidden(ctx: Ctx, ref: Reference) {
  const visible = visiblePersons(ctx.actor, ref);
  if (visible === null) return null;
  return (eb: Parameters<typeof visible>[0]): Expression<SqlBool> =>
    sql<SqlBool>`po.person_id not in (select p.id from persons p
      where p.published_at is null and not ${visible(eb)})`;
}

/** Postings joined with their persons, filtered by area and donor subtree and visibility. */
export function baseQuery(
  ctx: Ctx,
  ref: Reference,
  q: { area?: string | undefined; donor?: string | undefined },
) {
  let query = ctx.db.selectFrom('postings as po').innerJoin('persons as p', 'p.id', 'po.personId');
  const visible = notHidden(ctx, ref);
  if (visible) query = query.where(visible as never);
  if (q.area) query = query.where('po.areaCode', 'in', ref.areas.subtree(q.area));
  if (q.donor) query = query.where('po.donorCode', 'in', ref.orgs.subtree(q.donor));
  return query;
}

type Base = ReturnType<typeof baseQuery>;

/** {@link baseQuery} for a caller who sees everyone: postings alone, filtered by area and donor. */
function postingsOnly(
  ctx: Ctx,
  ref: Reference,
  q: { area?: string | undefined; donor?: string | undefined },
) {
  let query = ctx.db.selectFrom('postings as po');
  if (q.area) query = query.where('po.areaCode', 'in', ref.areas.subtree(q.area));
  if (q.donor) query = query.where('po.donorCode', 'in', ref.orgs.subtree(q.donor));
  return query;
}

type PostingsOnly = ReturnType<typeof postingsOnly>;

/** The number of rows of a roster's query (postings alone or joined with their persons). */
async function countOf(query: Base | PostingsOnly): Promise<number> {
  const row = await (query as PostingsOnly)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * One page of the query's postings with their persons, personal data as the actor may see it.
 * `total`: the count to answer, when the caller has a cheaper query for it (the same rows).
 */
export async function page(
  ctx: Ctx,
  ref: Reference,
  query: Base,
  limit: number,
  offset: number,
  order: 'area' | 'end',
  total?: Promise<number>,
) {
  const counted = total ?? countOf(query);
  let rows = query
    .leftJoin('personnelBatches as b', 'b.id', 'po.batchId')
    .selectAll('po')
    .select([
      'b.number as batchNumber',
      'b.name as batchName',
      'p.nameZh',
      'p.nameUg',
      'p.sex',
      'p.phone',
      'p.idCardNumber',
      'p.birthYear',
      'p.publishedAt',
    ]);
  rows =
    order === 'end'
      ? rows.orderBy('po.plannedEnd').orderBy('po.id')
      : rows.orderBy('po.areaCode').orderBy('p.nameZh').orderBy('po.id');
  const [count, list] = await Promise.all([counted, rows.limit(limit).offset(offset).execute()]);
  const unmaskedIds: number[] = [];
  const items = list.map((r) => {
    const unmasked = seesPersonalData(ctx.actor, ref, r.donorCode);
    if (unmasked) unmaskedIds.push(r.personId);
    return {
      person: {
        id: r.personId,
        nameZh: r.nameZh,
        nameUg: r.nameUg,
        sex: r.sex,
        donor: presentNamed(ref, r.donorCode),
        personal: presentPersonal(r, unmasked),
        published: r.publishedAt !== null,
      },
      posting: presentPosting(r, ref),
    };
  });
  await logUnmaskedReads(ctx, unmaskedIds, 'roster');
  return { items, total: count };
}

/** Who is serving on the date (default today) in the area subtree and/or for the donor. */
export async function roster(ctx: Ctx, q: RosterQuery) {
  authorize(ctx.actor, 'people.read');
  const ref = await loadReference(ctx.db);
  checkFilters(ref, q);
  const date = q.date ?? todayUtc();
  // Serving on the date: read from postings_area_serving / postings_donor_serving (migration
  // 0040: area or donor, then ends_on, term_start, person_id; decision 0070).
  const serving = <Q extends Base | PostingsOnly>(from: Q): Q => {
    let query = (from as PostingsOnly)
      .where('po.termStart', '<=', date)
      .where('po.endsOn', '>=', date);
    if (q.kind) query = query.where('po.kindCode', '=', q.kind);
    if (q.mode) query = query.where('po.mode', '=', q.mode);
    return query as Q;
  };
  const query = serving(baseQuery(ctx, ref, q));
  // Every posting has its person (a foreign key, not null) and the visibility is a condition on
  // the postings: the total counts the postings alone, from the index (decision 0070).
  let counted = serving(postingsOnly(ctx, ref, q));
  const visible = notHidden(ctx, ref);
  if (visible) counted = counted.where(visible as never);
  return {
    ...(await page(ctx, ref, query, q.limit, q.offset, 'area', countOf(counted))),
    date,
  };
}

/** Postings still running whose planned end falls within `days` days from today. */
export async function termsEnding(ctx: Ctx, q: TermsEndingQuery) {
  authorize(ctx.actor, 'people.read');
  const ref = await loadReference(ctx.db);
  checkFilters(ref, q);
  const today = q.today ?? todayUtc();
  const query = baseQuery(ctx, ref, q)
    .where('po.actualEnd', 'is', null)
    .where('po.endsOn', '>=', today)
    .where('po.endsOn', '<=', addDays(today, q.days));
  return { ...(await page(ctx, ref, query, q.limit, q.offset, 'end')), date: today };
}

/**
 * Counts by one dimension, long-term and flexible apart: people serving on the date (default
 * today), or with `by=year` postings started in each year.
 *
 * Decision 0070: the counts read postings' own columns, every posting the filters keep, without
 * joining the persons; for a caller who does not see everyone, the postings of the persons it
 * may not see are counted apart and taken off. Those are persons not published (read from the
 * partial index `persons_unpublished`, migration 0040: few, the ones not yet published) of
 * another donor and with no posting in the caller's areas, exactly the negation of
 * {@link visiblePersons}. By year, the database groups by mode and start day (SQLite along
 * `postings_mode_start`, no sort) and the days are summed into years here.
 */
export async function counts(ctx: Ctx, q: CountsQuery) {
  authorize(ctx.actor, 'people.read');
  const ref = await loadReference(ctx.db);
  checkFilters(ref, q);
  const date = q.by === 'year' ? null : (q.date ?? todayUtc());
  const key = {
    donor: sql<string>`po.donor_code`,
    kind: sql<string>`po.kind_code`,
    batch: sql<string>`cast(po.batch_id as text)`,
    area: sql<string>`po.area_code`,
    // By start day, summed into years below: no function per posting, and SQLite reads the
    // groups in the order of postings_mode_start (decision 0070).
    year: sql<string>`po.term_start`,
  }[q.by];
  const grouped = async (query: PostingsOnly) => {
    let counted = query;
    if (date !== null) {
      counted = counted.where('po.termStart', '<=', date).where('po.endsOn', '>=', date);
    }
    const rows = await counted
      .select([key.as('key'), 'po.mode', (eb) => eb.fn.countAll<number | string>().as('n')])
      .groupBy(['po.mode', key])
      .execute();
    // Start days into years.
    const out = new Map<string, { key: string | null; mode: string; n: number }>();
    for (const r of rows) {
      const k = q.by === 'year' && r.key !== null ? r.key.slice(0, 4) : r.key;
      const id = `${r.mode}\u0000${k ?? ''}\u0000${k === null ? 'null' : ''}`;
      const row = out.get(id) ?? { key: k, mode: r.mode, n: 0 };
      row.n += Number(r.n);
      out.set(id, row);
    }
    return out;
  };
  const all = await grouped(postingsOnly(ctx, ref, q));
  const visible = visiblePersons(ctx.actor, ref);
  if (visible !== null) {
    const hiddenPersons = postingsOnly(ctx, ref, q)
      .innerJoin('persons as p', 'p.id', 'po.personId')
      .where('p.publishedAt', 'is', null)
      .where((eb) => eb.not(visible(eb as never)));
    for (const [id, h] of await grouped(hiddenPersons as unknown as PostingsOnly)) {
      const row = all.get(id);
      if (row) row.n -= h.n;
    }
  }
  const rows = [...all.values()].filter((r) => r.n > 0);
  const names = await namesOf(
    ctx,
    ref,
    q.by,
    rows.map((r) => (q.by === 'area' ? rolledUpArea(ref, r.key ?? '', q.area) : r.key)),
  );
  const byKey = new Map<
    string,
    { key: string; name: string; nameEn: string; longTerm: number; flexible: number }
  >();
  for (const r of rows) {
    const k = q.by === 'area' ? rolledUpArea(ref, r.key ?? '', q.area) : (r.key ?? '');
    const row = byKey.get(k) ?? {
      key: k,
      name: names.get(k)?.name ?? k,
      nameEn: names.get(k)?.nameEn ?? k,
      longTerm: 0,
      flexible: 0,
    };
    if (r.mode === 'flexible') row.flexible += r.n;
    else row.longTerm += r.n;
    byKey.set(k, row);
  }
  return {
    by: q.by,
    date,
    rows: [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key)),
  };
}

/**
 * The area a posting's area counts under with `by=area`: the child of the area asked for that
 * holds it (the area itself for a posting there), or without one its prefecture (the area
 * itself when it lies above the prefectures).
 */
function rolledUpArea(ref: Reference, code: string, within: string | undefined): string {
  const path = ref.areas.pathOf(code); // self first
  if (within !== undefined) {
    const at = path.indexOf(within);
    return at > 0 ? (path[at - 1] ?? code) : code;
  }
  return path.find((c) => ref.areas.get(c)?.level === 'prefecture') ?? code;
}

/** Each key's name in Chinese and English (decision 0034: the screen picks by its language). */
async function namesOf(ctx: Ctx, ref: Reference, by: CountsQuery['by'], keys: (string | null)[]) {
  const out = new Map<string, { name: string; nameEn: string }>();
  const known = keys.filter((k): k is string => Boolean(k));
  if (by === 'donor' || by === 'area') {
    for (const k of known) {
      const n = by === 'donor' ? ref.orgs.get(k) : ref.areas.get(k);
      out.set(k, { name: n?.name ?? k, nameEn: n?.nameEn ?? '' });
    }
  }
  if (by === 'kind') {
    const kinds = await ctx.db
      .selectFrom('personnelKinds')
      .select(['code', 'name', 'nameEn'])
      .execute();
    for (const r of kinds) out.set(r.code, { name: r.name, nameEn: r.nameEn });
  }
  if (by === 'batch') {
    const ids = known.map(Number);
    if (ids.length > 0) {
      const batches = await ctx.db
        .selectFrom('personnelBatches')
        .select(['id', 'donorCode', 'number', 'name'])
        .where('id', 'in', ids)
        .execute();
      for (const b of batches) {
        const donor = ref.orgs.get(b.donorCode);
        out.set(String(b.id), {
          name: b.name ?? `${donor?.name ?? b.donorCode} 第${b.number}批`,
          nameEn: `${donor?.nameEn || b.donorCode}, batch ${b.number}`,
        });
      }
    }
  }
  if (by === 'year') for (const k of known) out.set(k, { name: k, nameEn: k });
  return out;
}
