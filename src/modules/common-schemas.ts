/**
 * Zod schemas shared by several capabilities: calendar dates, area codes, query booleans,
 * paging and the `If-Match` header of optimistic locking.
 */
import { z } from 'zod';
import { normalizeAreaCode } from '../domain/areas.js';
import { isIsoDate } from '../domain/dates.js';

/** A real calendar date written `YYYY-MM-DD`. */
export const isoDate = z
  .string()
  .refine(isIsoDate, { message: 'must be a calendar date written YYYY-MM-DD' })
  .meta({ format: 'date', example: '2024-12-31' });

/**
 * An area code in any accepted form ("65", "6532", "653201", 9 or 12 digits), normalized to
 * its padded form ("6532" → "653200").
 */
export const areaCode = z
  .string()
  .transform((text, ctx) => {
    const code = normalizeAreaCode(text);
    if (code === null) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be an area code: 2, 4, 6, 9 or 12 digits (e.g. 6532 or 653201)',
      });
      return z.NEVER;
    }
    return code;
  })
  .meta({ description: 'GB/T 2260 code; unpadded forms are accepted', example: '653201' });

/** An organisation code such as `110000`, `110000-HQ` or `330100-H1`. */
export const orgCode = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, ".", "_" or "-" (1–64)')
  .meta({ example: '110000' });

/** `true` / `false` (or `1` / `0`) in a query string. */
export const queryBoolean = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

/** A positive integer id in a path. */
export const idParam = z.coerce.number().int().positive();

export const offset = z.coerce.number().int().min(0).default(0);

/** Headers of a PATCH: an optional `If-Match: "<version>"` for optimistic locking. */
export const ifMatchHeaders = z.looseObject({
  'if-match': z
    .string()
    .regex(/^(W\/)?"?\d+"?$/, 'must be the ETag of the record, e.g. "3"')
    .optional(),
});

/** The version named by an `If-Match` header (`"3"`, `3`, `W/"3"`), or undefined when absent. */
export function versionFromIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  return Number(header.replace(/^W\//, '').replaceAll('"', ''));
}

/** The `ETag` header value for a record version. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** A free-text search term (trimmed; empty means none). */
export const searchTerm = z
  .string()
  .trim()
  .max(100)
  .transform((s) => (s === '' ? undefined : s));

/** Sets the record's `ETag` on the reply and returns the record (the body of the response). */
export function withEtag<T extends { version: number }>(
  reply: { header: (name: string, value: string) => unknown },
  record: T,
): T {
  reply.header('etag', etagOf(record.version));
  return record;
}
