import { z } from 'zod';
import { WARNING_KINDS } from '../../domain/warnings.js';
import { areaCode, idParam, isoDate, offset, orgCode } from '../core/schemas.js';

export const warningStatus = z.enum(['open', 'acknowledged', 'resolved', 'dismissed']);
const text = z.object({ zh: z.string(), en: z.string() });

export const warningView = z.object({
  id: z.number(),
  project: z.object({
    code: z.string(),
    name: z.string(),
    nameEn: z.string().nullable().meta({ description: 'The English name, if given' }),
  }),
  kind: z.enum(WARNING_KINDS),
  dedupeKey: z
    .string()
    .meta({ description: '`kind:project:stage:date`; one occurrence of a condition' }),
  detail: z.object({ stage: z.string(), since: z.string(), message: text }),
  detectedAt: z.string(),
  status: warningStatus,
  owner: z.object({ id: z.number(), username: z.string(), displayName: z.string() }).nullable(),
  resolutionNote: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number(),
  can: z
    .object({
      work: z.boolean().meta({ description: 'Take it, change its status, resolve or dismiss it' }),
      assign: z.boolean().meta({ description: 'Give it to someone else (the programme office)' }),
    })
    .meta({ description: 'What the caller may do with this warning, by the same policies' }),
});
export type WarningView = z.infer<typeof warningView>;

export const warningListQuery = z.object({
  status: warningStatus.optional(),
  kind: z.enum(WARNING_KINDS).optional(),
  donor: orgCode
    .optional()
    .meta({ description: 'Projects with a donor in this organisation’s subtree' }),
  area: areaCode.optional().meta({ description: 'Projects located in this area or below it' }),
  owner: z.coerce.number().int().positive().optional().meta({ description: 'Owner’s user id' }),
  project: z.string().max(64).optional().meta({ description: 'One project’s code' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset,
});
export type WarningListQuery = z.infer<typeof warningListQuery>;

export const warningList = z.object({ items: z.array(warningView), total: z.number() });

export const warningParams = z.object({ id: idParam });

export const updateWarningBody = z.object({
  status: warningStatus.optional(),
  ownerUserId: z.number().int().positive().nullable().optional(),
  resolutionNote: z.string().trim().max(2000).nullable().optional().meta({
    description: 'Required to resolve or dismiss',
  }),
});
export type UpdateWarningInput = z.infer<typeof updateWarningBody>;

/** At most this many warnings in one bulk action. */
export const WARNING_BULK_MAX = 200;

export const WARNING_BULK_ACTIONS = ['take', 'acknowledge', 'resolve', 'dismiss'] as const;

export const bulkWarningBody = z.object({
  action: z.enum(WARNING_BULK_ACTIONS).meta({
    description:
      '`take`: the caller becomes the owner; `acknowledge`, `resolve`, `dismiss`: the status ' +
      '(resolving and dismissing need `resolutionNote`), each exactly as `PATCH /warnings/{id}`',
  }),
  items: z
    .array(z.object({ id: idParam, version: z.number().int().positive() }))
    .min(1)
    .meta({
      description:
        'The warnings and the versions the caller saw; 1–200 (more is a 422, `warning.bulkTooMany`)',
    }),
  resolutionNote: z.string().trim().max(2000).optional(),
});
export type BulkWarningInput = z.infer<typeof bulkWarningBody>;

export const bulkWarningResult = z.object({ items: z.array(warningView) });

export const warningSettings = z.object({
  noDisbursementMonths: z.number().int().min(1).max(60).meta({
    description: 'Months without an actual disbursement before `no-disbursement` is raised',
  }),
});
export type WarningSettingsInput = z.infer<typeof warningSettings>;

export const computeBody = z
  .object({ today: isoDate.optional().meta({ description: 'Default: today (UTC)' }) })
  .optional();

export const computeResult = z.object({
  today: z.string(),
  candidates: z.number().meta({ description: 'Conditions that hold today' }),
  created: z.number(),
  autoResolved: z.number(),
  stillClosed: z.number().meta({
    description: 'Conditions that hold but whose warning was resolved or dismissed (not reopened)',
  }),
});
export type ComputeResult = z.infer<typeof computeResult>;
