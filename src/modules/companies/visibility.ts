/**
 * The SQL twin of `readDonorArea` (policy.ts) for a table with one donor, one area and a
 * publication time (the shared `visibleTo`), and a subtree condition.
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import type { Actor } from '../../domain/access.js';
import { visibleTo } from '../access/donor-records.js';
import type { Reference } from '../reference/reference.js';

const codes = (list: readonly string[]) => sql.join(list.length > 0 ? [...list] : ['']);

/**
 * A condition on the table aliased `alias` (columns donor_code, area_code, published_at), or
 * null when the actor sees every row: the one issue-9 rule, `visibleTo` of access/donor-records.
 */
export function visibleRows(
  actor: Actor,
  ref: Reference,
  alias: string,
): Expression<SqlBool> | null {
  return visibleTo(
    actor,
    ref,
    {
      published: sql.ref(`${alias}.published_at`),
      donor: sql.ref(`${alias}.donor_code`),
      area: sql.ref(`${alias}.area_code`),
    },
    { anonymous: 'published' },
  );
}

/** `alias.column` among the subtree's codes. */
export function inSubtree(alias: string, column: string, list: readonly string[]) {
  return sql<SqlBool>`${sql.ref(`${alias}.${column}`)} in (${codes(list)})`;
}
