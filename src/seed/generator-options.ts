/** The options of `shanhai generate` (src/seed/generate.ts) and their defaults. */
import type { RuleTargets } from './generator-rules.js';

export interface GenerateOptions {
  /** First plan year. */
  fromYear: number;
  years: number;
  projectsPerYear: number;
  /** Total planned funds of all donors per year, in yuan. */
  yuanPerYear: number;
  seed: number;
  /** The date the data is generated as of: nothing actual after it (default: today, UTC). */
  today?: string;
  /**
   * The share of projects deliberately late (their next stage planned before `today` and not
   * reached), so that warnings have something to find; the rest raise none.
   */
  lateShare: number;
  /** Shares to steer a donor's year to on the plan basis (the demo's); none: as drawn. */
  targets?: (donor: string, year: number) => RuleTargets | undefined;
  /** A donor's plan status for a year (default: approved before `today`'s year, else submitted). */
  planStatus?: (donor: string, year: number) => 'approved' | 'submitted';
  /**
   * Postings of aid personnel per year, all donors, each with its person (decision 0035);
   * default none (the demo and the project benchmarks); the CLI defaults to half the projects.
   */
  postingsPerYear?: number;
  /** Training sessions per year, all donors (decision 0035); default none, like postings. */
  sessionsPerYear?: number;
  /** Consumption-aid sales rows per year, all donors (decision 0035); default none. */
  salesPerYear?: number;
  /**
   * Companies brought in per year, all donors, with their officers and cases (decision 0039);
   * default none, like postings; the CLI defaults to a tenth of the projects.
   */
  companiesPerYear?: number;
  /** Cases per company on average (zero to twice as many each; default 5). */
  casesPerCompany?: number;
  /** Called after each year with what was written so far. */
  onProgress?: (p: {
    year: number;
    projects: number;
    transactions: number;
    postings: number;
  }) => void;
}

export const GENERATE_DEFAULTS: GenerateOptions = {
  fromYear: 2021,
  years: 5,
  projectsPerYear: 2000,
  yuanPerYear: 20_000_000_000,
  seed: 2010,
  lateShare: 0.03,
};
