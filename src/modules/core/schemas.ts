/**
 * The vocabulary every capability's schemas are made of — one definition each: codes (project,
 * organisation, programme, type, area), money in fen, shares in basis points, calendar dates,
 * query booleans, paging and the `If-Match` header of optimistic locking. Importers and new
 * modules reach for these, never a regex of their own.
 */
import { z } from 'zod';
import { AREA_LEVELS, normalizeAreaCode } from '../../domain/areas.js';
import { isIsoDate } from '../../domain/dates.js';
import { BP_WHOLE, type ExactFen, MAX_AMOUNT_FEN } from '../../domain/money.js';

/** The patterns of the codes the API accepts (also checked against the web's copy in a test). */
export const CODE_PATTERNS = {
  /** Projects and organisations: `XJ-2025-BJ-0001`, `110000-HQ`. */
  record: /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
  /** Programmes and project types: `xinjiang`, `livelihood`. */
  slug: /^[a-z][a-z0-9-]{0,39}$/,
} as const;

/** A rule's message is a problem code (src/domain/problem-catalogue.ts): the API words it. */
const RECORD_CODE_RULE = 'validation.recordCode';

/** A project code such as `XJ-2025-BJ-0001`. */
export const projectCode = z
  .string()
  .regex(CODE_PATTERNS.record, RECORD_CODE_RULE)
  .meta({ example: 'XJ-2025-BJ-0001' });

/** A programme code such as `xinjiang`. */
export const programmeCode = z
  .string()
  .regex(CODE_PATTERNS.slug, 'validation.programmeCode')
  .meta({ example: 'xinjiang' });

/** A project type code such as `livelihood`. */
export const typeCode = z
  .string()
  .regex(CODE_PATTERNS.slug, 'validation.typeCode')
  .meta({ example: 'livelihood' });

/**
 * Money given to the API: a non-negative integer number of fen (0.01 yuan), at most 10^15
 * (10 万亿元, decision 0031), so that no project's figure can leave the safe integers.
 */
export const fen = z
  .number()
  .int('validation.wholeFen')
  .min(0, 'validation.notNegative')
  .max(MAX_AMOUNT_FEN)
  .meta({ description: 'Integer fen (0.01 yuan), at most 10^15', example: 100000000 });

/** Money the API answers with: integer fen (margins may be negative). */
export const fenValue = z.number().int().meta({ description: 'Integer fen (0.01 yuan)' });

/**
 * A sum of money over many projects the API answers with: integer fen, exact at any size
 * (margins may be negative). Past 2^53 it is still written as the exact JSON integer (decision
 * 0031, src/http/json.ts); a client reading it with a double-based JSON parser must take care.
 */
export const fenSum = z
  .custom<ExactFen>(
    (v) => (typeof v === 'number' && Number.isSafeInteger(v)) || typeof v === 'bigint',
    'validation.integer',
  )
  .meta({
    type: 'integer',
    description: 'Integer fen (0.01 yuan), exact: a sum that may exceed 2^53',
  });

/** A count of people, jobs …: a non-negative integer. */
export const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** A proportion in basis points, 0 to 10000 (100%). */
export const bp = z
  .number()
  .int()
  .min(0)
  .max(BP_WHOLE)
  .meta({ description: 'Basis points: 8000 = 80%' });

/** A share of a whole in basis points, 1 to 10000: shares of one record add up to 10000. */
export const shareBp = z
  .number()
  .int()
  .min(1)
  .max(BP_WHOLE)
  .meta({ description: 'Share in basis points (10000 = 100%)' });

/** A proportion the API answers with, in basis points rounded down. */
export const bpValue = z
  .number()
  .int()
  .meta({ description: 'Basis points, rounded down: 8000 = 80%' });

export const areaLevel = z.enum(AREA_LEVELS);

/** An area's Uyghur name (decision 0079); null when it has none (a Uyghur screen shows Chinese). */
export const areaNameUg = z
  .string()
  .nullable()
  .meta({ description: 'The Uyghur name (和田地区 → خوتەن ۋىلايىتى), null when it has none' });

/** An area named by code and names (no level). */
export const areaNamed = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string().meta({ description: 'The English name (和田地区 → Hotan Prefecture)' }),
  nameUg: areaNameUg,
});

/** An area named in an answer: its code, name and level. */
export const areaRef = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string().meta({ description: 'The English name (和田地区 → Hotan Prefecture)' }),
  nameUg: areaNameUg,
  level: areaLevel,
});

/** The span of dates the API takes (issue 12 defect 8). */
export const EARLIEST_DATE = '1949-01-01';
export const LATEST_DATE = '2100-12-31';

/**
 * A real calendar date `YYYY-MM-DD` from 1949-01-01 to 2100-12-31 (decision 0040): every date the
 * platform records is of the work itself — the same span as the year filters — and a year 1000
 * or 9999 is a typing slip, never a fact.
 */
export const isoDate = z
  .string()
  .refine(isIsoDate, { message: 'validation.calendarDate', abort: true })
  .refine((d) => d >= EARLIEST_DATE && d <= LATEST_DATE, { message: 'validation.dateRange' })
  .meta({
    format: 'date',
    example: '2024-12-31',
    description: `From ${EARLIEST_DATE} to ${LATEST_DATE}`,
  });

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
        message: 'validation.areaCode',
      });
      return z.NEVER;
    }
    return code;
  })
  .meta({ description: 'GB/T 2260 code; unpadded forms are accepted', example: '653201' });

/** An organisation code such as `110000`, `110000-HQ` or `330100-H1`. */
export const orgCode = z
  .string()
  .regex(CODE_PATTERNS.record, RECORD_CODE_RULE)
  .meta({ example: '110000' });

/** `true` / `false` (or `1` / `0`) in a query string. */
export const queryBoolean = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

/** A positive integer id in a path. */
export const idParam = z.coerce.number().int().positive();

export const offset = z.coerce.number().int().min(0).default(0);

/**
 * The paging of a list's query string: `limit` (1 to `max`, `defaultLimit` when absent) and
 * `offset` (0 when absent), spread into the list's query object beside its filters.
 */
export function paging(max: number, defaultLimit: number) {
  return { limit: z.coerce.number().int().min(1).max(max).default(defaultLimit), offset };
}

/** Headers of a PATCH: an optional `If-Match: "<version>"` for optimistic locking. */
export const ifMatchHeaders = z.looseObject({
  'if-match': z
    .string()
    .regex(/^(W\/)?"?\d+"?$/, 'validation.ifMatch')
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
