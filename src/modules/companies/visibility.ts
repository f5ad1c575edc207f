/**
 * The SQL twin of `readDonorArea` (policy.ts) for a table with one donor, one area and a
 * publication time: subtrees come from the in-memory reference trees and go to SQL as lists
 * of codes, so both engines read the donor and area indexes.
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import { type Actor, visibility } from '../../domain/access.js';
import type { Reference } from '../reference/reference.js';

const codes = (list: readonly string[]) => sql.join(list.length > 0 ? [...list] : ['']);

/**
 * A condition on the table aliased `alias` (columns donor_code, area_code, published_at), or
 * null when the actor sees every row.
 */
export function visibleRows(
  actor: Actor,
  ref: Reference,
  alias: string,
): Expression<SqlBool> | null {
  const v = visibility(actor);
  if (v === null) return null;
  const orgs = [...new Set(v.donors.flatMap((o) => ref.orgs.subtree(o)))];
  const areas = [...new Set(v.areas.flatMap((a) => ref.areas.subtree(a)))];
  const parts = [sql<SqlBool>`${sql.ref(`${alias}.published_at`)} is not null`];
  if (orgs.length > 0)
    parts.push(sql<SqlBool>`${sql.ref(`${alias}.donor_code`)} in (${codes(orgs)})`);
  if (areas.length > 0) {
    parts.push(sql<SqlBool>`${sql.ref(`${alias}.area_code`)} in (${codes(areas)})`);
  }
  return sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
}

/** `alias.column` among the subtree's codes. */
export function inSubtree(alias: string, column: string, list: readonly string[]) {
  return sql<SqlBool>`${sql.ref(`${alias}.${column}`)} in (${codes(list)})`;
}
