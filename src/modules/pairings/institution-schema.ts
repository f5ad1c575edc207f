import { z } from 'zod';
import { areaCode, idParam, isoDate, orgCode } from '../core/schemas.js';
import { donorRecordQuery } from '../teams/schema.js';

export const INSTITUTION_KINDS = [
  'hospital-department',
  'school-school',
  'township',
  'other',
] as const;

export const institutionKind = z.enum(INSTITUTION_KINDS).meta({
  description:
    'hospital-department (以院包科: a donor hospital adopts a department of a recipient ' +
    'hospital), school-school (校校结对), township (乡镇结对: a donor-side organisation — a ' +
    'township, school, hospital, company or chamber — paired with a recipient township), other',
});

export const institutionPairingView = z.object({
  id: z.number().int(),
  kind: institutionKind,
  programme: z.string(),
  parentId: z.number().int().meta({ description: "The donor's area pairing it sits under" }),
  donor: z.object({ code: z.string(), name: z.string(), nameEn: z.string() }),
  recipientOrg: z.object({ code: z.string(), name: z.string(), nameEn: z.string() }).nullable(),
  recipientDepartment: z.string().nullable(),
  recipientArea: z
    .object({ code: z.string(), name: z.string(), nameEn: z.string(), level: z.string() })
    .meta({ description: "The township, or the recipient organisation's area" }),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  note: z.string().nullable(),
  noteEn: z.string().nullable().meta({ description: 'The note in English, when written' }),
  publishedAt: z.string().nullable(),
  version: z.number().int(),
  can: z.object({ write: z.boolean(), readHistory: z.boolean() }),
});

export const institutionPairingList = z.object({
  items: z.array(institutionPairingView),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export const institutionPairingListQuery = donorRecordQuery.extend({
  kind: institutionKind.optional(),
  parent: z.coerce.number().int().positive().optional().meta({
    description: 'Those under this area pairing',
  }),
});

export const institutionPairingIdParams = z.object({ id: idParam });

export const createInstitutionPairingBody = z.object({
  kind: institutionKind,
  parentId: z.number().int().positive(),
  donorCode: orgCode.meta({ description: 'The donor-side organisation (a hospital, a school …)' }),
  recipientOrgCode: orgCode.optional(),
  recipientDepartment: z.string().trim().min(1).max(100).optional(),
  recipientAreaCode: areaCode
    .optional()
    .meta({ description: 'The recipient township (township pairings only)' }),
  validFrom: isoDate,
  validTo: isoDate.nullable().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
  noteEn: z.string().trim().max(2000).nullable().optional(),
  published: z.boolean().default(false),
});

export const updateInstitutionPairingBody = z
  .object({
    recipientDepartment: z.string().trim().min(1).max(100).nullable(),
    validTo: isoDate.nullable(),
    note: z.string().trim().max(2000).nullable(),
    noteEn: z.string().trim().max(2000).nullable(),
    published: z.boolean(),
  })
  .partial();

export type InstitutionPairingView = z.infer<typeof institutionPairingView>;
export type InstitutionPairingListQuery = z.infer<typeof institutionPairingListQuery>;
export type CreateInstitutionPairingInput = z.infer<typeof createInstitutionPairingBody>;
export type UpdateInstitutionPairingInput = z.infer<typeof updateInstitutionPairingBody>;
