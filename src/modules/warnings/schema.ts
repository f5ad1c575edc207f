import { z } from 'zod';
import { CASE_CATEGORIES } from '../../domain/company-cases.js';
import { WARNING_KINDS, WARNING_SUBJECTS } from '../../domain/warnings.js';
import { areaCode, idParam, isoDate, offset, orgCode } from '../core/schemas.js';

export const warningStatus = z.enum(['open', 'acknowledged', 'resolved', 'dismissed']);
const text = z.object({ zh: z.string(), en: z.string() });
const namedOrg = z.object({ code: z.string(), name: z.string(), nameEn: z.string() });

export const warningView = z.object({
  id: z.number(),
  subject: z.object({ kind: z.enum(WARNING_SUBJECTS), id: z.number() }).meta({
    description:
      'What the warning is about: a project, a posting, a company’s case, a report (id 0: ' +
      'the detail names its set and period, `area` and `donor` its reporter)',
  }),
  project: z
    .object({
      code: z.string(),
      name: z.string(),
      nameEn: z.string().nullable().meta({ description: 'The English name, if given' }),
    })
    .nullable()
    .meta({ description: 'The project of a project’s warning; null for other subjects' }),
  person: z
    .object({
      id: z.number(),
      name: z.string().meta({ description: 'The name in Chinese' }),
      postingId: z.number(),
      role: z.string().meta({ description: 'The posting’s role (as entered)' }),
    })
    .nullable()
    .meta({ description: 'The person whose term ends (`term-ending`); null otherwise' }),
  company: z
    .object({
      id: z.number(),
      name: z.string(),
      caseId: z.number(),
      category: z.enum(CASE_CATEGORIES),
    })
    .nullable()
    .meta({ description: 'The company and its case (`case-late`); null otherwise' }),
  donor: namedOrg.nullable().meta({
    description: 'The posting’s, company’s or reporter’s donor; null for projects and areas',
  }),
  area: z
    .object({ code: z.string(), name: z.string() })
    .nullable()
    .meta({ description: 'The posting’s, company’s or reporter’s area; null for projects' }),
  kind: z.enum(WARNING_KINDS),
  dedupeKey: z.string().meta({
    description:
      'One occurrence of a condition: `kind:project:stage:date`, `term-ending:posting:id:plannedEnd`, ' +
      '`case-late:company_case:id:openedOn`, `report-late:report:set:period:area:donor`',
  }),
  detail: z.object({
    stage: z.string().optional().meta({ description: 'The stage concerned (project warnings)' }),
    since: z.string().meta({
      description:
        'The date the condition is measured from (a term: its planned end; a case: its opening day)',
    }),
    message: text,
    set: z.string().optional().meta({ description: 'The indicator set (`report-late`)' }),
    period: z.string().optional().meta({ description: 'The period reported on (`report-late`)' }),
    dueDate: z.string().optional().meta({ description: 'The report’s due date (`report-late`)' }),
  }),
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
  subject: z.enum(WARNING_SUBJECTS).optional().meta({ description: 'Only warnings about these' }),
  donor: orgCode.optional().meta({
    description: 'Projects with a donor in this organisation’s subtree; postings and cases of it',
  }),
  area: areaCode.optional().meta({
    description: 'Projects located in this area or below it; postings and companies there',
  }),
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
  termEndingDays: z.number().int().min(1).max(730).meta({
    description: 'A running term whose planned end is within this many days is `term-ending`',
  }),
});

/** The settings to change; `termEndingDays` kept when absent. */
export const warningSettingsBody = warningSettings.extend({
  termEndingDays: warningSettings.shape.termEndingDays.optional(),
});
export type WarningSettingsInput = z.infer<typeof warningSettingsBody>;

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
