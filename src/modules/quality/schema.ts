import { z } from 'zod';
import { offset, orgCode } from '../core/schemas.js';

const severity = z.enum(['critical', 'error', 'warning']);
const text = z.object({ zh: z.string(), en: z.string() });

export const ruleList = z.object({
  items: z.array(z.object({ id: z.string(), severity, description: text })),
});

export const finding = z.object({
  rule: z.string(),
  severity,
  field: z.string().meta({ description: 'The field at fault, e.g. `locations`' }),
  message: text,
});

const counts = z.object({
  bySeverity: z.object({ critical: z.number(), error: z.number(), warning: z.number() }),
  byRule: z.record(z.string(), z.number()),
});

export const projectQualityParams = z.object({ code: z.string().min(1).max(64) });

export const projectQuality = z.object({
  project: z.string(),
  findings: z.array(finding),
  counts,
});

export const qualityListQuery = z.object({
  programme: z.string().max(64).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  donor: orgCode
    .optional()
    .meta({ description: 'Projects with a donor in this organisation’s subtree' }),
  severity: severity.optional(),
  rule: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset,
});
export type QualityListQuery = z.infer<typeof qualityListQuery>;

export const qualityList = z.object({
  items: z.array(
    finding.extend({
      project: z.object({
        code: z.string(),
        name: z.string(),
        nameEn: z.string().nullable().meta({ description: 'The English name, if given' }),
        leadDonor: z.string(),
      }),
    }),
  ),
  total: z.number().meta({ description: 'Findings matching every filter' }),
  projects: z
    .number()
    .meta({ description: 'Projects checked (visible and matching the project filters)' }),
  counts: counts.meta({
    description:
      'Per severity and per rule, over the projects checked, before the severity and rule filters',
  }),
});
export type QualityList = z.infer<typeof qualityList>;
