/**
 * The SQL side of who sees a donor's record (domain/donor-records.ts): a condition on a list's
 * donor, area and publication columns, and the list filters every such list shares (donor
 * subtree, area subtree, a period that the record's dates overlap).
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import { type Actor, visibility } from '../../domain/access.js';
import { InvalidInputError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import type { Reference } from '../reference/reference.js';

export interface DonorRecordColumns {
  donor: Expression<string>;
  area: Expression<string | null>;
  published: Expression<string | null>;
}

/** `in (…)`, or false for an empty list. */
function inList(column: Expression<unknown>, codes: readonly string[]) {
  if (codes.length === 0) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`${column} in (${sql.join(codes.map((c) => sql`${c}`))})`;
}

/** Where a record keeps a donor or an area: a column, or a condition on a list of codes. */
type CodesWhere = Expression<unknown> | ((codes: readonly string[]) => Expression<SqlBool>);

const within = (where: CodesWhere, codes: readonly string[]): Expression<SqlBool> =>
  typeof where === 'function' ? where(codes) : inList(where, codes);

/**
 * Where a record keeps what the visibility rule reads: its publication, and its donor and area
 * as a column (`in (codes)` is applied to it) or as a condition on a list of codes (a record with
 * several organisers or areas in a child table). No area: the rule reads the donor alone.
 */
export interface VisibleColumns {
  published: Expression<unknown>;
  donor: CodesWhere;
  area?: CodesWhere | undefined;
}

/**
 * THE issue-9 visibility rule as SQL (its predicate: `readsDonorRecord` in
 * domain/donor-records.ts), for every list, count and measure of a donor's records: null when
 * the actor sees every record (system, programme office, auditors, an unscoped grant);
 * otherwise the published records plus those whose donor lies in a donor editor's subtree or
 * whose area lies in a recipient editor's subtree (grants read by `visibility` in
 * domain/access.ts; subtrees from the in-memory trees, as lists of codes). Anonymous callers see
 * none by default, or the published ones with `anonymous: 'published'`.
 */
export function visibleTo(
  actor: Actor,
  ref: Reference,
  c: VisibleColumns,
  options: { anonymous?: 'none' | 'published' } = {},
): Expression<SqlBool> | null {
  if (actor.kind === 'anonymous' && (options.anonymous ?? 'none') === 'none') {
    return sql<SqlBool>`1 = 0`;
  }
  const v = visibility(actor);
  if (v === null) return null;
  const orgs = [...new Set(v.donors.flatMap((o) => ref.orgs.subtree(o)))];
  const areas = [...new Set(v.areas.flatMap((a) => ref.areas.subtree(a)))];
  const parts: Expression<SqlBool>[] = [sql<SqlBool>`${c.published} is not null`];
  if (orgs.length > 0) parts.push(within(c.donor, orgs));
  if (areas.length > 0 && c.area) parts.push(within(c.area, areas));
  return sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
}

/**
 * A list's donor and area filters as conditions: the donor's and the area's whole subtrees
 * (the codes are checked by the caller: {@link donorRecordFilters}, or each module's own checks).
 */
export function subtreeConditions(
  ref: Reference,
  q: { donor?: string | undefined; area?: string | undefined },
  c: { donor: CodesWhere; area?: CodesWhere | undefined },
): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  if (q.donor) out.push(within(c.donor, ref.orgs.subtree(q.donor)));
  if (q.area && c.area) out.push(within(c.area, ref.areas.subtree(q.area)));
  return out;
}

/**
 * THE start of every paged list of donor records (companies, cases and their times, sales,
 * training sessions, exchanges, persons): what the actor may see ({@link visibleTo}), then the
 * donor and area filters as subtrees ({@link subtreeConditions}); each list adds its own.
 */
export function listConditions(
  actor: Actor,
  ref: Reference,
  q: { donor?: string | undefined; area?: string | undefined },
  c: VisibleColumns,
  options: { anonymous?: 'none' | 'published' } = {},
): Expression<SqlBool>[] {
  const visible = visibleTo(actor, ref, c, options);
  return [...(visible ? [visible] : []), ...subtreeConditions(ref, q, c)];
}

/** {@link visibleTo} for a record with one donor, one area and a publication; anonymous: none. */
export function visibleDonorRecords(
  actor: Actor,
  ref: Reference,
  c: DonorRecordColumns,
): Expression<SqlBool> | null {
  return visibleTo(actor, ref, c);
}

export interface DonorRecordFilters {
  donor?: string | undefined;
  area?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * The list filters as conditions: the donor's and the area's subtrees (unknown codes are 422s
 * on `donor` / `area`), and records whose dates [start, end] overlap the period [from, to].
 */
export function donorRecordFilters(
  ref: Reference,
  q: DonorRecordFilters,
  c: Pick<DonorRecordColumns, 'donor' | 'area'> & {
    start: Expression<string>;
    end: Expression<string | null>;
  },
): Expression<SqlBool>[] {
  if (q.donor !== undefined && !ref.orgs.has(q.donor)) {
    throw InvalidInputError.field('donor', problem('organisation.unknown', { code: q.donor }));
  }
  if (q.area !== undefined && !ref.areas.has(q.area)) {
    throw InvalidInputError.field('area', problem('area.unknown', { code: q.area }));
  }
  const out = subtreeConditions(ref, q, c);
  if (q.from !== undefined && q.to !== undefined && q.to < q.from) {
    throw InvalidInputError.field('to', problem('dates.endBeforeStart', { validFrom: q.from }));
  }
  if (q.to !== undefined) out.push(sql<SqlBool>`${c.start} <= ${q.to}`);
  if (q.from !== undefined) out.push(sql<SqlBool>`(${c.end} is null or ${c.end} >= ${q.from})`);
  return out;
}
