/** Request and response shapes of the annual work reports (issue 11 point 4, decision 0058). */
import { z } from 'zod';
import { areaCode, areaNamed, bpValue as bp, fenSum, orgCode } from '../core/schemas.js';

export const REPORT_KINDS = ['donor', 'area'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const donorReportParams = z.object({ code: orgCode });
export const areaReportParams = z.object({ code: areaCode });

export const reportQuery = z.object({
  year: z.coerce.number().int().min(1949).max(2100).meta({ description: 'The year reported on' }),
});

export const pdfQuery = reportQuery.extend({
  lang: z.enum(['zh', 'en', 'ug']).optional().meta({
    description:
      'The PDF’s language: zh, en or ug (Uyghur, right to left). Default: Accept-Language, Chinese first',
  }),
});
export type ReportQuery = z.infer<typeof reportQuery>;

const named = z.object({ code: z.string(), name: z.string(), nameEn: z.string() });
const count = z.number().int();
/** A figure the caller may not see at all (its policy refuses the whole section) is null. */
const hidden = <T extends z.ZodType>(t: T) =>
  t.nullable().meta({ description: 'null: the caller may not see this section' });

const funds = z.object({
  committedFen: fenSum,
  arrivedFen: fenSum,
  disbursedFen: fenSum,
  spentFen: fenSum,
});

const fundsLine = named.extend(funds.shape);

const ruleLine = z.object({
  programme: named,
  basis: z.enum(['plan', 'actual']),
  donor: named,
  totalFen: fenSum,
  countyAndBelowFen: fenSum,
  livelihoodFen: fenSum,
  countyAndBelowBp: bp,
  livelihoodBp: bp,
  thresholds: z.object({ countyAndBelowBp: bp, livelihoodBp: bp }).nullable(),
  countyAndBelowOk: z.boolean().nullable(),
  livelihoodOk: z.boolean().nullable(),
  marginFen: z.object({ countyAndBelow: fenSum.nullable(), livelihood: fenSum.nullable() }).meta({
    description: 'Part minus the least passing part: ≥ 0 passes, < 0 is the shortfall',
  }),
});

const keyed = z.object({ key: z.string(), name: z.string(), nameEn: z.string(), projects: count });

const largest = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  donor: named,
  type: z.string(),
  stage: z.string(),
  budgetFen: fenSum,
  areas: z.array(areaNamed),
});

const indicator = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  unit: z.enum(['count', 'fen', 'person-times']),
  value: z.union([fenSum, z.number(), z.null()]).meta({
    description:
      'In the element’s unit (fen for money, basis points for a percentage); null when not reported',
  }),
});

const warningItem = z.object({
  id: count,
  kind: z.string(),
  status: z.string(),
  subject: z.string().meta({ description: 'The project’s, person’s or company’s name' }),
  detectedAt: z.string(),
});

export const reportView = z.object({
  kind: z.enum(REPORT_KINDS),
  subject: named.extend({ level: z.string().nullable() }),
  year: count,
  generatedAt: z.string(),
  funds: hidden(funds).meta({
    description:
      'The year’s ledger totals the caller may see; by area each project’s share by location (decision 0044)',
  }),
  fundsBy: hidden(z.array(fundsLine)).meta({
    description: 'A donor’s money by recipient prefecture; an area’s by donor',
  }),
  rules: hidden(z.array(ruleLine)).meta({
    description:
      'The two 80% rules for the year, plan and actual basis: the donor’s own, or (area report) those of each donor with money in the area that the caller may see, over all their areas',
  }),
  projects: z.object({
    total: count,
    jobsCreated: count,
    byStage: z.array(keyed),
    byType: z.array(keyed),
  }),
  largestProjects: z
    .array(largest)
    .meta({ description: 'The ten largest of the plan year by budget' }),
  people: hidden(
    z.object({
      sent: count,
      sentFlexible: count,
      servingNow: count,
      servingFlexibleNow: count,
      byCounterpart: z.array(named.extend({ sent: count })),
      batches: z.array(
        z.object({
          number: count,
          name: z.string().nullable(),
          startsOn: z.string().nullable(),
          programme: z.string(),
          donor: named,
        }),
      ),
    }),
  ),
  training: hidden(z.object({ peopleTrained: count, personTimes: count, jobsFound: count })),
  companies: hidden(
    z.object({ companies: count, investmentFen: fenSum, jobs: count, casesOpen: count }),
  ),
  sales: hidden(
    z.object({ salesFen: fenSum, byCounterpart: z.array(named.extend({ salesFen: fenSum })) }),
  ),
  indicators: z.array(indicator),
  warnings: z.object({
    open: count,
    acknowledged: count,
    resolved: count,
    dismissed: count,
    openItems: z.array(warningItem).meta({ description: 'The newest open ones (at most 10)' }),
  }),
});
export type ReportView = z.infer<typeof reportView>;
