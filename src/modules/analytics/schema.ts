/** Request and response shapes of `POST /api/analytics/query` (decisions 0024, 0047). */
import { z } from 'zod';
import { AREA_LEVELS } from '../../domain/areas.js';
import { areaCode, fenSum, isoDate, orgCode, programmeCode } from '../core/schemas.js';
import { DIMENSIONS, GRANULARITIES, PAIRINGS } from './measure.js';

/** The filter names the endpoint knows; any other key is refused, naming it. */
export const FILTER_NAMES = [
  'programme',
  'donor',
  'area',
  'period',
  'projectType',
  'stage',
  'pairing',
] as const;

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
    projectType: z.string().max(32).optional().meta({
      description:
        'A project type code (GET /api/project-types); only for measures that list the projectType dimension',
    }),
    stage: z.string().max(32).optional().meta({
      description: 'A project stage; only for measures that list the stage dimension',
    }),
    pairing: z
      .string()
      .max(32)
      .optional()
      .meta({
        description: `${PAIRINGS.join(' or ')} (打破对结); only for measures that list the pairing dimension`,
      }),
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
      description: `Group by: ${DIMENSIONS.filter((d) => d !== 'area').join(', ')}, area (prefecture) or area:<level> (${AREA_LEVELS.join(', ')}). [] gives one row of totals. A donor is rolled up to its top organisation (the donor province or city). \`period\` keys are text at the \`granularity\`: \`2024\`, \`2024-Q1\`, \`2024-03\`; \`year\` is the period at year granularity as a number (not both). \`pairing\` keys are in-pair / cross-pair. Each measure lists the dimensions it supports (GET /api/analytics/measures); any other is a 422 naming the dimension.`,
      example: ['donor', 'period'],
    }),
  granularity: z
    .string()
    .max(16)
    .optional()
    .meta({
      description: `How finely the \`period\` dimension is keyed: ${GRANULARITIES.join(', ')} (default year). An unknown one, or one a measure cannot key by (a record kept per year cannot give quarters), is a 422 naming \`granularity\`.`,
      example: 'quarter',
    }),
  totals: z.boolean().default(false).meta({
    description:
      'With dimensions: add a subtotal row after each first-dimension key (with two dimensions or more) and a last grand-total row, marked `_total: "subtotal"` / `"grand"`, the dimensions they sum over null. Totals are counted by the measures (a person, or a project in two areas, once), from the records the caller may see — never added up from rows, so rows may add up to more.',
  }),
  filters: analyticsFilters.default({}),
});
export type AnalyticsQueryBody = z.infer<typeof analyticsQueryBody>;

/** A key (code, year) or a value: counts and fen, exact (a sum may pass 2^53, decision 0031). */
const rowValue = z.union([fenSum, z.number(), z.string(), z.null()]);

export const analyticsQueryView = z.object({
  rows: z.array(z.record(z.string(), rowValue)).meta({
    description:
      'One row per combination of dimension keys (one row when there are none): each dimension’s key and each measure’s value (fen for *_fen measures, counts otherwise; an exact integer, which may exceed 2^53). With `totals`, subtotal and grand-total rows carry `_total`.',
    example: [
      { donor: '110000', period: '2024', committed_fen: 120_000_000, projects: 12 },
      { donor: null, period: null, committed_fen: 120_000_000, projects: 12, _total: 'grand' },
    ],
  }),
  // Indicators (decision 0048): why a data element's or an indicator's cell is null.
  notes: z
    .array(
      z.object({
        measure: z.string(),
        keys: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
        reason: z
          .string()
          .meta({ description: '`missing` (an input has no value) or `divisionByZero`' }),
        inputs: z.array(z.string()).meta({ description: 'The inputs without a value' }),
      }),
    )
    .optional()
    .meta({
      description:
        'Configured data elements and indicators (decision 0048) answer by their codes: an element in fen (money), basis points (percentage) or its unit (number), an indicator rounded to its decimals; a cell is null when an input is missing or a divisor is 0, and each such cell is listed here with its keys.',
    }),
});
export type AnalyticsQueryView = z.infer<typeof analyticsQueryView>;

export const measureView = z.object({
  name: z.string(),
  unit: z.enum(['count', 'fen', 'person-times']),
  module: z.string(),
  label: z.object({
    zh: z.string(),
    en: z.string(),
    ug: z
      .string()
      .optional()
      .meta({ description: 'Uyghur; absent for configured data elements and indicators' }),
  }),
  description: z.object({ zh: z.string(), en: z.string() }),
  dimensions: z.array(z.string()),
  granularities: z
    .array(z.enum(GRANULARITIES))
    .meta({ description: 'The granularities its period dimension supports' }),
});

export const measuresView = z.object({ items: z.array(measureView) });
