/**
 * The SQL side of who sees a donor's record (domain/donor-records.ts): a condition on a list's
 * donor, area and publication columns, and the list filters every such list shares (donor
 * subtree, area subtree, a period that the record's dates overlap).
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import type { Actor } from '../../domain/access.js';
import { donorRecordVisibility } from '../../domain/donor-records.js';
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

/**
 * The rows the actor may see, as a condition; null when it sees them all. Anonymous callers
 * see none (issue-9 records are for signed-in users).
 */
export function visibleDonorRecords(
  actor: Actor,
  ref: Reference,
  c: DonorRecordColumns,
): Expression<SqlBool> | null {
  const v = donorRecordVisibility(actor);
  if (v.all) return null;
  if (!v.signedIn) return sql<SqlBool>`1 = 0`;
  const orgs = [...new Set(v.donors.flatMap((o) => ref.orgs.subtree(o)))];
  const areas = [...new Set(v.areas.flatMap((a) => ref.areas.subtree(a)))];
  const parts = [sql<SqlBool>`${c.published} is not null`];
  if (orgs.length > 0) parts.push(inList(c.donor, orgs));
  if (areas.length > 0) parts.push(inList(c.area, areas));
  return sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
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
  const out: Expression<SqlBool>[] = [];
  if (q.donor !== undefined) {
    if (!ref.orgs.has(q.donor)) {
      throw InvalidInputError.field('donor', problem('organisation.unknown', { code: q.donor }));
    }
    out.push(inList(c.donor, ref.orgs.subtree(q.donor)));
  }
  if (q.area !== undefined) {
    if (!ref.areas.has(q.area)) {
      throw InvalidInputError.field('area', problem('area.unknown', { code: q.area }));
    }
    out.push(inList(c.area, ref.areas.subtree(q.area)));
  }
  if (q.from !== undefined && q.to !== undefined && q.to < q.from) {
    throw InvalidInputError.field('to', problem('dates.endBeforeStart', { validFrom: q.from }));
  }
  if (q.to !== undefined) out.push(sql<SqlBool>`${c.start} <= ${q.to}`);
  if (q.from !== undefined) out.push(sql<SqlBool>`(${c.end} is null or ${c.end} >= ${q.from})`);
  return out;
}
