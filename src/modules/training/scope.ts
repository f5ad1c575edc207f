/**
 * Where a training session or an exchange activity sits, for the policies, and the SQL twin of
 * the `training.read` policy for lists, counts and measures: the published records, plus those of
 * the actor's donors' subtrees or areas' subtrees (as the projects' registry reads its grants).
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import type { Actor } from '../../domain/access.js';
import { subtreeConditions, type VisibleColumns, visibleTo } from '../access/donor-records.js';
import type { Reference } from '../reference/reference.js';
import type { TrainingScope } from './policy.js';

/** The codes, or one that matches nothing (an empty `in ()` is not SQL). */
export const codes = (list: readonly string[]) => (list.length > 0 ? [...list] : ['']);

/** The scope of a record with these organisers and areas. */
export function scopeOf(
  ref: Reference,
  organisers: readonly string[],
  areas: readonly string[],
  publishedAt: string | null,
): TrainingScope {
  return {
    donorPaths: organisers.map((o) => ref.orgs.pathOf(o)),
    areaPaths: areas.map((a) => ref.areas.pathOf(a)),
    published: publishedAt !== null,
  };
}

/** Where sessions aliased `s` keep their publication, organiser and area. */
const SESSION_COLUMNS: VisibleColumns = {
  published: sql`s.published_at`,
  donor: sql`s.organiser_code`,
  area: sql`s.area_code`,
};

/** Where exchange activities aliased `x` keep them (organisers and areas in child tables). */
const EXCHANGE_COLUMNS: VisibleColumns = {
  published: sql`x.published_at`,
  donor: (orgs) => sql<SqlBool>`x.id in (select eo.activity_id from exchange_organisers eo
    where eo.org_code in (${sql.join(codes(orgs))}))`,
  area: (areas) => sql<SqlBool>`x.id in (select ea.activity_id from exchange_areas ea
    where ea.area_code in (${sql.join(codes(areas))}))`,
};

/**
 * The visibility condition for sessions aliased `s` (raw SQL so a measure's own query can use
 * it); null when the actor sees every session. The one issue-9 rule: `visibleTo`.
 */
export function visibleSessions(actor: Actor, ref: Reference): Expression<SqlBool> | null {
  return visibleTo(actor, ref, SESSION_COLUMNS, { anonymous: 'published' });
}

/** The visibility condition for exchange activities aliased `x`. */
export function visibleExchanges(actor: Actor, ref: Reference): Expression<SqlBool> | null {
  return visibleTo(actor, ref, EXCHANGE_COLUMNS, { anonymous: 'published' });
}

/** The filters every list and measure of training and exchange shares. */
export interface PeriodFilters {
  programme?: string | undefined;
  donor?: string | undefined;
  area?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** Conditions on sessions `s` for the filters (donor and area: their subtrees). */
export function sessionFilterConditions(ref: Reference, f: PeriodFilters): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  if (f.programme) out.push(sql<SqlBool>`s.programme_code = ${f.programme}`);
  out.push(...subtreeConditions(ref, f, SESSION_COLUMNS));
  if (f.from) out.push(sql<SqlBool>`s.start_date >= ${f.from}`);
  if (f.to) out.push(sql<SqlBool>`s.start_date <= ${f.to}`);
  return out;
}

/** Conditions on exchange activities `x` for the filters. */
export function exchangeFilterConditions(ref: Reference, f: PeriodFilters): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  if (f.programme) out.push(sql<SqlBool>`x.programme_code = ${f.programme}`);
  out.push(...subtreeConditions(ref, f, EXCHANGE_COLUMNS));
  if (f.from) out.push(sql<SqlBool>`x.start_date >= ${f.from}`);
  if (f.to) out.push(sql<SqlBool>`x.start_date <= ${f.to}`);
  return out;
}
