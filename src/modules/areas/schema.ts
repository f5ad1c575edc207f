import { z } from 'zod';
import {
  areaCode,
  areaLevel,
  areaNameUg,
  areaRef,
  isoDate,
  offset,
  searchTerm,
} from '../core/schemas.js';
import { pairedDonor } from '../pairings/schema.js';

export { areaLevel };

/** Kinds of special units (pseudo-prefectures, XPCC cities); null for an ordinary area. */
export const areaKind = z
  .string()
  .regex(/^[a-z][a-z-]{0,39}$/, 'lower-case words joined by "-", e.g. xpcc-city')
  .meta({ example: 'xpcc-city' });

const nameEnOut = z
  .string()
  .meta({ description: 'The English name (和田地区 → Hotan Prefecture); else its pinyin' });

export const areaSummary = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: nameEnOut,
  nameUg: areaNameUg,
  namePinyin: z.string(),
  initials: z.string(),
  level: areaLevel,
  kind: z.string().nullable(),
  parentCode: z.string().nullable(),
  xpccDivision: z.string().nullable(),
  ancestorNames: z
    .array(z.string())
    .meta({ description: 'Names of the ancestors, province first (to tell namesakes apart)' }),
  ancestorNamesEn: z.array(z.string()).meta({ description: 'The same in English' }),
  hasChildren: z.boolean().meta({ description: 'Whether any area sits below it' }),
});

export const areaDetail = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: nameEnOut,
  nameUg: areaNameUg,
  namePinyin: z.string(),
  initials: z.string(),
  level: areaLevel,
  kind: z.string().nullable(),
  xpccDivision: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  version: z.number().int(),
  parent: areaRef.nullable(),
  ancestors: z.array(areaRef).meta({ description: 'From the province down to the parent' }),
  children: z.array(areaRef.extend({ kind: z.string().nullable() })),
  donors: z.array(pairedDonor),
});

export const areaSearchQuery = z.object({
  q: searchTerm
    .optional()
    .meta({ description: 'Code prefix, name, pinyin or pinyin initials (case-insensitive)' }),
  level: areaLevel.optional(),
  parent: areaCode.optional().meta({ description: 'Direct children of this area' }),
  within: areaCode.optional().meta({ description: 'Every descendant of this area' }),
  date: isoDate.optional().meta({ description: 'Only areas valid on this date' }),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  offset,
});

export const areaList = z.object({ items: z.array(areaSummary), total: z.number().int() });

export const areaCodeParams = z.object({ code: areaCode });
export const areaDetailQuery = z.object({
  date: isoDate.optional().meta({ description: 'Donors on this date; default today (UTC)' }),
});

const pinyin = z.string().trim().min(1).max(200);
const initials = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{1,40}$/, 'letters only, e.g. HAX')
  .transform((s) => s.toUpperCase());

export const createAreaBody = z.object({
  code: areaCode,
  name: z.string().trim().min(1).max(100),
  nameEn: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'The English name (和安县 → He’an County); default: the pinyin' }),
  namePinyin: pinyin,
  initials: initials.optional().meta({ description: 'Default: the first letter of each word' }),
  level: areaLevel.optional().meta({ description: 'Default: the level the code implies' }),
  parentCode: areaCode.optional().meta({ description: 'Default: the parent the code implies' }),
  kind: areaKind.nullable().optional(),
  xpccDivision: z.string().trim().min(1).max(50).nullable().optional(),
  validFrom: isoDate.nullable().optional(),
  validTo: isoDate.nullable().optional(),
});

export const updateAreaBody = z
  .object({
    name: z.string().trim().min(1).max(100),
    nameEn: z.string().trim().min(1).max(200),
    namePinyin: pinyin,
    initials,
    kind: areaKind.nullable(),
    xpccDivision: z.string().trim().min(1).max(50).nullable(),
    validFrom: isoDate.nullable(),
    validTo: isoDate.nullable().meta({ description: 'Set to retire the area' }),
  })
  .partial();

export type AreaSearchQuery = z.infer<typeof areaSearchQuery>;
export type CreateAreaInput = z.infer<typeof createAreaBody>;
export type UpdateAreaInput = z.infer<typeof updateAreaBody>;
export type AreaDetail = z.infer<typeof areaDetail>;
export type AreaSummary = z.infer<typeof areaSummary>;
