/** Request and response shapes of the indicator model (decision 0048). */
import { z } from 'zod';
import {
  AGGREGATIONS,
  DISAGGREGATION_NAMES,
  DISAGGREGATIONS,
  PERIOD_TYPES,
  VALUE_TYPES,
} from '../../domain/indicators.js';
import { areaCode, areaNamed, isoDate, orgCode, programmeCode } from '../core/schemas.js';

/** A data element's or an indicator's code: a measure name (snake_case), e.g. `visitors`. */
export const indicatorCode = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,63}$/, 'validation.format')
  .meta({
    description: 'snake_case, unique across elements, indicators and measures',
    example: 'visitors',
  });

/** An indicator set's code, e.g. `revolutionary-areas-annual`. */
export const setCode = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,63}$/, 'validation.format')
  .meta({ example: 'revolutionary-areas-annual' });

export const periodKey = z.string().max(10).meta({
  description: 'A year `2024`, a half `2024-H1`, a quarter `2024-Q3` or a month `2024-07`',
  example: '2024',
});

const name = z.string().trim().min(1).max(200);

export const elementInput = z.object({
  code: indicatorCode,
  name: name.meta({ example: '接待游客人次' }),
  nameEn: name.meta({ example: 'Visitors received' }),
  valueType: z.enum(VALUE_TYPES).meta({
    description:
      'number (a decimal with `scale` places), money (integer fen), percentage (basis points), text',
  }),
  aggregation: z.enum(AGGREGATIONS).meta({
    description:
      'How values combine within a period and over months: sum, average, or the last value in the period (then summed over areas)',
  }),
  scale: z
    .number()
    .int()
    .min(0)
    .max(6)
    .default(0)
    .meta({ description: 'Decimal places of a number element' }),
  disaggregations: z
    .array(z.enum(DISAGGREGATION_NAMES as [string, ...string[]]))
    .max(4)
    .default([])
    .meta({
      description: `Categories a value may be split by: ${Object.entries(DISAGGREGATIONS)
        .map(([k, v]) => `${k} (${v.join('/')})`)
        .join(', ')}`,
    }),
});
export type ElementInput = z.infer<typeof elementInput>;

export const elementPatch = z.object({
  name: name.optional(),
  nameEn: name.optional(),
  aggregation: z.enum(AGGREGATIONS).optional(),
});
export type ElementPatch = z.infer<typeof elementPatch>;

export const elementView = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  valueType: z.enum(VALUE_TYPES),
  aggregation: z.enum(AGGREGATIONS),
  scale: z.number().int(),
  disaggregations: z.array(z.string()),
  version: z.number().int(),
  can: z.object({ update: z.boolean() }),
});
export type ElementView = z.infer<typeof elementView>;

export const formulaInput = z.object({
  code: indicatorCode,
  name: name.meta({ example: '人均旅游收入' }),
  nameEn: name.meta({ example: 'Tourism revenue per visitor' }),
  formula: z.string().trim().min(1).max(500).meta({
    description:
      'Over element, indicator and measure codes: + - * / ( ), decimal numbers. A percentage element counts as a fraction (7000 bp = 0.7), money in fen',
    example: 'tourism_revenue_fen / visitors',
  }),
  decimals: z.number().int().min(0).max(6).default(2),
});
export type FormulaInput = z.infer<typeof formulaInput>;

export const formulaPatch = formulaInput.omit({ code: true }).partial();
export type FormulaPatch = z.infer<typeof formulaPatch>;

export const formulaView = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  formula: z.string(),
  decimals: z.number().int(),
  inputs: z.array(
    z.object({ code: z.string(), kind: z.enum(['element', 'indicator', 'measure']) }),
  ),
  version: z.number().int(),
  can: z.object({ update: z.boolean() }),
});
export type FormulaView = z.infer<typeof formulaView>;

export const codeParams = z.object({ code: indicatorCode });
export const setParams = z.object({ code: setCode });

const reporterInput = z.object({ area: areaCode, donor: orgCode.nullable().optional() });

export const setInput = z.object({
  code: setCode,
  programme: programmeCode,
  name,
  nameEn: name,
  periodType: z.enum(PERIOD_TYPES),
  dueDays: z
    .number()
    .int()
    .min(0)
    .max(366)
    .meta({ description: 'A period is due this many days after its last day' }),
  items: z
    .array(indicatorCode)
    .min(1)
    .max(200)
    .meta({ description: 'Element and indicator codes, in form order' }),
  reporters: z
    .array(reporterInput)
    .max(5000)
    .meta({ description: 'The areas (optionally with a donor) that report the set' }),
});
export type SetInput = z.infer<typeof setInput>;

const named = z.object({ code: z.string(), name: z.string(), nameEn: z.string() });

export const setView = z.object({
  code: z.string(),
  programme: named,
  name: z.string(),
  nameEn: z.string(),
  periodType: z.enum(PERIOD_TYPES),
  dueDays: z.number().int(),
  items: z.array(named.extend({ kind: z.enum(['element', 'indicator']) })),
  reporters: z.array(z.object({ area: areaNamed, donor: named.nullable() })),
  version: z.number().int(),
  can: z.object({
    update: z.boolean(),
    enter: z
      .boolean()
      .meta({ description: 'May the caller enter values for some reporter of the set' }),
  }),
});
export type SetView = z.infer<typeof setView>;

export const targetInput = z.object({
  element: indicatorCode,
  area: areaCode,
  period: periodKey,
  donor: orgCode.nullable().optional(),
  value: z
    .union([z.number(), z.string().max(40)])
    .meta({ description: 'In the element’s typed form (as a value)' }),
});
export type TargetInput = z.infer<typeof targetInput>;

export const targetsQuery = z.object({
  element: indicatorCode.optional(),
  area: areaCode.optional(),
  period: periodKey.optional(),
});

const typedValue = z.union([z.number(), z.string(), z.null()]);

export const targetView = z.object({
  element: z.string(),
  area: areaNamed,
  period: z.string(),
  donor: named.nullable(),
  value: typedValue,
  version: z.number().int(),
});
export const targetList = z.object({ items: z.array(targetView) });

export const formQuery = z.object({
  set: setCode,
  area: areaCode,
  period: periodKey,
  donor: orgCode.optional(),
});
export type FormQuery = z.infer<typeof formQuery>;

const cell = z
  .object(Object.fromEntries(DISAGGREGATION_NAMES.map((n) => [n, z.string().max(20).optional()])))
  .meta({ description: 'One option of each of the element’s categories; omitted for the total' });

export const formBody = z.object({
  set: setCode,
  area: areaCode,
  period: periodKey,
  donor: orgCode.nullable().optional(),
  values: z
    .array(
      z.object({
        element: indicatorCode,
        cell: cell.optional(),
        value: typedValue.meta({
          description:
            'number: a decimal (JSON number or string); money: integer fen; percentage: integer basis points; text: a string; null clears',
        }),
        note: z.string().trim().max(500).nullable().optional(),
      }),
    )
    .min(1)
    .max(2000),
});
export type FormBody = z.infer<typeof formBody>;

const enteredValue = z.object({
  cell: z.record(z.string(), z.string()),
  value: typedValue,
  note: z.string().nullable(),
  enteredBy: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export const formView = z.object({
  set: named.extend({ periodType: z.enum(PERIOD_TYPES) }),
  area: areaNamed,
  donor: named.nullable(),
  period: z.string(),
  previousPeriod: z.string(),
  dueDate: isoDate,
  status: z.enum(['complete', 'partial', 'missing', 'late']),
  can: z.object({ enter: z.boolean() }),
  fields: z.array(
    z.object({
      element: elementView.omit({ version: true, can: true }),
      values: z
        .array(enteredValue)
        .meta({ description: 'The total and/or each disaggregation cell entered' }),
      total: typedValue.meta({
        description: 'The total (cells added up), null when nothing is entered',
      }),
      previous: typedValue.meta({ description: 'The previous period’s total' }),
      target: typedValue,
    }),
  ),
  indicators: z.array(
    named.extend({
      value: z.number().nullable(),
      status: z.enum(['ok', 'missing', 'divisionByZero']),
      missing: z.array(z.string()),
    }),
  ),
});
export type FormView = z.infer<typeof formView>;

export const completenessQuery = z.object({
  set: setCode,
  period: periodKey,
  asOf: isoDate
    .optional()
    .meta({ description: 'The day lateness is judged on (default today, UTC)' }),
});

export const completenessView = z.object({
  set: named,
  period: z.string(),
  dueDate: isoDate,
  asOf: isoDate,
  reporters: z.array(
    z.object({
      area: areaNamed,
      donor: named.nullable(),
      status: z.enum(['complete', 'partial', 'missing', 'late']),
      entered: z.number().int(),
      expected: z.number().int(),
      missing: z.array(z.string()),
      lastEnteredAt: z.string().nullable(),
    }),
  ),
  summary: z.object({
    complete: z.number().int(),
    partial: z.number().int(),
    missing: z.number().int(),
    late: z.number().int(),
  }),
});
export type CompletenessView = z.infer<typeof completenessView>;
