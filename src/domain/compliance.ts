/**
 * The two 80% rules (两个80%) for one donor, programme and year: at least a threshold share of
 * the donor's funds at county level and below, and at least a threshold share on livelihood.
 * Pure: the caller loads the projects with the amounts already attributed to this donor (on the
 * plan or the actual basis) and the thresholds in force; nothing here reads the database.
 *
 * Rounding, everywhere to the fen and never through floating point:
 * - a project's amount is split over its locations by their shares with the largest-remainder
 *   method ({@link allocate}), so the location parts add up to the amount exactly; location
 *   shares that add up to less than 10000 bp leave an *unlocated* part, counted above county
 *   (what cannot be placed cannot be shown to reach a county); a project without locations is
 *   wholly unlocated;
 * - the livelihood part is `allocate(amount, [livelihoodBp, 10000 − livelihoodBp])[0]`;
 * - donor totals are sums of these integer parts, so county part + above-county part = total
 *   to the fen;
 * - shares are `floor(part × 10000 / total)` bp ({@link bpOf}); pass/fail and margins compare
 *   `part × 10000` with `threshold × total` exactly ({@link meetsThreshold}, {@link marginFen}).
 */
import { type AreaLevel, isCountyOrBelow } from './areas.js';
import {
  allocate,
  BP_WHOLE,
  bpOf,
  type ExactFen,
  marginFen,
  meetsThreshold,
  sumFen,
} from './money.js';

/** Where a project is located, with the share of its funds there and its pairing class. */
export interface ComplianceLocation {
  areaCode: string;
  /** The area's level; XPCC cities are county level in the area data. */
  level: AreaLevel;
  shareBp: number;
  /** True when the donor's work there is cross-pair (打破对结) on the project's date. */
  crossPair: boolean;
}

/** One project with the amount attributed to the donor under evaluation. */
export interface ComplianceProject {
  projectId: number;
  code: string;
  name: string;
  /** The English name, if the project has one. */
  nameEn?: string | null;
  /** The donor's part of the project's funds on the chosen basis, in fen. */
  amountFen: number;
  livelihoodShareBp: number;
  locations: readonly ComplianceLocation[];
}

/** The thresholds in force, in basis points (8000 = 80%). */
export interface ComplianceThresholds {
  countyAndBelowBp: number;
  livelihoodBp: number;
}

/** A location's part of one project's amount. */
export interface LocationPart extends ComplianceLocation {
  fen: number;
  countyOrBelow: boolean;
}

/** How one project's amount splits, for drill-down. */
export interface ProjectBreakdown {
  projectId: number;
  code: string;
  name: string;
  nameEn?: string | null;
  amountFen: number;
  countyAndBelowFen: number;
  /** Above county level, including any unlocated part. */
  aboveCountyFen: number;
  /** The part not placed by the location shares (they add up to less than 10000 bp). */
  unlocatedFen: number;
  livelihoodShareBp: number;
  livelihoodFen: number;
  crossPairFen: number;
  locations: LocationPart[];
}

/** A project that pulls a failing share down, and by how much moving it would help. */
export interface Culprit {
  projectId: number;
  code: string;
  name: string;
  nameEn?: string | null;
  /** Its above-county (resp. non-livelihood) part: what moving it would add to the part. */
  offendingFen: number;
  /** Moving this project alone would close the shortfall. */
  fixesAlone: boolean;
}

export interface DonorCompliance {
  /** Sums over the donor's projects: exact, BigInt past 2^53 (decision 0031). */
  totalFen: ExactFen;
  countyAndBelowFen: ExactFen;
  livelihoodFen: ExactFen;
  crossPairFen: ExactFen;
  countyAndBelowBp: number;
  livelihoodBp: number;
  /** null when no thresholds apply or there is nothing to judge (total 0). */
  countyAndBelowOk: boolean | null;
  livelihoodOk: boolean | null;
  /** Part minus the least part that passes; null exactly when the matching `…Ok` is null. */
  marginFen: { countyAndBelow: ExactFen | null; livelihood: ExactFen | null };
  /** Only for a failing rule; empty otherwise. */
  culprits: { countyAndBelow: Culprit[]; livelihood: Culprit[] };
  projectBreakdown: ProjectBreakdown[];
}

/**
 * Splits one project's amount by its location shares (largest remainder; any shortfall of the
 * shares below 10000 bp is an unlocated part, above county) and by its livelihood share.
 */
export function breakDownProject(p: ComplianceProject): ProjectBreakdown {
  const located = p.locations.reduce((sum, l) => sum + l.shareBp, 0);
  const unlocatedBp = Math.max(0, BP_WHOLE - located);
  const weights = [...p.locations.map((l) => l.shareBp), unlocatedBp];
  const parts = allocate(p.amountFen, weights);
  let countyAndBelowFen = 0;
  let crossPairFen = 0;
  const locations = p.locations.map((l, i): LocationPart => {
    const fen = parts[i] as number;
    const countyOrBelow = isCountyOrBelow(l.level);
    if (countyOrBelow) countyAndBelowFen += fen;
    if (l.crossPair) crossPairFen += fen;
    return { ...l, fen, countyOrBelow };
  });
  const unlocatedFen = parts[p.locations.length] as number;
  const livelihoodShareBp = Math.min(BP_WHOLE, Math.max(0, p.livelihoodShareBp));
  const [livelihoodFen = 0] = allocate(p.amountFen, [
    livelihoodShareBp,
    BP_WHOLE - livelihoodShareBp,
  ]);
  return {
    projectId: p.projectId,
    code: p.code,
    name: p.name,
    nameEn: p.nameEn ?? null,
    amountFen: p.amountFen,
    countyAndBelowFen,
    aboveCountyFen: p.amountFen - countyAndBelowFen,
    unlocatedFen,
    livelihoodShareBp,
    livelihoodFen,
    crossPairFen,
    locations,
  };
}

function byCode(a: { code: string }, b: { code: string }): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/** A project's offending part for a failing rule (see {@link Culprit}). */
export interface OffendingProject {
  projectId: number;
  code: string;
  name: string;
  nameEn?: string | null;
  offendingFen: number;
}

/**
 * Culprits from projects and their offending parts: those with a non-zero part, largest first
 * (then by code). Moving one to county level (resp. livelihood) raises the part by its offending
 * amount, the total unchanged; it fixes the rule alone when that covers the shortfall.
 */
export function culpritsOf(
  projects: readonly OffendingProject[],
  shortfallFen: ExactFen,
): Culprit[] {
  return projects
    .filter((p) => p.offendingFen > 0)
    .sort((x, y) => y.offendingFen - x.offendingFen || byCode(x, y))
    .map((p) => ({ ...p, fixesAlone: p.offendingFen >= shortfallFen }));
}

function offendingBy(
  breakdown: readonly ProjectBreakdown[],
  offending: (b: ProjectBreakdown) => number,
): OffendingProject[] {
  return breakdown.map((b) => ({
    projectId: b.projectId,
    code: b.code,
    name: b.name,
    nameEn: b.nameEn ?? null,
    offendingFen: offending(b),
  }));
}

/** A donor's sums of project parts, in fen. */
export interface DonorTotals {
  totalFen: ExactFen;
  countyAndBelowFen: ExactFen;
  livelihoodFen: ExactFen;
  crossPairFen: ExactFen;
}

/** The verdict on a donor's totals: shares, pass/fail and margins, without culprits. */
export type DonorJudgement = Omit<DonorCompliance, 'culprits' | 'projectBreakdown'>;

interface RuleOutcome {
  ok: boolean | null;
  margin: ExactFen | null;
}

function judge(part: ExactFen, total: ExactFen, thresholdBp: number | undefined): RuleOutcome {
  if (thresholdBp === undefined || BigInt(total) === 0n) return { ok: null, margin: null };
  return {
    ok: meetsThreshold(part, total, thresholdBp),
    margin: marginFen(part, total, thresholdBp),
  };
}

/**
 * Judges a donor's totals. With no thresholds (a year before the programme had any) or a total
 * of 0 (nothing to judge) both `…Ok` and margins are null; the shares are still computed (0 bp
 * for an empty total).
 */
export function judgeTotals(
  totals: DonorTotals,
  thresholds: ComplianceThresholds | null,
): DonorJudgement {
  const { totalFen, countyAndBelowFen, livelihoodFen, crossPairFen } = totals;
  const county = judge(countyAndBelowFen, totalFen, thresholds?.countyAndBelowBp);
  const livelihood = judge(livelihoodFen, totalFen, thresholds?.livelihoodBp);
  return {
    totalFen,
    countyAndBelowFen,
    livelihoodFen,
    crossPairFen,
    countyAndBelowBp: bpOf(countyAndBelowFen, totalFen),
    livelihoodBp: bpOf(livelihoodFen, totalFen),
    countyAndBelowOk: county.ok,
    livelihoodOk: livelihood.ok,
    marginFen: { countyAndBelow: county.margin, livelihood: livelihood.margin },
  };
}

/**
 * Evaluates the two rules for one donor over its projects: {@link judgeTotals} of the sums of
 * the projects' parts, with culprits for a failing rule and every project's breakdown.
 */
export function evaluateDonor(
  projects: readonly ComplianceProject[],
  thresholds: ComplianceThresholds | null,
): DonorCompliance {
  const projectBreakdown = projects.map(breakDownProject).sort(byCode);
  const totals: DonorTotals = {
    totalFen: sumFen(...projectBreakdown.map((b) => b.amountFen)),
    countyAndBelowFen: sumFen(...projectBreakdown.map((b) => b.countyAndBelowFen)),
    livelihoodFen: sumFen(...projectBreakdown.map((b) => b.livelihoodFen)),
    crossPairFen: sumFen(...projectBreakdown.map((b) => b.crossPairFen)),
  };
  const verdict = judgeTotals(totals, thresholds);
  const { countyAndBelow, livelihood } = verdict.marginFen;
  return {
    ...verdict,
    culprits: {
      countyAndBelow:
        verdict.countyAndBelowOk === false
          ? culpritsOf(
              offendingBy(projectBreakdown, (b) => b.aboveCountyFen),
              -(countyAndBelow ?? 0),
            )
          : [],
      livelihood:
        verdict.livelihoodOk === false
          ? culpritsOf(
              offendingBy(projectBreakdown, (b) => b.amountFen - b.livelihoodFen),
              -(livelihood ?? 0),
            )
          : [],
    },
    projectBreakdown,
  };
}
