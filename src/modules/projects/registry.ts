/**
 * The project registry: what the actor may see, filtered, sorted and paged, with the total.
 */

import { type SqlBool, sql } from 'kysely';
import { engineOf } from '../../db/database.js';
import type { AreaLevel } from '../../domain/areas.js';
import { InvalidInputError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import type { ServiceContext } from '../core/context.js';
import { loadReference, type Reference } from '../reference/reference.js';
import { presentSummary } from './presenters.js';
import {
  locatedUnder,
  matchesText,
  projectsPlacedIn,
  visibleCondition,
  visibleProjects,
} from './repository.js';
import type { ProjectListQuery } from './schema.js';

type Ctx = ServiceContext;

function sortOf(q: ProjectListQuery) {
  const m = /^(-?)(\w+)(?::(asc|desc))?$/.exec(q.sort);
  const field = (m?.[2] ?? 'code') as 'code' | 'name' | 'budgetFen' | 'updatedAt' | 'year';
  const direction = q.order ?? m?.[3] ?? (m?.[1] === '-' ? 'desc' : 'asc');
  const column = {
    code: 'p.code',
    name: 'p.nameZh',
    budgetFen: 'p.budgetFen',
    updatedAt: 'p.updatedAt',
    year: 'p.year',
  } as const;
  return { column: column[field], direction: direction as 'asc' | 'desc' };
}

/**
 * How many projects of the area's subtree the actor may see: all of them, or the published ones
 * plus the unpublished ones it may see (counted on the area's unpublished places).
 */
async function countPlaced(
  ctx: Ctx,
  ref: Reference,
  area: string,
  programme: string | undefined,
  placed: { published: number; unpublished: number },
): Promise<{ n: number }> {
  const visible = visibleCondition(ctx.actor, ref, { area });
  if (visible === null) return { n: placed.published + placed.unpublished };
  if (placed.unpublished === 0) return { n: placed.published };
  const row = await ctx.db
    .selectFrom('projectPlaces as pp')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('pp.areaCode', '=', area)
    .where('pp.published', '=', 0)
    .$if(programme !== undefined, (qb) => qb.where('pp.programmeCode', '=', programme as string))
    .where((eb) => visible(sql<number>`+${eb.ref('pp.projectId')}`, sql<SqlBool>`1 = 0`))
    .executeTakeFirstOrThrow();
  return { n: placed.published + Number(row.n) };
}

/** The registry's filters, without its paging and sorting. */
export type ProjectFilters = Omit<ProjectListQuery, 'limit' | 'offset' | 'sort' | 'order'>;

/**
 * The projects `p` the actor may see that the registry's filters select, the area's apart
 * (the list reads it by its size; `withArea` adds it as a set): the registry's and the export's
 * one condition. An unknown area or donor is refused naming its field.
 */
export function filteredProjects(
  ctx: Ctx,
  ref: Reference,
  q: ProjectFilters,
  { withArea = false } = {},
) {
  if (q.area !== undefined && !ref.areas.has(q.area)) {
    throw InvalidInputError.field('area', problem('area.unknown', { code: q.area }));
  }
  if (q.donor !== undefined && !ref.orgs.has(q.donor)) {
    throw InvalidInputError.field('donor', problem('organisation.unknown', { code: q.donor }));
  }
  let query = ctx.db.selectFrom('projects as p');
  const visible = visibleProjects(ctx.actor, ref, {
    donor: q.donor,
    area: q.area,
    narrowed: Boolean(q.q),
  });
  if (visible) query = query.where(visible);
  if (q.programme) query = query.where('p.programmeCode', '=', q.programme);
  if (q.donor) {
    const donor = q.donor;
    query = query.where('p.leadDonorCode', 'in', ref.orgs.subtree(donor));
  }
  if (q.year !== undefined) query = query.where('p.year', '=', q.year);
  if (q.stage) query = query.where('p.stage', '=', q.stage);
  if (q.type) query = query.where('p.typeCode', '=', q.type);
  if (q.published) {
    query = query.where('p.publishedAt', q.published === 'true' ? 'is not' : 'is', null);
  }
  if (q.q) {
    const term = q.q;
    query = query.where((eb) => matchesText(eb, term));
  }
  const area = q.area;
  if (withArea && area !== undefined) query = query.where((eb) => locatedUnder(eb, ref, area));
  return query;
}

/**
 * The project registry: what the actor may see (anonymous callers: published projects), filtered,
 * sorted and paged, with the total. Filters on programme, lead donor, year and stage use the
 * registry indexes; the total counts `projects` alone, without joins.
 */
export async function listProjects(ctx: Ctx, q: ProjectListQuery) {
  const ref = await loadReference(ctx.db);
  const query = filteredProjects(ctx, ref, q);
  let counted = () =>
    query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  let pageQuery = query;
  if (q.area) {
    const area = q.area;
    const placed = await projectsPlacedIn(ctx.db, area, q.programme);
    const inArea = placed.published + placed.unpublished;
    // A large area's page reads the sort's index and probes each row's places, stopping after
    // the page; a small one reads its few places first. The total counts the set, or reads the
    // area's counts when nothing but the area (and publication) filters.
    const probe = !q.q && inArea > 20 * (q.offset + q.limit);
    const counting = query.where((eb) => locatedUnder(eb, ref, area));
    pageQuery = query.where((eb) => locatedUnder(eb, ref, area, probe));
    counted = () =>
      counting.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    const onlyArea =
      !q.donor && q.year === undefined && !q.stage && !q.type && !q.published && !q.q;
    if (onlyArea) counted = () => countPlaced(ctx, ref, area, q.programme, placed);
  }
  const { column, direction } = sortOf(q);
  const page = pageQuery
    .innerJoin('organisations as d', 'd.code', 'p.leadDonorCode')
    .select([
      'p.id',
      'p.code',
      'p.nameZh',
      'p.nameEn',
      'p.nameUg',
      'p.programmeCode',
      'p.leadDonorCode',
      'd.name as donorName',
      'd.nameEn as donorNameEn',
      'p.typeCode',
      'p.stage',
      'p.budgetFen',
      'p.year',
      'p.publishedAt',
      'p.updatedAt',
      'p.version',
    ])
    .orderBy(column, direction)
    .orderBy('p.code', direction)
    .limit(q.limit)
    .offset(q.offset);
  if (q.q && engineOf(ctx.db) === 'sqlite') {
    // SQLite scans for a text search, on one core: scan once, counting the matches beside the
    // page, instead of once for the page and again for the total. (Past the last page, count
    // apart.) PostgreSQL counts in a parallel scan and stops the page early in the sort's
    // index; a window count there would make it read every match and sort them.
    const rows = await page
      .select((eb) => eb.fn.countAll<number | string>().over().as('total'))
      .execute();
    const total = rows[0] ? Number(rows[0].total) : Number((await counted()).n);
    const located = await locationsOf(ctx, ref, rows);
    return { items: rows.map((r) => presentSummary(r, located.get(r.id) ?? [])), total };
  }
  const [count, rows] = await Promise.all([counted(), page.execute()]);
  const located = await locationsOf(ctx, ref, rows);
  return {
    items: rows.map((r) => presentSummary(r, located.get(r.id) ?? [])),
    total: Number(count.n),
  };
}

/** The page's recipient areas by project id, largest share first, named from the tree in memory. */
async function locationsOf(
  ctx: Ctx,
  ref: Awaited<ReturnType<typeof loadReference>>,
  rows: readonly { id: number }[],
) {
  const out = new Map<
    number,
    { code: string; name: string; nameEn: string; nameUg: string | null; level: AreaLevel }[]
  >();
  if (rows.length === 0) return out;
  const locations = await ctx.db
    .selectFrom('projectLocations')
    .select(['projectId', 'areaCode'])
    .where(
      'projectId',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('projectId')
    .orderBy('shareBp', 'desc')
    .orderBy('areaCode')
    .execute();
  for (const l of locations) {
    const area = ref.areas.get(l.areaCode);
    const list = out.get(l.projectId) ?? [];
    list.push({
      code: l.areaCode,
      name: area?.name ?? l.areaCode,
      nameEn: area?.nameEn ?? l.areaCode,
      nameUg: area?.nameUg ?? null,
      level: area?.level ?? 'county',
    });
    out.set(l.projectId, list);
  }
  return out;
}
