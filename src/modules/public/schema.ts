/** Request and response shapes of the public pages' figures (decision 0055). */
import { z } from 'zod';
import {
  areaCode,
  areaLevel,
  areaNamed,
  areaNameUg,
  bpValue,
  fenSum,
  orgCode,
  programmeCode,
} from '../core/schemas.js';
import { MAP_MEASURES } from './figures.js';

export const publicQuery = z.object({
  programme: programmeCode.default('xinjiang'),
});

export const publicCsvQuery = publicQuery.extend({
  lang: z
    .enum(['zh', 'en'])
    .default('zh')
    .meta({ description: 'The language of the header and names' }),
});

export const publicMapQuery = publicQuery.extend({
  measure: z
    .enum(MAP_MEASURES)
    .default('disbursed_fen')
    .meta({
      description: `The measure painted by county: ${MAP_MEASURES.join(', ')}`,
    }),
  year: z.coerce.number().int().min(1949).max(2100).optional().meta({
    description:
      'One calendar year (money by entry date, projects by plan year); all years when absent',
  }),
});

export const publicMapCsvQuery = publicMapQuery.extend({
  lang: z.enum(['zh', 'en']).default('zh'),
});

export const donorParams = z.object({ code: orgCode });
export const areaParams = z.object({ code: areaCode });

const named = z.object({ code: z.string(), name: z.string(), nameEn: z.string() });

const figures = z.object({
  projects: fenSum.meta({ description: 'Published projects' }),
  committed_fen: fenSum,
  disbursed_fen: fenSum,
  spent_fen: fenSum,
  jobs_created: fenSum.meta({ description: 'Jobs created (achieved figures)' }),
});

const figureRow = named.extend(figures.shape);

const pageShape = {
  programme: named,
  totals: figures,
  byYear: z.array(figureRow).meta({ description: 'By plan year (projects) / entry year (money)' }),
  byDonor: z
    .array(figureRow)
    .meta({ description: 'By donor (top organisation), most disbursed first' }),
  byArea: z
    .array(figureRow.extend({ nameUg: areaNameUg.optional() }))
    .meta({ description: 'By area at `areaLevel`, most disbursed first' }),
  areaLevel,
};

export const publicPageView = z.object(pageShape);
export const publicDonorView = z.object({ ...pageShape, donor: named });
export const publicAreaView = z.object({
  ...pageShape,
  area: areaNamed.extend({ level: areaLevel, parent: areaNamed.nullable() }),
});

export const publicMapView = z.object({
  programme: named,
  measure: z.enum(MAP_MEASURES),
  year: z.number().int().nullable(),
  rows: z.array(named.extend({ value: fenSum })),
});

const ruleYear = z.coerce.number().int().min(1949).max(2100).optional().meta({
  description: 'The year judged; default: the latest year with published money on the actual basis',
});

export const publicRulesQuery = publicQuery.extend({ year: ruleYear });
export const publicRulesCsvQuery = publicCsvQuery.extend({ year: ruleYear });

const ruleOk = z.boolean().nullable().meta({
  description: 'null when no thresholds apply in the year or the total is 0',
});

const ruleLine = z.object({
  totalFen: fenSum.meta({
    description: 'Actual disbursements dated in the year, published projects',
  }),
  countyAndBelowFen: fenSum,
  livelihoodFen: fenSum,
  crossPairFen: fenSum,
  countyAndBelowBp: bpValue,
  livelihoodBp: bpValue,
  countyAndBelowOk: ruleOk,
  livelihoodOk: ruleOk,
});

export const publicRulesView = z.object({
  programme: named,
  year: z.number().int(),
  years: z.array(z.number().int()).meta({
    description: 'The years with published money on the actual basis, newest first',
  }),
  basis: z.literal('actual'),
  thresholds: z.object({ countyAndBelowBp: bpValue, livelihoodBp: bpValue }).nullable(),
  totals: ruleLine.meta({ description: 'The programme: the donors’ sums, judged as one' }),
  donors: z.array(named.extend(ruleLine.shape)).meta({
    description: 'Every donor of the programme, by code (zero when none of its money is published)',
  }),
});
