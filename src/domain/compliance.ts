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
import { allocate, BP_WHOLE, bpOf, marginFen, meetsThreshold } from './money.js';

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
  /** Its above-county (resp. non-livelihood) part: what moving it would add to the part. */
  offendingFen: number;
  /** Moving this project alone would close the shortfall. */
  fixesAlone: boolean;
}

export interface DonorCompliance {
  totalFen: number;
  countyAndBelowFen: number;
  livelihoodFen: number;
  crossPairFen: number;
  countyAndBelowBp: number;
  livelihoodBp: number;
  /** null when no thresholds apply or there is nothing to judge (total 0). */
  countyAndBelowOk: boolean | null;
  livelihoodOk: boolean | null;
  /** Part minus the least part that passes; null exactly when the matching `…Ok` is null. */
  marginFen: { countyAndBelow: number | null; livelihood: number | null };
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

/**
 * The projects with a non-zero offending part, largest first (then by code): moving one to
 * county level (resp. livelihood) raises the part by its offending amount, the total unchanged.
 */
function culpritsOf(
  breakdown: readonly ProjectBreakdown[],
  offending: (b: ProjectBreakdown) => number,
  shortfallFen: number,
): Culprit[] {
  return breakdown
    .map((b) => ({ b, fen: offending(b) }))
    .filter((x) => x.fen > 0)
    .sort((x, y) => y.fen - x.fen || byCode(x.b, y.b))
    .map(({ b, fen }) => ({
      projectId: b.projectId,
      code: b.code,
      name: b.name,
      offendingFen: fen,
      fixesAlone: fen >= shortfallFen,
    }));
}

interface RuleOutcome {
  ok: boolean | null;
  margin: number | null;
}

function judge(part: number, total: number, thresholdBp: number | undefined): RuleOutcome {
  if (thresholdBp === undefined || total === 0) return { ok: null, margin: null };
  return {
    ok: meetsThreshold(part, total, thresholdBp),
    margin: marginFen(part, total, thresholdBp),
  };
}

/**
 * Evaluates the two rules for one donor over its projects. With no thresholds (a year before the
 * programme had any) or a total of 0 (nothing to judge) both `…Ok` and margins are null and
 * there are no culprits; the shares are still computed (0 bp for an empty total).
 */
export function evaluateDonor(
  projects: readonly ComplianceProject[],
  thresholds: ComplianceThresholds | null,
): DonorCompliance {
  const projectBreakdown = projects.map(breakDownProject).sort(byCode);
  let totalFen = 0;
  let countyAndBelowFen = 0;
  let livelihoodFen = 0;
  let crossPairFen = 0;
  for (const b of projectBreakdown) {
    totalFen += b.amountFen;
    countyAndBelowFen += b.countyAndBelowFen;
    livelihoodFen += b.livelihoodFen;
    crossPairFen += b.crossPairFen;
  }
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
    culprits: {
      countyAndBelow:
        county.ok === false
          ? culpritsOf(projectBreakdown, (b) => b.aboveCountyFen, -(county.margin ?? 0))
          : [],
      livelihood:
        livelihood.ok === false
          ? culpritsOf(
              projectBreakdown,
              (b) => b.amountFen - b.livelihoodFen,
              -(livelihood.margin ?? 0),
            )
          : [],
    },
    projectBreakdown,
  };
}
