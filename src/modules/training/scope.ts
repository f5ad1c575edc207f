/**
 * Where a training session or an exchange activity sits, for the policies, and the SQL twin of
 * the `training.read` policy for lists, counts and measures: the published records, plus those of
 * the actor's donors' subtrees or areas' subtrees (as the projects' registry reads its grants).
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import { type Actor, visibility } from '../../domain/access.js';
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

/** The organisations and areas whose unpublished records the actor sees; null: every record. */
export function visibleSubtrees(actor: Actor, ref: Reference) {
  const v = visibility(actor);
  if (v === null) return null;
  return {
    orgs: [...new Set(v.donors.flatMap((o) => ref.orgs.subtree(o)))],
    areas: [...new Set(v.areas.flatMap((a) => ref.areas.subtree(a)))],
  };
}

/**
 * The visibility condition for sessions aliased `s` (raw SQL so a measure's own query can use
 * it); null when the actor sees every session.
 */
export function visibleSessions(actor: Actor, ref: Reference): Expression<SqlBool> | null {
  const v = visibleSubtrees(actor, ref);
  if (v === null) return null;
  return sql<SqlBool>`(s.published_at is not null
    or s.organiser_code in (${sql.join(codes(v.orgs))})
    or s.area_code in (${sql.join(codes(v.areas))}))`;
}

/** The visibility condition for exchange activities aliased `x`; null when all are visible. */
export function visibleExchanges(actor: Actor, ref: Reference): Expression<SqlBool> | null {
  const v = visibleSubtrees(actor, ref);
  if (v === null) return null;
  return sql<SqlBool>`(x.published_at is not null
    or x.id in (select eo.activity_id from exchange_organisers eo
      where eo.org_code in (${sql.join(codes(v.orgs))}))
    or x.id in (select ea.activity_id from exchange_areas ea
      where ea.area_code in (${sql.join(codes(v.areas))})))`;
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
  if (f.donor)
    out.push(sql<SqlBool>`s.organiser_code in (${sql.join(codes(ref.orgs.subtree(f.donor)))})`);
  if (f.area)
    out.push(sql<SqlBool>`s.area_code in (${sql.join(codes(ref.areas.subtree(f.area)))})`);
  if (f.from) out.push(sql<SqlBool>`s.start_date >= ${f.from}`);
  if (f.to) out.push(sql<SqlBool>`s.start_date <= ${f.to}`);
  return out;
}

/** Conditions on exchange activities `x` for the filters. */
export function exchangeFilterConditions(ref: Reference, f: PeriodFilters): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  if (f.programme) out.push(sql<SqlBool>`x.programme_code = ${f.programme}`);
  if (f.donor) {
    out.push(sql<SqlBool>`x.id in (select eo.activity_id from exchange_organisers eo
      where eo.org_code in (${sql.join(codes(ref.orgs.subtree(f.donor)))}))`);
  }
  if (f.area) {
    out.push(sql<SqlBool>`x.id in (select ea.activity_id from exchange_areas ea
      where ea.area_code in (${sql.join(codes(ref.areas.subtree(f.area)))}))`);
  }
  if (f.from) out.push(sql<SqlBool>`x.start_date >= ${f.from}`);
  if (f.to) out.push(sql<SqlBool>`x.start_date <= ${f.to}`);
  return out;
}
