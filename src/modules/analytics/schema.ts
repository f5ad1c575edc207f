/** Request and response shapes of `POST /api/analytics/query` (decision 0024). */
import { z } from 'zod';
import { AREA_LEVELS } from '../../domain/areas.js';
import { areaCode, fenSum, isoDate, orgCode, programmeCode } from '../core/schemas.js';
import { DIMENSIONS } from './measure.js';

/** The filter names the endpoint knows; any other key is refused, naming it. */
export const FILTER_NAMES = ['programme', 'donor', 'area', 'period'] as const;

export const analyticsFilters = z
  .looseObject({
    programme: programmeCode.optional(),
    donor: orgCode.optional().meta({
      description: 'An organisation code: the organisation and its sub-organisations',
    }),
    area: areaCode.optional().meta({ description: 'An area code: the area and its whole subtree' }),
    period: z
      .object({ from: isoDate, to: isoDate })
      .optional()
      .meta({ description: 'Both dates inclusive; `from` not after `to`' }),
  })
  .meta({ description: `Any of: ${FILTER_NAMES.join(', ')}. Other keys are refused.` });

export const analyticsQueryBody = z.object({
  measures: z
    .array(z.string().max(64))
    .min(1)
    .max(50)
    .meta({
      description: 'Measure names (GET /api/analytics/measures lists them)',
      example: ['committed_fen', 'projects'],
    }),
  dimensions: z
    .array(z.string().max(32))
    .max(3)
    .default([])
    .meta({
      description: `Group by: ${DIMENSIONS.filter((d) => d !== 'area').join(', ')}, area (prefecture) or area:<level> (${AREA_LEVELS.join(', ')}). [] gives one row of totals. A donor is rolled up to its top organisation (the donor province or city).`,
      example: [],
    }),
  filters: analyticsFilters.default({}),
});
export type AnalyticsQueryBody = z.infer<typeof analyticsQueryBody>;

/** A key (code, year) or a value: counts and fen, exact (a sum may pass 2^53, decision 0031). */
const rowValue = z.union([fenSum, z.number(), z.string(), z.null()]);

export const analyticsQueryView = z.object({
  rows: z.array(z.record(z.string(), rowValue)).meta({
    description:
      'One row per combination of dimension keys (one row when there are none): each dimension’s key and each measure’s value (fen for *_fen measures, counts otherwise; an exact integer, which may exceed 2^53)',
    example: [{ committed_fen: 120_000_000, projects: 12 }],
  }),
});
export type AnalyticsQueryView = z.infer<typeof analyticsQueryView>;

export const measureView = z.object({
  name: z.string(),
  unit: z.enum(['count', 'fen', 'person-times']),
  module: z.string(),
  label: z.object({ zh: z.string(), en: z.string() }),
  description: z.object({ zh: z.string(), en: z.string() }),
  dimensions: z.array(z.string()),
});

export const measuresView = z.object({ items: z.array(measureView) });
