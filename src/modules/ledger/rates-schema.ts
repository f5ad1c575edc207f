import { z } from 'zod';
import {
  areaCode,
  fenSum,
  orgCode,
  programmeCode as programme,
  projectCode,
} from '../core/schemas.js';

const year = z.coerce.number().int().min(1949).max(2100);

const bp = (description: string) =>
  z
    .number()
    .int()
    .nullable()
    .meta({ description: `${description}; basis points, null when the denominator is 0` });

const rateFields = {
  arrivalRateBp: bp('Arrival rate (到位率): arrived ÷ committed'),
  disbursementRateBp: bp('Disbursement rate (拨付率): disbursed ÷ arrived'),
  investmentCompletionBp: bp('Investment completion: expended ÷ budget of projects not cancelled'),
  startRateBp: bp('Start rate (开工率): started ÷ approved, cancelled projects excluded'),
  completionRateBp: bp(
    'Completion rate (完工率): completed ÷ approved, cancelled projects excluded',
  ),
  amounts: z.object({
    committedFen: fenSum,
    arrivedFen: fenSum,
    disbursedFen: fenSum,
    expendedFen: fenSum,
    budgetFen: fenSum,
  }),
  counts: z.object({
    projects: z.number().int().meta({ description: 'Projects in scope, any stage' }),
    approved: z.number().int().meta({ description: 'Reached approved (立项), not cancelled' }),
    started: z.number().int().meta({ description: 'Reached started (开工), not cancelled' }),
    completed: z.number().int().meta({ description: 'Reached completed (完工), not cancelled' }),
  }),
};

export const ratesQuery = z.object({
  programme,
  year: year.meta({ description: 'The plan year of the projects (their `year`)' }),
  donor: orgCode.optional().meta({ description: 'A donor (its sub-organisations included)' }),
  area: areaCode.optional().meta({ description: 'An area (its subtree included)' }),
  project: projectCode.optional(),
});

export const ratesView = z.object({
  scope: z.object({
    programme: z.string(),
    year: z.number().int(),
    donor: z.string().nullable(),
    area: z.string().nullable(),
    project: z.string().nullable(),
  }),
  ...rateFields,
});

export const donorRatesQuery = z.object({ programme, year });

export const donorRatesView = z.object({
  scope: z.object({ programme: z.string(), year: z.number().int() }),
  items: z.array(
    z.object({
      donor: z.object({ code: z.string(), name: z.string(), nameEn: z.string() }),
      ...rateFields,
    }),
  ),
});

export type RatesQuery = z.infer<typeof ratesQuery>;
export type RatesView = z.infer<typeof ratesView>;
export type DonorRatesQuery = z.infer<typeof donorRatesQuery>;
export type DonorRatesView = z.infer<typeof donorRatesView>;
