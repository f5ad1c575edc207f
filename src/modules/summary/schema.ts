/** Request and response shapes of the home page's figures and an area's money. */
import { z } from 'zod';
import { STAGES } from '../../domain/stages.js';
import { PROJECT_WARNING_KINDS } from '../../domain/warnings.js';
import { complianceTotals } from '../compliance/schema.js';
import {
  areaCode,
  areaRef,
  bpValue as bp,
  fenValue as fen,
  fenSum,
  isoDate,
  programmeCode,
} from '../core/schemas.js';
import { ratesView } from '../ledger/rates-schema.js';

const year = z.coerce.number().int().min(1949).max(2100);
const donorRef = z.object({ code: z.string(), name: z.string(), nameEn: z.string() });

export const summaryQuery = z.object({
  programme: programmeCode.default('xinjiang'),
  year: year.optional().meta({
    description: 'Default: the latest year with actual disbursements (else the current year)',
  }),
});

export const summaryScope = z.enum(['programme', 'donor', 'area', 'public']).meta({
  description:
    'Whose figures: the whole programme (programme office, auditors), the donors of a donor editor, the areas of a recipient editor, or published projects only',
});

export const summaryView = z.object({
  programme: z.string(),
  year: z.number().int(),
  years: z.array(z.number().int()).meta({ description: 'Years with disbursements, newest first' }),
  scope: summaryScope,
  donors: z.array(donorRef).meta({ description: 'The donors of the scope (donor scope)' }),
  areas: z.array(areaRef).meta({ description: 'The areas of the scope (area scope)' }),
  rules: z
    .object({
      items: z.array(
        z.object({
          donor: donorRef,
          totalFen: fenSum,
          countyAndBelowBp: bp,
          livelihoodBp: bp,
          countyAndBelowOk: z.boolean().nullable(),
          livelihoodOk: z.boolean().nullable(),
        }),
      ),
      totals: complianceTotals,
      thresholds: z.object({ countyAndBelowBp: bp, livelihoodBp: bp }).nullable(),
    })
    .nullable()
    .meta({
      description:
        'The two 80% rules on the actual basis per donor the caller may see; null when it may see none',
    }),
  progress: ratesView.omit({ scope: true }).nullable().meta({
    description:
      'Funds and progress of the year’s projects in the scope (its donors or areas, each project once, weighted by the sum of the granted donors’ shares or of its locations in the granted areas); null for published-only callers',
  }),
  warnings: z
    .object({
      open: z.number().int().meta({ description: 'Open and acknowledged warnings' }),
      byKind: z.array(z.object({ kind: z.enum(PROJECT_WARNING_KINDS), count: z.number().int() })),
    })
    .nullable()
    .meta({ description: 'The scope’s open warnings by kind; null for published-only callers' }),
  counts: z.object({
    projects: z.number().int().meta({ description: 'Projects of the programme in the scope' }),
    projectsInYear: z.number().int(),
  }),
});

export const areaFundsParams = z.object({ code: areaCode });
export const areaFundsQuery = z.object({
  programme: programmeCode.default('xinjiang'),
  date: isoDate.optional().meta({ description: 'Donors paired on this date; default today' }),
});

export const areaFundsView = z.object({
  area: areaRef,
  programme: z.string(),
  projects: z.object({
    count: z.number().int().meta({ description: 'Projects located in the area or below it' }),
    latest: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        nameEn: z.string().nullable(),
        year: z.number().int(),
        stage: z.enum(STAGES),
        budgetFen: fen,
        leadDonor: donorRef,
      }),
    ),
  }),
  funds: z
    .array(
      z.object({
        donor: donorRef,
        year: z.number().int(),
        totalFen: fenSum,
        inPairFen: fenSum,
        crossPairFen: fenSum,
        projects: z.number().int(),
      }),
    )
    .meta({
      description:
        'Actual disbursements located in the area or below, per donor and year, split in-pair and cross-pair exactly as the two 80% rules split them (a project partly elsewhere counts its locations here)',
    }),
  donors: z
    .array(
      donorRef.extend({
        areas: z
          .array(areaRef)
          .meta({ description: 'Where in the subtree (or above) it is paired' }),
        sub: z.boolean(),
      }),
    )
    .meta({ description: 'Donors paired with the area, an ancestor or any area below it' }),
});

export type SummaryQuery = z.infer<typeof summaryQuery>;
export type SummaryView = z.infer<typeof summaryView>;
export type AreaFundsQuery = z.infer<typeof areaFundsQuery>;
export type AreaFundsView = z.infer<typeof areaFundsView>;
