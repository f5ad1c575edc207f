/**
 * The two 80% rules per donor, programme and year, on the plan or the actual basis, always
 * computed from the ledger as it is now (no rebuild step). Loading is a fixed handful of grouped
 * queries; attribution, location splits and in-pair / cross-pair run in memory.
 */
import type { Executor } from '../../db/database.js';
import {
  type ComplianceProject,
  type ComplianceThresholds,
  type DonorCompliance,
  evaluateDonor,
} from '../../domain/compliance.js';
import { NotFoundError } from '../../domain/errors.js';
import { allocate } from '../../domain/money.js';
import { classifyWork, type PairingSpan, validityEpochs } from '../../domain/pairing.js';
import type { ServiceContext } from '../../http/types.js';
import { authorize, can } from '../access/authorize.js';
import { type OrgTree, orgTreeOf } from '../organisations/tree.js';
import { thresholdsFor } from '../programmes/service.js';
import { presentDetail, presentDonorCompliance } from './presenters.js';
import {
  type AmountQuery,
  type AreaNode,
  addAncestors,
  basisRows,
  chainOf,
  loadOrganisations,
  loadPlans,
  type OrgRow,
  pairingSpans,
  programmeExists,
  topLevelDonorCodes,
} from './repository.js';
import type {
  Basis,
  ComplianceList,
  ComplianceListQuery,
  DonorComplianceDetailView,
} from './schema.js';

type Ctx = ServiceContext;

/**
 * Organisations and the programme's donors. Money given by an organisation counts for the
 * nearest donor on its path (an HQ for its province, Hangzhou for Zhejiang, Shenzhen for
 * itself); an organisation under no donor counts for its own root, so no fen goes missing.
 */
class Roster {
  private readonly tree: OrgTree;
  constructor(
    readonly orgs: Map<string, OrgRow>,
    readonly donors: ReadonlySet<string>,
  ) {
    this.tree = orgTreeOf(orgs.values());
  }

  /** The organisation and its ancestors, self first. */
  pathOf(code: string): string[] {
    return this.tree.pathOf(code);
  }

  /** The donor an organisation's money counts for. */
  donorOf(code: string): string {
    const path = this.pathOf(code);
    return path.find((c) => this.donors.has(c)) ?? path.at(-1) ?? code;
  }

  /** A code the report can be asked about: a donor, or a root under no donor. */
  isReportable(code: string): boolean {
    return this.orgs.has(code) && (this.donors.has(code) || this.donorOf(code) === code);
  }
}

async function loadRoster(db: Executor, programme: string): Promise<Roster> {
  const [exists, orgs, donors] = await Promise.all([
    programmeExists(db, programme),
    loadOrganisations(db),
    topLevelDonorCodes(db, programme),
  ]);
  if (!exists) throw new NotFoundError(`no programme ${programme}`);
  return new Roster(orgs, new Set(donors));
}

/** One donor's share of one project, with the organisations it came through. */
interface Attribution {
  donorCode: string;
  projectId: number;
  amountFen: number;
  orgCodes: Set<string>;
}

function attribute(
  into: Map<string, Attribution>,
  donorCode: string,
  projectId: number,
  amountFen: number,
  orgCode: string,
) {
  const key = `${donorCode}|${projectId}`;
  const found = into.get(key);
  if (found) {
    found.amountFen += amountFen;
    found.orgCodes.add(orgCode);
  } else {
    into.set(key, { donorCode, projectId, amountFen, orgCodes: new Set([orgCode]) });
  }
}

interface Loaded {
  attributions: Attribution[];
  projects: Map<
    number,
    { code: string; name: string; livelihoodShareBp: number; classifiedOn: string }
  >;
  locations: Map<number, Array<{ areaCode: string; shareBp: number }>>;
  areas: Map<string, AreaNode>;
  pairings: PairingSpan[];
}

/**
 * Loads the money of the basis and attributes it to donors: actual disbursements split by the
 * project's donor shares (largest remainder, to the fen), planned funds wholly to the plan's
 * donor. One query brings the money with the projects, shares and locations; then the areas'
 * ancestors and the pairings.
 */
async function loadBasis(db: Executor, roster: Roster, q: AmountQuery): Promise<Loaded> {
  const [rows, pairings] = await Promise.all([basisRows(db, q), pairingSpans(db, q.programme)]);
  const projects: Loaded['projects'] = new Map();
  const locations: Loaded['locations'] = new Map();
  const areas = new Map<string, AreaNode>();
  const attributions = new Map<string, Attribution>();
  /** Actual basis, per project: its amount and its distinct donor organisations with shares. */
  const money = new Map<number, { amountFen: number; donors: Map<string, number> }>();
  /** Plan basis: the (plan donor, project) items already counted (rows repeat per location). */
  const planItems = new Set<string>();
  for (const r of rows) {
    if (!projects.has(r.projectId)) {
      projects.set(r.projectId, {
        code: r.code,
        name: r.nameZh,
        livelihoodShareBp: r.livelihoodShareBp,
        classifiedOn: r.approvalDate ?? `${q.year}-07-01`,
      });
      locations.set(r.projectId, []);
    }
    if (r.orgCode !== null && q.basis === 'plan') {
      const item = `${r.orgCode}|${r.projectId}`;
      if (!planItems.has(item)) {
        planItems.add(item);
        attribute(attributions, roster.donorOf(r.orgCode), r.projectId, r.amountFen, r.orgCode);
      }
    } else if (r.orgCode !== null && r.donorShareBp !== null) {
      const m = money.get(r.projectId) ?? { amountFen: r.amountFen, donors: new Map() };
      m.donors.set(r.orgCode, r.donorShareBp);
      money.set(r.projectId, m);
    }
    if (r.areaCode !== null && r.locationShareBp !== null && r.level !== null) {
      const list = locations.get(r.projectId) ?? [];
      if (!list.some((l) => l.areaCode === r.areaCode)) {
        list.push({ areaCode: r.areaCode, shareBp: r.locationShareBp });
      }
      locations.set(r.projectId, list);
      areas.set(r.areaCode, {
        code: r.areaCode,
        parentCode: r.parentCode,
        level: r.level,
        name: r.areaName ?? r.areaCode,
      });
    }
  }

  for (const [projectId, m] of money) {
    // Split by donor shares in a fixed order (by organisation code), so the odd fen is stable.
    const shares = [...m.donors.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const parts = allocate(
      m.amountFen,
      shares.map(([, bp]) => bp),
    );
    shares.forEach(([org], i) => {
      attribute(attributions, roster.donorOf(org), projectId, parts[i] as number, org);
    });
  }
  for (const list of locations.values()) {
    list.sort((a, b) => (a.areaCode < b.areaCode ? -1 : a.areaCode > b.areaCode ? 1 : 0));
  }
  await addAncestors(db, areas);
  return { attributions: [...attributions.values()], projects, locations, areas, pairings };
}

/** Builds each visible donor's project list, classing every location in-pair or cross-pair. */
function projectsByDonor(
  loaded: Loaded,
  roster: Roster,
  visible: (donorCode: string) => boolean,
): Map<string, ComplianceProject[]> {
  const chains = new Map<string, string[]>();
  const chainFor = (areaCode: string) => {
    let chain = chains.get(areaCode);
    if (!chain) {
      chain = chainOf(loaded.areas, areaCode);
      chains.set(areaCode, chain);
    }
    return chain;
  };

  const classified = new Map<string, boolean>();
  const epochOf = validityEpochs(loaded.pairings);
  const result = new Map<string, ComplianceProject[]>();
  for (const a of loaded.attributions) {
    if (!visible(a.donorCode)) continue;
    const project = loaded.projects.get(a.projectId);
    if (!project) continue;
    const orgKey = [...a.orgCodes].join(',');
    let donorOrgPath: string[] | undefined;
    const locations = (loaded.locations.get(a.projectId) ?? []).map((l) => {
      // Many projects share donor, area and the pairings in force: class each combination once.
      const key = `${orgKey}|${l.areaCode}|${epochOf(project.classifiedOn)}`;
      let crossPair = classified.get(key);
      if (crossPair === undefined) {
        donorOrgPath ??= [...new Set([...a.orgCodes].flatMap((o) => roster.pathOf(o)))];
        crossPair =
          classifyWork({
            donorOrgPath,
            areaPath: chainFor(l.areaCode),
            pairings: loaded.pairings,
            date: project.classifiedOn,
          }) === 'cross-pair';
        classified.set(key, crossPair);
      }
      return {
        areaCode: l.areaCode,
        level: loaded.areas.get(l.areaCode)?.level ?? 'province',
        shareBp: l.shareBp,
        crossPair,
      };
    });
    const list = result.get(a.donorCode) ?? [];
    list.push({
      projectId: a.projectId,
      code: project.code,
      name: project.name,
      amountFen: a.amountFen,
      livelihoodShareBp: project.livelihoodShareBp,
      locations,
    });
    result.set(a.donorCode, list);
  }
  return result;
}

interface Computed {
  donor: OrgRow;
  result: DonorCompliance;
  thresholds: ComplianceThresholds | null;
  plan: { id: number; status: string } | null;
}

interface ComputeInput {
  programme: string;
  year: number;
  basis: Basis;
  /** The donors to report on; null for every donor, and any root organisation with money. */
  donors: readonly string[] | null;
}

async function compute(db: Executor, roster: Roster, input: ComputeInput) {
  const wanted = input.donors === null ? null : new Set(input.donors);
  const orgCodes =
    wanted === null ? null : [...roster.orgs.keys()].filter((o) => wanted.has(roster.donorOf(o)));
  const q: AmountQuery = { ...input, orgCodes };
  const [loaded, threshold, plans] = await Promise.all([
    loadBasis(db, roster, q),
    thresholdsFor(db, input.programme, input.year),
    loadPlans(db, input.programme, input.year),
  ]);
  const thresholds = threshold
    ? { countyAndBelowBp: threshold.countyAndBelowBp, livelihoodBp: threshold.livelihoodBp }
    : null;
  const planOf = new Map<string, { id: number; status: string }>();
  for (const p of plans) {
    const donor = roster.donorOf(p.donorCode);
    if (!planOf.has(donor)) planOf.set(donor, { id: p.id, status: p.status });
  }
  const visible = (code: string) => wanted === null || wanted.has(code);
  const projects = projectsByDonor(loaded, roster, visible);
  const codes = new Set(wanted ?? [...roster.donors, ...projects.keys()]);
  const computed: Computed[] = [...codes].sort().map((code) => {
    const org = roster.orgs.get(code);
    if (!org) throw new NotFoundError(`no organisation ${code}`);
    return {
      donor: org,
      result: evaluateDonor(projects.get(code) ?? [], thresholds),
      thresholds,
      plan: planOf.get(code) ?? null,
    };
  });
  return { computed, loaded };
}

/** The donor code the request names, checked to exist and to be a donor of the programme. */
function requireDonor(roster: Roster, code: string, programme: string): void {
  if (!roster.orgs.has(code)) throw new NotFoundError(`no organisation ${code}`);
  if (!roster.isReportable(code)) {
    throw new NotFoundError(`${code} is not a donor of ${programme}; ask for its donor`);
  }
}

/**
 * The two 80% rules for every donor the actor may see (one item per top-level donor of the
 * programme's pairings, even without money that year), or for one donor with `donor`.
 *
 * @throws NotFoundError for an unknown programme or donor; ForbiddenError for a donor the
 *   actor may not see
 */
export async function complianceReport(ctx: Ctx, q: ComplianceListQuery): Promise<ComplianceList> {
  authorize(ctx.actor, 'compliance.read');
  const roster = await loadRoster(ctx.db, q.programme);
  let donors: string[] | null;
  if (q.donor !== undefined) {
    requireDonor(roster, q.donor, q.programme);
    authorize(ctx.actor, 'compliance.read', { orgPath: roster.pathOf(q.donor) });
    donors = [q.donor];
  } else if (can(ctx.actor, 'compliance.read', { orgPath: [] })) {
    donors = null; // an unscoped grant sees every donor
  } else {
    donors = [...roster.donors].filter((d) =>
      can(ctx.actor, 'compliance.read', { orgPath: roster.pathOf(d) }),
    );
  }
  const { computed } = await compute(ctx.db, roster, { ...q, donors });
  return {
    items: computed.map(presentDonorCompliance),
    programme: q.programme,
    year: q.year,
    basis: q.basis,
  };
}

/**
 * One donor's rules with the breakdown of every project (its part, county part, livelihood
 * part, cross-pair part and each location's fen), for drill-down.
 *
 * @throws NotFoundError for an unknown programme or donor; ForbiddenError for a donor the
 *   actor may not see
 */
export async function donorComplianceDetail(
  ctx: Ctx,
  donor: string,
  q: { programme: string; year: number; basis: Basis },
): Promise<DonorComplianceDetailView> {
  authorize(ctx.actor, 'compliance.read');
  const roster = await loadRoster(ctx.db, q.programme);
  requireDonor(roster, donor, q.programme);
  authorize(ctx.actor, 'compliance.read', { orgPath: roster.pathOf(donor) });
  const { computed, loaded } = await compute(ctx.db, roster, { ...q, donors: [donor] });
  const [one] = computed;
  if (!one) throw new NotFoundError(`no organisation ${donor}`);
  return presentDetail(one, q, {
    areaName: (code) => loaded.areas.get(code)?.name ?? code,
    classifiedOn: (projectId) => loaded.projects.get(projectId)?.classifiedOn ?? '',
  });
}
