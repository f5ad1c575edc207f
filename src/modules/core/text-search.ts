/** Case-insensitive text matching that behaves the same on SQLite and PostgreSQL. */
import { type Expression, type RawBuilder, sql } from 'kysely';

/** Escapes `%`, `_` and `\` for a LIKE pattern with `escape '\'`. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `lower(expr) like '%text%'`. */
export function containsCi(expr: Expression<string>, text: string): RawBuilder<boolean> {
  return sql<boolean>`lower(${expr}) like ${`%${escapeLike(text.toLowerCase())}%`} escape '\\'`;
}

/** `expr like '%text%'` for text stored lower-cased: the term is lower-cased, not the column. */
export function containsLowered(expr: Expression<string>, text: string): RawBuilder<boolean> {
  return sql<boolean>`${expr} like ${`%${escapeLike(text.toLowerCase())}%`} escape '\\'`;
}

/** `lower(expr) like 'text%'`. */
export function startsWithCi(expr: Expression<string>, text: string): RawBuilder<boolean> {
  return sql<boolean>`lower(${expr}) like ${`${escapeLike(text.toLowerCase())}%`} escape '\\'`;
}
