import { z } from 'zod';
import { areaCode, offset, orgCode, searchTerm } from '../core/schemas.js';

export const ORGANISATION_KINDS = [
  'donor-province',
  'donor-city',
  'donor-district',
  'frontline-hq',
  'programme-office',
  'recipient-government',
  'hospital',
  'school',
  'company',
  'audit-office',
  'other',
] as const;

export const organisationKind = z.enum(ORGANISATION_KINDS);

export const organisationView = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  kind: z.string(),
  parent: z.object({ code: z.string(), name: z.string() }).nullable(),
  areaCode: z.string().nullable(),
  version: z.number().int(),
});

export const organisationList = z.object({
  items: z.array(organisationView),
  total: z.number().int(),
});

export const organisationListQuery = z.object({
  kind: organisationKind.optional(),
  parent: orgCode.optional().meta({ description: 'Direct children of this organisation' }),
  q: searchTerm
    .optional()
    .meta({ description: 'Code, Chinese or English name (case-insensitive)' }),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset,
});

export const organisationCodeParams = z.object({ code: orgCode });

const name = z.string().trim().min(1).max(200);

export const createOrganisationBody = z.object({
  code: orgCode,
  name,
  nameEn: z.string().trim().max(200).default(''),
  kind: organisationKind,
  parentCode: orgCode.nullable().optional(),
  areaCode: areaCode.nullable().optional().meta({ description: 'Where the organisation sits' }),
});

export const updateOrganisationBody = z
  .object({
    name,
    nameEn: z.string().trim().max(200),
    kind: organisationKind,
    parentCode: orgCode.nullable(),
    areaCode: areaCode.nullable(),
  })
  .partial();

export type OrganisationView = z.infer<typeof organisationView>;
export type OrganisationListQuery = z.infer<typeof organisationListQuery>;
export type CreateOrganisationInput = z.infer<typeof createOrganisationBody>;
export type UpdateOrganisationInput = z.infer<typeof updateOrganisationBody>;
