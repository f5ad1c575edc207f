/**
 * The SQL twin of `readDonorArea` (policy.ts) for a table with one donor, one area and a
 * publication time (companies, their cases through the company, sales): the shared list start
 * of access/donor-records.ts on its columns.
 */
import type { Expression, SqlBool } from 'kysely';
import { sql } from 'kysely';
import type { Actor } from '../../domain/access.js';
import { listConditions, subtreeConditions, visibleTo } from '../access/donor-records.js';
import type { Reference } from '../reference/reference.js';

/** Where the table aliased `alias` keeps its publication, donor and area. */
function columns(alias: string) {
  return {
    published: sql.ref(`${alias}.published_at`),
    donor: sql.ref(`${alias}.donor_code`),
    area: sql.ref(`${alias}.area_code`),
  };
}

/**
 * What the actor may see of the table aliased `alias` (columns donor_code, area_code,
 * published_at), then the `donor` and `area` filters as subtrees: `listConditions`, the one
 * issue-9 rule. Anonymous callers see the published rows.
 */
export function rowConditions(
  actor: Actor,
  ref: Reference,
  q: { donor?: string | undefined; area?: string | undefined },
  alias: string,
): Expression<SqlBool>[] {
  return listConditions(actor, ref, q, columns(alias), { anonymous: 'published' });
}

/**
 * {@link rowConditions} in its two parts: what the actor may see (null: everything) and the
 * `donor` / `area` filters as subtrees, for a count that treats them apart (the case board's).
 */
export function rowConditionParts(
  actor: Actor,
  ref: Reference,
  q: { donor?: string | undefined; area?: string | undefined },
  alias: string,
): { visible: Expression<SqlBool> | null; filters: Expression<SqlBool>[] } {
  const c = columns(alias);
  return {
    visible: visibleTo(actor, ref, c, { anonymous: 'published' }),
    filters: subtreeConditions(ref, q, c),
  };
}
