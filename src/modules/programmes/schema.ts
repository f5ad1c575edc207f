import { z } from 'zod';
import { bp } from '../core/schemas.js';

export const threshold = z.object({
  fromYear: z.number().int(),
  countyAndBelowBp: z.number().int(),
  livelihoodBp: z.number().int(),
  note: z.string().nullable(),
});

export const programmeView = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  startYear: z.number().int().nullable(),
  endYear: z.number().int().nullable(),
  thresholds: z.array(threshold).meta({ description: 'The two 80% rules, oldest first' }),
  recipientProvinces: z.array(z.string()).meta({
    description: 'Provinces of the areas its pairings name (where its projects lie), sorted',
  }),
});

export const programmeList = z.object({ items: z.array(programmeView) });

export const programmeCodeParams = z.object({ code: z.string().min(1).max(40) });

export const thresholdParams = z.object({
  code: z.string().min(1).max(40),
  fromYear: z.coerce.number().int().min(1949).max(2100),
});

export const thresholdBody = z.object({
  countyAndBelowBp: bp,
  livelihoodBp: bp,
  note: z.string().trim().max(500).nullable().optional(),
});

export type ProgrammeView = z.infer<typeof programmeView>;
export type Threshold = z.infer<typeof threshold>;
export type ThresholdInput = z.infer<typeof thresholdBody>;
