/**
 * The two 80% rules per donor, programme and year, on the plan or the actual basis, from the
 * parts maintained with every write (parts.ts): the report is a grouped sum, always as the
 * ledger is now (no rebuild step). The drill-down recomputes its donor's projects with the same
 * functions, so both agree to the fen.
 */
import { type Executor, engineOf } from '../../db/database.js';
import {
  breakDownProject,
  culpritsOf,
  type DonorJudgement,
  type DonorTotals,
  judgeTotals,
} from '../../domain/compliance.js';
import { NotFoundError } from '../../domain/errors.js';
import { type ExactFen, exactFen, sumFen } from '../../domain/money.js';
import { problem } from '../../domain/problems.js';
import { authorize, can } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { loadAggregates } from '../projects/aggregate.js';
import { loadReference, type Reference } from '../reference/reference.js';
import { PartsComputer, Roster } from './parts.js';
import { type Computed, presentDetail, presentDonorCompliance } from './presenters.js';
import {
  donorTotals,
  loadPlans,
  projectPageOf,
  topOffenders,
  yearsWithParts,
} from './repository.js';
import type {
  Basis,
  ComplianceDonorQuery,
  ComplianceList,
  ComplianceListQuery,
  ComplianceTotals,
  DonorComplianceDetailView,
} from './schema.js';

type Ctx = ServiceContext;

/** The reference data and the programme's roster. @throws NotFoundError for an unknown programme */
async function loadRoster(db: Executor, programme: string) {
  const ref = await loadReference(db);
  if (!ref.programmes.has(programme)) {
    throw new NotFoundError(problem('programme.notFound', { code: programme }));
  }
  return { ref, roster: new Roster(ref, programme) };
}

/** How many culprits per rule a line of the report lists; the drill-down lists them all. */
export const CULPRITS_IN_LIST = 10;

interface ComputeInput {
  programme: string;
  year: number;
  basis: Basis;
  /** The donors to report on; null for every donor, and any root organisation with money. */
  donors: readonly string[] | null;
}

function thresholdsOf(ref: Reference, programme: string, year: number) {
  const t = ref.thresholdsFor(programme, year);
  return t ? { countyAndBelowBp: t.countyAndBelowBp, livelihoodBp: t.livelihoodBp } : null;
}

/** The donor's plan for the programme and year, per donor (a plan of an HQ counts for its donor). */
async function plansByDonor(db: Executor, roster: Roster, programme: string, year: number) {
  const planOf = new Map<string, NonNullable<Computed['plan']>>();
  for (const p of await loadPlans(db, programme, year)) {
    const donor = roster.donorOf(p.donorCode);
    if (!planOf.has(donor)) planOf.set(donor, { id: p.id, status: p.status });
  }
  return planOf;
}

/** The top culprits of the county rule for `county`, and of the livelihood rule for `livelihood`. */
function offenders(
  db: Executor,
  q: ComputeInput,
  county: readonly string[],
  livelihood: readonly string[],
) {
  return Promise.all([
    county.length > 0 ? topOffenders(db, { ...q, donors: county }, 'county', CULPRITS_IN_LIST) : [],
    livelihood.length > 0
      ? topOffenders(db, { ...q, donors: livelihood }, 'livelihood', CULPRITS_IN_LIST)
      : [],
  ]);
}

/**
 * Every line of the report from the maintained parts: one grouped sum, and the top culprits of
 * the failing donors (one query per rule; see topOffenders).
 */
async function computeLines(db: Executor, ref: Reference, roster: Roster, input: ComputeInput) {
  const q = { ...input };
  const thresholds = thresholdsOf(ref, input.programme, input.year);
  // On PostgreSQL the culprits are read beside the totals, for every donor reported on (a short
  // index read per donor and rule, cheaper than waiting for the totals first); SQLite, one
  // connection, reads them after, for the failing donors only.
  const guessed = input.donors ?? [...roster.donors];
  const early = engineOf(db) === 'postgres' ? offenders(db, q, guessed, guessed) : null;
  const [totals, planOf, earlyTop] = await Promise.all([
    donorTotals(db, q),
    plansByDonor(db, roster, input.programme, input.year),
    early,
  ]);
  const byDonor = new Map(totals.map((t) => [t.donorCode, t]));
  const codes = new Set(input.donors ?? [...roster.donors, ...byDonor.keys()]);
  const lines = [...codes].sort().map((code) => {
    const org = ref.orgs.get(code);
    if (!org) throw new NotFoundError(problem('organisation.notFound', { code }));
    const t = byDonor.get(code);
    const verdict = judgeTotals(
      t ?? { totalFen: 0, countyAndBelowFen: 0, livelihoodFen: 0, crossPairFen: 0 },
      thresholds,
    );
    return {
      org,
      verdict,
      culprits: { county: t?.countyCulprits ?? 0, livelihood: t?.livelihoodCulprits ?? 0 },
    };
  });
  const failing = (ok: (l: (typeof lines)[number]) => boolean | null) =>
    lines.filter((l) => ok(l) === false).map((l) => l.org.code);
  const countyFailing = failing((l) => l.verdict.countyAndBelowOk);
  const livelihoodFailing = failing((l) => l.verdict.livelihoodOk);
  const known = (codes: string[]) => codes.every((c) => guessed.includes(c));
  const [countyTop, livelihoodTop] =
    earlyTop !== null && known(countyFailing) && known(livelihoodFailing)
      ? [
          earlyTop[0].filter((r) => countyFailing.includes(r.donorCode)),
          earlyTop[1].filter((r) => livelihoodFailing.includes(r.donorCode)),
        ]
      : await offenders(db, q, countyFailing, livelihoodFailing);
  const group = (rows: typeof countyTop) => {
    const map = new Map<string, typeof rows>();
    for (const r of rows) map.set(r.donorCode, [...(map.get(r.donorCode) ?? []), r]);
    return map;
  };
  const countyOf = group(countyTop);
  const livelihoodOf = group(livelihoodTop);
  return lines.map(({ org, verdict, culprits }): Computed => {
    const shortfall = (margin: ExactFen | null) => exactFen(-BigInt(margin ?? 0));
    return {
      donor: org,
      result: {
        ...verdict,
        culprits: {
          countyAndBelow: culpritsOf(
            countyOf.get(org.code) ?? [],
            shortfall(verdict.marginFen.countyAndBelow),
          ),
          livelihood: culpritsOf(
            livelihoodOf.get(org.code) ?? [],
            shortfall(verdict.marginFen.livelihood),
          ),
        },
        projectBreakdown: [],
      },
      culpritCount: {
        countyAndBelow: verdict.countyAndBelowOk === false ? culprits.county : 0,
        livelihood: verdict.livelihoodOk === false ? culprits.livelihood : 0,
      },
      thresholds,
      plan: planOf.get(org.code) ?? null,
    };
  });
}

/** The donor code the request names, checked to exist and to be a donor of the programme. */
function requireDonor(ref: Reference, roster: Roster, code: string, programme: string): void {
  if (!ref.orgs.has(code)) throw new NotFoundError(problem('organisation.notFound', { code }));
  if (!roster.isReportable(code)) {
    throw new NotFoundError(problem('compliance.notDonor', { code, programme }));
  }
}

/**
 * The two 80% rules for every donor the actor may see (one item per top-level donor of the
 * programme's pairings, even without money that year), or for one donor with `donor`.
 *
 * @throws NotFoundError for an unknown programme or donor; ForbiddenError for a donor the
 *   actor may not see
 */
export async function complianceReport(
  ctx: Ctx,
  q: ComplianceListQuery,
  /** The programme's years with parts on the basis, when the caller has read them already. */
  knownYears?: readonly number[],
): Promise<ComplianceList> {
  authorize(ctx.actor, 'compliance.read');
  const [{ ref, roster }, years] = await Promise.all([
    loadRoster(ctx.db, q.programme),
    knownYears ? [...knownYears] : yearsWithParts(ctx.db, q.programme, q.basis),
  ]);
  const year = q.year ?? years[0] ?? new Date().getUTCFullYear();
  let donors: string[] | null;
  if (q.donor !== undefined) {
    requireDonor(ref, roster, q.donor, q.programme);
    authorize(ctx.actor, 'compliance.read', { orgPath: roster.pathOf(q.donor) });
    donors = [q.donor];
  } else if (can(ctx.actor, 'compliance.read', { orgPath: [] })) {
    donors = null; // an unscoped grant sees every donor
  } else {
    donors = [...roster.donors].filter((d) =>
      can(ctx.actor, 'compliance.read', { orgPath: roster.pathOf(d) }),
    );
  }
  const lines = await computeLines(ctx.db, ref, roster, { ...q, year, donors });
  return {
    items: lines.map(presentDonorCompliance),
    programme: q.programme,
    year,
    basis: q.basis,
    years,
    totals: totalsOf(lines, thresholdsOf(ref, q.programme, year)),
  };
}

/** The sums of the lines, judged as one donor would be. */
function totalsOf(lines: readonly Computed[], thresholds: ReturnType<typeof thresholdsOf>) {
  const of = (pick: (r: Computed['result']) => ExactFen) =>
    sumFen(...lines.map((l) => pick(l.result)));
  const sum = {
    totalFen: of((r) => r.totalFen),
    countyAndBelowFen: of((r) => r.countyAndBelowFen),
    livelihoodFen: of((r) => r.livelihoodFen),
    crossPairFen: of((r) => r.crossPairFen),
  };
  const v = judgeTotals(sum, thresholds);
  const totals: ComplianceTotals = {
    totalFen: v.totalFen,
    countyAndBelowFen: v.countyAndBelowFen,
    livelihoodFen: v.livelihoodFen,
    crossPairFen: v.crossPairFen,
    countyAndBelowBp: v.countyAndBelowBp,
    livelihoodBp: v.livelihoodBp,
    countyAndBelowOk: v.countyAndBelowOk,
    livelihoodOk: v.livelihoodOk,
  };
  return totals;
}

/**
 * One donor's rules — the same line as the report's, from the same stored parts — with a page of
 * its projects broken down (its part, county part, livelihood part, cross-pair part and each
 * location's fen), recomputed from the projects themselves, for drill-down.
 *
 * @throws NotFoundError for an unknown programme or donor; ForbiddenError for a donor the
 *   actor may not see
 */
export async function donorComplianceDetail(
  ctx: Ctx,
  donor: string,
  q: ComplianceDonorQuery,
): Promise<DonorComplianceDetailView> {
  authorize(ctx.actor, 'compliance.read');
  const { ref, roster } = await loadRoster(ctx.db, q.programme);
  requireDonor(ref, roster, donor, q.programme);
  authorize(ctx.actor, 'compliance.read', { orgPath: roster.pathOf(donor) });
  const parts = { programme: q.programme, year: q.year, basis: q.basis, donors: [donor] };
  const [[line], page] = await Promise.all([
    computeLines(ctx.db, ref, roster, parts),
    projectPageOf(ctx.db, parts, q),
  ]);
  if (!line) throw new NotFoundError(problem('organisation.notFound', { code: donor }));
  const aggregates = await loadAggregates(ctx.db, { ids: page.ids });
  const computer = new PartsComputer(ref);
  const mine = new Map(
    aggregates
      .flatMap((a) => computer.partsOf(a))
      .filter(
        (p) =>
          p.donorCode === donor &&
          p.programme === q.programme &&
          p.year === q.year &&
          p.basis === q.basis,
      )
      .map((p) => [p.project.projectId, p]),
  );
  const projects = page.ids.flatMap((id) => {
    const part = mine.get(id);
    return part ? [breakDownProject(part.project)] : [];
  });
  return presentDetail(
    line,
    q,
    { projects, projectCount: page.count },
    {
      areaName: (code) => ref.areas.get(code)?.name ?? code,
      areaNameEn: (code) => ref.areas.get(code)?.nameEn ?? code,
      areaNameUg: (code) => ref.areas.get(code)?.nameUg ?? null,
      classifiedOn: (projectId) => mine.get(projectId)?.classifiedOn ?? '',
    },
  );
}

/** One donor's (or the programme's) two rules on published projects: no culprits, no plan. */
export type PublishedRuleLine = Omit<DonorJudgement, 'marginFen'>;

/**
 * The two 80% rules of a programme's year on the actual basis, counting PUBLISHED projects only
 * (the public pages, decision 0068): each donor of the programme (zero when it has no published
 * money that year) and the programme's sum, judged against the year's thresholds. No culprits
 * and no plan: they would name records or facts the public may not see. Not authorised here: it
 * answers the anonymous view, which the caller (the public routes) gives to everyone.
 *
 * @throws NotFoundError for an unknown programme
 */
export async function publishedCompliance(db: Executor, programme: string, year?: number) {
  const [{ ref, roster }, years] = await Promise.all([
    loadRoster(db, programme),
    yearsWithParts(db, programme, 'actual', true),
  ]);
  const y = year ?? years[0] ?? new Date().getUTCFullYear();
  const thresholds = thresholdsOf(ref, programme, y);
  const totals = await donorTotals(db, {
    programme,
    year: y,
    basis: 'actual',
    donors: null,
    publishedOnly: true,
  });
  const byDonor = new Map(totals.map((t) => [t.donorCode, t]));
  const zero: DonorTotals = {
    totalFen: 0,
    countyAndBelowFen: 0,
    livelihoodFen: 0,
    crossPairFen: 0,
  };
  const line = (t: DonorTotals): PublishedRuleLine => {
    const { marginFen: _margin, ...v } = judgeTotals(t, thresholds);
    return v;
  };
  const codes = [...new Set([...roster.donors, ...byDonor.keys()])].sort();
  const donors = codes.map((code) => {
    const org = ref.orgs.get(code);
    return {
      code,
      name: org?.name ?? code,
      nameEn: org?.nameEn ?? code,
      ...line(byDonor.get(code) ?? zero),
    };
  });
  const sum = (pick: (t: (typeof totals)[number]) => ExactFen) => sumFen(...totals.map(pick));
  return {
    year: y,
    years,
    basis: 'actual' as const,
    thresholds,
    totals: line({
      totalFen: sum((t) => t.totalFen),
      countyAndBelowFen: sum((t) => t.countyAndBelowFen),
      livelihoodFen: sum((t) => t.livelihoodFen),
      crossPairFen: sum((t) => t.crossPairFen),
    }),
    donors,
  };
}
