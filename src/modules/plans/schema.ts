import { z } from 'zod';
import {
  fen,
  idParam,
  offset,
  orgCode,
  programmeCode as programme,
  projectCode,
} from '../core/schemas.js';
import { PLAN_STATUSES } from './workflow.js';

const year = z.number().int().min(1949).max(2100);

export const planItemInput = z.object({
  project: projectCode.meta({ description: 'The project code' }),
  plannedFen: fen,
});

const items = z
  .array(planItemInput)
  .max(5000)
  .meta({ description: 'The projects with their planned funds, each project once' });

export const createPlanBody = z.object({
  programme,
  donor: orgCode,
  year,
  totalFen: fen.meta({ description: 'The plan total; the items may add up to less, never more' }),
  items: items.default([]),
});

export const updatePlanBody = z.object({ totalFen: fen, items });

export const returnPlanBody = z.object({
  reason: z.string().trim().min(1, 'plan.returnReason').max(2000),
});

export const whatIfBody = z.object({ programme, donor: orgCode, year, items });

export const planIdParams = z.object({ id: idParam });

export const planListQuery = z.object({
  programme: programme.optional(),
  year: z.coerce.number().int().min(1949).max(2100).optional(),
  donor: orgCode.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset,
});

export const planView = z.object({
  id: z.number().int(),
  programme: z.string(),
  donor: z.object({ code: z.string(), name: z.string(), nameEn: z.string() }),
  year: z.number().int(),
  status: z.enum(PLAN_STATUSES),
  totalFen: z.number().int(),
  itemsFen: z.number().int().meta({ description: 'The sum of the items’ planned funds' }),
  items: z.array(
    z.object({
      project: z.string(),
      name: z.string(),
      nameEn: z.string().nullable().meta({ description: 'The English name, if given' }),
      plannedFen: z.number().int(),
    }),
  ),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  returnReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  can: z
    .object({
      update: z.boolean().meta({ description: 'Edit the total and items (draft or returned)' }),
      submit: z.boolean(),
      approve: z.boolean(),
      return: z.boolean(),
    })
    .meta({ description: 'What the caller may do with this plan now, by the same policies' }),
});

export const planList = z.object({
  items: z.array(planView.omit({ items: true })),
  total: z.number().int(),
});

export type PlanView = z.infer<typeof planView>;
export type PlanItemInput = z.infer<typeof planItemInput>;
export type CreatePlanInput = z.infer<typeof createPlanBody>;
export type UpdatePlanInput = z.infer<typeof updatePlanBody>;
export type WhatIfInput = z.infer<typeof whatIfBody>;
export type PlanListQuery = z.infer<typeof planListQuery>;
