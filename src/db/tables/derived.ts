/** Derived rows the projections keep, and the state that keeps them honest, as Kysely types. */
import type { Stage } from '../../domain/stages.js';

/**
 * One project's part of a donor's money for a programme, year and basis (migration 0004), split
 * as the two 80% rules split it; maintained by src/modules/compliance/parts.ts.
 */
export interface CompliancePartsTable {
  programmeCode: string;
  year: number;
  basis: 'plan' | 'actual';
  donorCode: string;
  projectId: number;
  amountFen: number;
  countyFen: number;
  livelihoodFen: number;
  crossPairFen: number;
}

/** A project's code and names, lower-cased, for free-text search (migration 0006). */
export interface ProjectSearchTable {
  projectId: number;
  text: string;
}

/** One data-quality finding of a project (migration 0007), kept by src/modules/quality. */
export interface QualityFindingsTable {
  projectId: number;
  rule: string;
  field: string;
  severity: 'critical' | 'error' | 'warning';
  /** 0 critical, 1 error, 2 warning: the list's order. */
  severityRank: number;
  /** Its place among the project's findings: most severe first, then in rule order. */
  ordinal: number;
  messageZh: string;
  messageEn: string;
  projectCode: string;
  programmeCode: string;
  year: number;
  /** 1 when the project is published. */
  published: number;
}

/** What each projection's stored rows were built by, and whether a rebuild is owed (0007). */
export interface ProjectionStateTable {
  name: string;
  version: number;
  needsRebuild: number;
}

/** One row: a token that changes with every write to a reference table (0007, by trigger). */
export interface ReferenceVersionTable {
  id: number;
  token: string;
}

/** What the rates read of a project, its actual ledger summed by type (migration 0008). */
export interface ProjectFiguresTable {
  projectId: number;
  projectCode: string;
  programmeCode: string;
  year: number;
  stage: Stage;
  stageBeforeSuspension: Stage | null;
  budgetFen: number;
  committedFen: number;
  arrivedFen: number;
  disbursedFen: number;
  expendedFen: number;
}

/** Every area a project is located in or under, with its programme, publication, year and code (0014). */
export interface ProjectPlacesTable {
  projectId: number;
  areaCode: string;
  programmeCode: string;
  published: number;
  year: number;
  code: string;
}

/** Projects per programme, area and publication: `project_places` counted by triggers (0014). */
export interface AreaProjectTotalsTable {
  programmeCode: string;
  areaCode: string;
  published: number;
  projects: number;
}

/** A project's actual disbursements per donor and year in one area of its places (0014). */
export interface AreaPartsTable {
  projectId: number;
  areaCode: string;
  donorCode: string;
  year: number;
  programmeCode: string;
  published: number;
  amountFen: number;
  crossPairFen: number;
}

/**
 * Each project's actual commitments, arrivals and expenditure per year in every area of its
 * places, split by location shares (projection `area-money`, migration 0029, decision 0044).
 */
export interface AreaMoneyTable {
  projectId: number;
  areaCode: string;
  year: number;
  committedFen: number;
  arrivedFen: number;
  expendedFen: number;
}

/** The sums of `area_parts` per programme, area, publication, year and donor, kept by triggers (0014). */
export interface AreaFundTotalsTable {
  programmeCode: string;
  areaCode: string;
  published: number;
  year: number;
  donorCode: string;
  amountFen: number;
  crossPairFen: number;
  projects: number;
}

/** The figures an analytics total sums (decision 0051). */
interface AnalyticsSums {
  committedFen: number;
  arrivedFen: number;
  disbursedFen: number;
  expendedFen: number;
  /** 1 (facts) or how many projects (totals) have an actual entry of the type that year. */
  committedN: number;
  arrivedN: number;
  disbursedN: number;
  expendedN: number;
  /** The largest achieved jobs figure dated in the year (facts), or their sum (totals). */
  jobs: number;
  jobsN: number;
  /** 1 on the project's plan year (facts), or the projects of that plan year (totals). */
  projects: number;
}

/**
 * Per project and year (0: jobs figures without a date), the project's keys and that year's
 * figures (projection `analytics-facts`, migration 0033, decision 0051).
 */
export interface AnalyticsFactsTable extends AnalyticsSums {
  projectId: number;
  year: number;
  programmeCode: string;
  donorCode: string;
  typeCode: string;
  stage: string;
  published: number;
}

/** The sums of `analytics_facts` per programme, lead donor, year, type, stage, publication (0033). */
export interface AnalyticsTotalsTable extends AnalyticsSums {
  programmeCode: string;
  donorCode: string;
  year: number;
  typeCode: string;
  stage: string;
  published: number;
  rowCount: number;
}
