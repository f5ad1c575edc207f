import { z } from 'zod';
import {
  areaNameUg,
  bpValue as bp,
  fenValue as fen,
  fenSum,
  offset,
  orgCode,
  programmeCode,
} from '../core/schemas.js';

export const basis = z.enum(['plan', 'actual']).meta({
  description:
    'plan: planned funds of the donor’s annual plan (any status); actual: actual disbursements dated in the year',
});

const commonQuery = {
  programme: programmeCode,
  year: z.coerce.number().int().min(1949).max(2100),
  basis,
};

export const complianceListQuery = z.object({
  ...commonQuery,
  year: commonQuery.year.optional().meta({
    description:
      'Default: the latest year with money on the basis (the current year when there is none)',
  }),
  donor: orgCode.optional().meta({ description: 'Only this donor' }),
});

export const complianceDonorParams = z.object({ donor: orgCode });
export const complianceDonorQuery = z.object({
  ...commonQuery,
  sort: z.enum(['code', 'county', 'livelihood']).default('code').meta({
    description:
      'The projects by code, or by what each pulls the county (resp. livelihood) rule down, largest first',
  }),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset,
});

const nameEn = z.string().nullable().meta({ description: 'The English name, if given' });

const culprit = z.object({
  projectId: z.number().int(),
  code: z.string(),
  name: z.string(),
  nameEn,
  offendingFen: fen.meta({
    description: 'Its above-county (resp. non-livelihood) part: what moving it would add',
  }),
  fixesAlone: z.boolean().meta({ description: 'Moving this project alone closes the shortfall' }),
});

const ruleNullable = z.boolean().nullable();

/** A plan's statuses (the plans module's PLAN_STATUSES; plans imports compliance, not back). */
export const planStatus = z.enum(['draft', 'submitted', 'approved', 'returned']);

export const donorCompliance = z.object({
  donor: z.object({ code: z.string(), name: z.string(), nameEn: z.string() }),
  totalFen: fenSum,
  countyAndBelowFen: fenSum,
  livelihoodFen: fenSum,
  crossPairFen: fenSum.meta({ description: 'Funds at locations where the donor works cross-pair' }),
  countyAndBelowBp: bp,
  livelihoodBp: bp,
  countyAndBelowOk: ruleNullable.meta({
    description: 'null when no thresholds apply in the year or the total is 0',
  }),
  livelihoodOk: ruleNullable,
  marginFen: z
    .object({
      countyAndBelow: fenSum.nullable(),
      livelihood: fenSum.nullable(),
    })
    .meta({ description: 'Part minus the least passing part: ≥ 0 passes, < 0 is the shortfall' }),
  thresholds: z.object({ countyAndBelowBp: bp, livelihoodBp: bp }).nullable(),
  culprits: z.object({ countyAndBelow: z.array(culprit), livelihood: z.array(culprit) }).meta({
    description:
      'For a failing rule: the projects pulling it down, largest first (the report lists the first 10; the donor drill-down lists all)',
  }),
  culpritCount: z
    .object({ countyAndBelow: z.number().int(), livelihood: z.number().int() })
    .meta({ description: 'How many projects pull each failing rule down (0 for a passing rule)' }),
  plan: z.object({ id: z.number().int(), status: planStatus }).nullable().meta({
    description:
      'The donor’s plan for the programme and year, if any: on the plan basis, figures of a plan not yet approved are provisional',
  }),
});

export const complianceTotals = z
  .object({
    totalFen: fenSum,
    countyAndBelowFen: fenSum,
    livelihoodFen: fenSum,
    crossPairFen: fenSum,
    countyAndBelowBp: bp,
    livelihoodBp: bp,
    countyAndBelowOk: ruleNullable,
    livelihoodOk: ruleNullable,
  })
  .meta({ description: 'The sums of the listed donors, judged against the year’s thresholds' });

export const complianceList = z.object({
  items: z.array(donorCompliance),
  programme: z.string(),
  year: z.number().int().meta({ description: 'The year reported on (the default when not asked)' }),
  basis,
  years: z.array(z.number().int()).meta({
    description: 'The years with money on the basis for the programme, newest first',
  }),
  totals: complianceTotals,
});

const locationPart = z.object({
  areaCode: z.string(),
  areaName: z.string(),
  areaNameEn: z.string().meta({ description: 'The area’s English name' }),
  areaNameUg: areaNameUg,
  level: z.string(),
  shareBp: z.number().int(),
  fen,
  countyOrBelow: z.boolean(),
  crossPair: z.boolean(),
});

const projectBreakdown = z.object({
  projectId: z.number().int(),
  code: z.string(),
  name: z.string(),
  nameEn,
  amountFen: fen.meta({ description: 'The donor’s part of the project on this basis' }),
  countyAndBelowFen: fen,
  aboveCountyFen: fen,
  unlocatedFen: fen.meta({ description: 'Not placed by location shares (counted above county)' }),
  livelihoodShareBp: z.number().int(),
  livelihoodFen: fen,
  crossPairFen: fen,
  classifiedOn: z.string().meta({
    description: 'The date pairings were read on: the approval date, else 1 July of the year',
  }),
  locations: z.array(locationPart),
});

export const donorComplianceDetail = donorCompliance.extend({
  programme: z.string(),
  year: z.number().int(),
  basis,
  projects: z
    .array(projectBreakdown)
    .meta({ description: 'One page of the projects (`limit`, `offset`, `sort`)' }),
  projectCount: z.number().int().meta({ description: 'Every project with a part, on all pages' }),
});

export type Basis = z.infer<typeof basis>;
export type PlanStatus = z.infer<typeof planStatus>;
export type ComplianceTotals = z.infer<typeof complianceTotals>;
export type ComplianceListQuery = z.infer<typeof complianceListQuery>;
export type ComplianceDonorQuery = z.infer<typeof complianceDonorQuery>;
export type DonorComplianceView = z.infer<typeof donorCompliance>;
export type DonorComplianceDetailView = z.infer<typeof donorComplianceDetail>;
export type ComplianceList = z.infer<typeof complianceList>;
