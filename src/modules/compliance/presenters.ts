import type {
  ComplianceThresholds,
  DonorCompliance,
  ProjectBreakdown,
} from '../../domain/compliance.js';
import type { OrgRecord } from '../reference/trees.js';
import type {
  Basis,
  DonorComplianceDetailView,
  DonorComplianceView,
  PlanStatus,
} from './schema.js';

export interface Computed {
  donor: Pick<OrgRecord, 'code' | 'name' | 'nameEn'>;
  result: DonorCompliance;
  /** How many projects offend each failing rule (the line lists the first few). */
  culpritCount: { countyAndBelow: number; livelihood: number };
  thresholds: ComplianceThresholds | null;
  plan: { id: number; status: PlanStatus } | null;
}

/** One donor's line of the report: totals, shares, pass/fail, margins and culprits. */
export function presentDonorCompliance(c: Computed): DonorComplianceView {
  const r = c.result;
  return {
    donor: { code: c.donor.code, name: c.donor.name, nameEn: c.donor.nameEn },
    totalFen: r.totalFen,
    countyAndBelowFen: r.countyAndBelowFen,
    livelihoodFen: r.livelihoodFen,
    crossPairFen: r.crossPairFen,
    countyAndBelowBp: r.countyAndBelowBp,
    livelihoodBp: r.livelihoodBp,
    countyAndBelowOk: r.countyAndBelowOk,
    livelihoodOk: r.livelihoodOk,
    marginFen: { ...r.marginFen },
    thresholds: c.thresholds ? { ...c.thresholds } : null,
    culprits: {
      countyAndBelow: r.culprits.countyAndBelow.map((x) => ({ ...x, nameEn: x.nameEn ?? null })),
      livelihood: r.culprits.livelihood.map((x) => ({ ...x, nameEn: x.nameEn ?? null })),
    },
    culpritCount: { ...c.culpritCount },
    plan: c.plan ? { id: c.plan.id, status: c.plan.status } : null,
  };
}

/**
 * The line plus a page of its projects' breakdowns, for drill-down and for a plan's own rules.
 * `projectCount` is every project's, on all pages.
 */
export function presentDetail(
  c: Computed,
  q: { programme: string; year: number; basis: Basis },
  page: { projects: readonly ProjectBreakdown[]; projectCount: number },
  lookup: {
    areaName: (code: string) => string;
    areaNameEn: (code: string) => string;
    areaNameUg: (code: string) => string | null;
    classifiedOn: (projectId: number) => string;
  },
): DonorComplianceDetailView {
  return {
    ...presentDonorCompliance(c),
    programme: q.programme,
    year: q.year,
    basis: q.basis,
    projects: page.projects.map((b) => ({
      projectId: b.projectId,
      code: b.code,
      name: b.name,
      nameEn: b.nameEn ?? null,
      amountFen: b.amountFen,
      countyAndBelowFen: b.countyAndBelowFen,
      aboveCountyFen: b.aboveCountyFen,
      unlocatedFen: b.unlocatedFen,
      livelihoodShareBp: b.livelihoodShareBp,
      livelihoodFen: b.livelihoodFen,
      crossPairFen: b.crossPairFen,
      classifiedOn: lookup.classifiedOn(b.projectId),
      locations: b.locations.map((l) => ({
        areaCode: l.areaCode,
        areaName: lookup.areaName(l.areaCode),
        areaNameEn: lookup.areaNameEn(l.areaCode),
        areaNameUg: lookup.areaNameUg(l.areaCode),
        level: l.level,
        shareBp: l.shareBp,
        fen: l.fen,
        countyOrBelow: l.countyOrBelow,
        crossPair: l.crossPair,
      })),
    })),
    projectCount: page.projectCount,
  };
}

/** A donor's rules evaluated on the spot (what-if, a plan's items): every project, one page. */
export function presentEvaluated(
  c: Omit<Computed, 'culpritCount'>,
  q: { programme: string; year: number; basis: Basis },
  lookup: {
    areaName: (code: string) => string;
    areaNameEn: (code: string) => string;
    areaNameUg: (code: string) => string | null;
    classifiedOn: (projectId: number) => string;
  },
): DonorComplianceDetailView {
  const culpritCount = {
    countyAndBelow: c.result.culprits.countyAndBelow.length,
    livelihood: c.result.culprits.livelihood.length,
  };
  const projects = c.result.projectBreakdown;
  return presentDetail(
    { ...c, culpritCount },
    q,
    { projects, projectCount: projects.length },
    lookup,
  );
}
