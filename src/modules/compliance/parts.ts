/**
 * The two 80% rules' parts, maintained. Each project's money on each basis is attributed to
 * donors and split by locations and livelihood exactly as the rules split it (the pure
 * {@link breakDownProject}); the sums per programme, year, basis, donor and project are stored in
 * `compliance_parts`, rewritten in the same transaction as every change that moves them:
 *
 * - a ledger transaction recorded or deleted, a project created or changed (donors, shares,
 *   locations, livelihood share, approval date): {@link refreshComplianceParts} for the project;
 * - a plan's items saved: the same, for the projects before and after;
 * - a pairing or an organisation's parent changed: {@link rebuildComplianceParts} (rare).
 *
 * The yearly report then sums ~20,000 narrow rows in SQL instead of splitting every project on
 * every request; the donor drill-down and the what-if recompute their few projects with the same
 * functions here, so the three always agree to the fen.
 */
import { type Executor, engineOf } from '../../db/database.js';
import {
  breakDownProject,
  type ComplianceLocation,
  type ComplianceProject,
} from '../../domain/compliance.js';
import { allocate } from '../../domain/money.js';
import { classifyWork, type PairingSpan, validityEpochs } from '../../domain/pairing.js';
import { type OrgTree, orgTreeOf } from '../organisations/tree.js';
import {
  type AreaNode,
  addAncestors,
  chainOf,
  type OrgRow,
  pairingSpans,
  topLevelDonorCodes,
} from './repository.js';
import type { Basis } from './schema.js';

/** Project ids per query: well under both engines' bound parameters. */
const CHUNK = 1000;

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Organisations and a programme's donors. Money given by an organisation counts for the nearest
 * donor on its path (an HQ for its province, Hangzhou for Zhejiang, Shenzhen for itself); an
 * organisation under no donor counts for its own root, so no fen goes missing.
 */
export class Roster {
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

/** Every organisation, by code (a few thousand rows at most: donors, HQs, cities, hospitals). */
export async function loadOrganisations(db: Executor): Promise<Map<string, OrgRow>> {
  const rows = await db
    .selectFrom('organisations')
    .select(['code', 'parentCode', 'name', 'nameEn'])
    .execute();
  return new Map(rows.map((r) => [r.code, r]));
}

/**
 * Classes project locations in-pair or cross-pair for a programme, caching each combination of
 * donor organisations, area and pairings in force (many projects share them).
 */
export class Classifier {
  private readonly epochOf: (date: string) => number;
  private readonly chains = new Map<string, string[]>();
  private readonly classified = new Map<string, boolean>();
  constructor(
    private readonly areas: Map<string, AreaNode>,
    private readonly pairings: readonly PairingSpan[],
  ) {
    this.epochOf = validityEpochs(pairings);
  }

  /** The locations with their levels and classes, for work by `orgPath`'s organisations. */
  locations(
    locations: readonly { areaCode: string; shareBp: number }[],
    orgKey: string,
    orgPath: () => readonly string[],
    date: string,
  ): ComplianceLocation[] {
    return locations.map((l) => {
      const key = `${orgKey}|${l.areaCode}|${this.epochOf(date)}`;
      let crossPair = this.classified.get(key);
      if (crossPair === undefined) {
        let chain = this.chains.get(l.areaCode);
        if (!chain) {
          chain = chainOf(this.areas, l.areaCode);
          this.chains.set(l.areaCode, chain);
        }
        crossPair =
          classifyWork({
            donorOrgPath: orgPath(),
            areaPath: chain,
            pairings: this.pairings,
            date,
          }) === 'cross-pair';
        this.classified.set(key, crossPair);
      }
      return {
        areaCode: l.areaCode,
        level: this.areas.get(l.areaCode)?.level ?? 'province',
        shareBp: l.shareBp,
        crossPair,
      };
    });
  }
}

/** What the rules need of a project, loaded for many projects at once. */
export interface ProjectFacts {
  code: string;
  name: string;
  nameEn: string | null;
  programme: string;
  livelihoodShareBp: number;
  approvalDate: string | null;
  donors: { orgCode: string; shareBp: number }[];
  /** By area code, so splits are stable. */
  locations: { areaCode: string; shareBp: number }[];
}

/**
 * The facts of the projects, and their areas with every ancestor added to `areas`: four
 * queries per thousand projects.
 */
export async function loadFacts(
  db: Executor,
  ids: readonly number[],
  areas: Map<string, AreaNode>,
): Promise<Map<number, ProjectFacts>> {
  const facts = new Map<number, ProjectFacts>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const [projects, donors, locations] = await Promise.all([
      db
        .selectFrom('projects')
        .select(['id', 'code', 'nameZh', 'nameEn', 'programmeCode', 'livelihoodShareBp'])
        .select('approvalDate')
        .where('id', 'in', chunk)
        .execute(),
      db
        .selectFrom('projectDonors')
        .select(['projectId', 'orgCode', 'shareBp'])
        .where('projectId', 'in', chunk)
        .execute(),
      db
        .selectFrom('projectLocations as pl')
        .innerJoin('areas as a', 'a.code', 'pl.areaCode')
        .select(['pl.projectId', 'pl.areaCode', 'pl.shareBp', 'a.level', 'a.name', 'a.parentCode'])
        .where('pl.projectId', 'in', chunk)
        .execute(),
    ]);
    for (const p of projects) {
      facts.set(p.id, {
        code: p.code,
        name: p.nameZh,
        nameEn: p.nameEn,
        programme: p.programmeCode,
        livelihoodShareBp: p.livelihoodShareBp,
        approvalDate: p.approvalDate,
        donors: [],
        locations: [],
      });
    }
    for (const d of donors) facts.get(d.projectId)?.donors.push(d);
    for (const l of locations) {
      facts.get(l.projectId)?.locations.push({ areaCode: l.areaCode, shareBp: l.shareBp });
      areas.set(l.areaCode, {
        code: l.areaCode,
        parentCode: l.parentCode,
        level: l.level,
        name: l.name,
      });
    }
  }
  for (const f of facts.values()) {
    f.donors.sort((a, b) => byString(a.orgCode, b.orgCode));
    f.locations.sort((a, b) => byString(a.areaCode, b.areaCode));
  }
  await addAncestors(db, areas);
  return facts;
}

/** One donor's part of one project's money on a basis, in a programme and year. */
export interface Part {
  programme: string;
  year: number;
  basis: Basis;
  donorCode: string;
  /** The date the pairings were read on: the approval date, else 1 July of the year. */
  classifiedOn: string;
  project: ComplianceProject;
}

/** What computing parts needs beyond the projects: organisations, donors, pairings, areas. */
export class PartsContext {
  private readonly rosters = new Map<string, Roster>();
  private readonly classifiers = new Map<string, Classifier>();
  readonly areas = new Map<string, AreaNode>();
  private constructor(
    private readonly db: Executor,
    readonly orgs: Map<string, OrgRow>,
  ) {}

  static async load(db: Executor): Promise<PartsContext> {
    return new PartsContext(db, await loadOrganisations(db));
  }

  async roster(programme: string): Promise<Roster> {
    let roster = this.rosters.get(programme);
    if (!roster) {
      roster = new Roster(this.orgs, new Set(await topLevelDonorCodes(this.db, programme)));
      this.rosters.set(programme, roster);
    }
    return roster;
  }

  async classifier(programme: string): Promise<Classifier> {
    let classifier = this.classifiers.get(programme);
    if (!classifier) {
      classifier = new Classifier(this.areas, await pairingSpans(this.db, programme));
      this.classifiers.set(programme, classifier);
    }
    return classifier;
  }
}

/** The money of one basis reaching a project: an amount given through organisations. */
interface Money {
  programme: string;
  year: number;
  basis: Basis;
  projectId: number;
  /** Organisation code → fen, before attribution to donors. */
  byOrg: Map<string, number>;
}

/**
 * The money of the projects on both bases, per programme and year: actual disbursements split
 * by the project's donor shares (largest remainder, in organisation-code order so the odd fen is
 * stable), planned funds wholly to the plan's donor organisation.
 */
async function loadMoney(
  db: Executor,
  ids: readonly number[],
  facts: Map<number, ProjectFacts>,
): Promise<Money[]> {
  const money: Money[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const [actual, planned] = await Promise.all([
      db
        .selectFrom('fundTransactions')
        .select((eb) => ['projectId', 'year', eb.fn.sum<number>('valueFen').as('amountFen')])
        .where('projectId', 'in', chunk)
        .where('type', '=', 'disbursement')
        .where('planned', '=', 0)
        .groupBy(['projectId', 'year'])
        .execute(),
      db
        .selectFrom('planItems as pi')
        .innerJoin('plans as pn', 'pn.id', 'pi.planId')
        .select(['pi.projectId', 'pi.plannedFen', 'pn.donorCode', 'pn.year', 'pn.programmeCode'])
        .where('pi.projectId', 'in', chunk)
        .execute(),
    ]);
    for (const a of actual) {
      const f = facts.get(a.projectId);
      if (!f || f.donors.length === 0) continue;
      const parts = allocate(
        Number(a.amountFen),
        f.donors.map((d) => d.shareBp),
      );
      const byOrg = new Map(f.donors.map((d, k) => [d.orgCode, parts[k] as number]));
      money.push({
        programme: f.programme,
        year: a.year,
        basis: 'actual',
        projectId: a.projectId,
        byOrg,
      });
    }
    for (const p of planned) {
      money.push({
        programme: p.programmeCode,
        year: p.year,
        basis: 'plan',
        projectId: p.projectId,
        byOrg: new Map([[p.donorCode, p.plannedFen]]),
      });
    }
  }
  return money;
}

/**
 * Every donor's part of the projects' money, on both bases and in every year: attributed to
 * donors (organisations of one donor merged), located and classed, ready for
 * {@link breakDownProject}.
 */
export async function computeParts(
  db: Executor,
  ids: readonly number[],
  context?: PartsContext,
): Promise<Part[]> {
  const ctx = context ?? (await PartsContext.load(db));
  const facts = await loadFacts(db, ids, ctx.areas);
  const money = await loadMoney(db, ids, facts);
  // Attribution: key programme|year|basis|donor|project → amount and organisations.
  const attributed = new Map<
    string,
    { money: Money; donorCode: string; amountFen: number; orgs: Set<string> }
  >();
  for (const m of money) {
    const roster = await ctx.roster(m.programme);
    for (const [org, fen] of m.byOrg) {
      const donorCode = roster.donorOf(org);
      const key = `${m.programme}|${m.year}|${m.basis}|${donorCode}|${m.projectId}`;
      const found = attributed.get(key);
      if (found) {
        found.amountFen += fen;
        found.orgs.add(org);
      } else {
        attributed.set(key, { money: m, donorCode, amountFen: fen, orgs: new Set([org]) });
      }
    }
  }
  const parts: Part[] = [];
  for (const a of attributed.values()) {
    const { programme, year, basis, projectId } = a.money;
    const f = facts.get(projectId);
    if (!f) continue;
    const roster = await ctx.roster(programme);
    const classifier = await ctx.classifier(programme);
    const orgs = [...a.orgs].sort(byString);
    const classifiedOn = f.approvalDate ?? `${year}-07-01`;
    parts.push({
      programme,
      year,
      basis,
      donorCode: a.donorCode,
      classifiedOn,
      project: {
        projectId,
        code: f.code,
        name: f.name,
        nameEn: f.nameEn,
        amountFen: a.amountFen,
        livelihoodShareBp: f.livelihoodShareBp,
        locations: classifier.locations(
          f.locations,
          orgs.join(','),
          () => [...new Set(orgs.flatMap((o) => roster.pathOf(o)))],
          classifiedOn,
        ),
      },
    });
  }
  return parts;
}

/** The stored row of a part: its amount split as the rules split it. */
export function partRow(p: Part) {
  const b = breakDownProject(p.project);
  return {
    programmeCode: p.programme,
    year: p.year,
    basis: p.basis,
    donorCode: p.donorCode,
    projectId: p.project.projectId,
    amountFen: b.amountFen,
    countyFen: b.countyAndBelowFen,
    livelihoodFen: b.livelihoodFen,
    crossPairFen: b.crossPairFen,
  };
}

/** Writes the parts of these projects afresh: the old rows go, the new ones come. */
async function writeParts(db: Executor, ids: readonly number[], context: PartsContext) {
  const parts = await computeParts(db, ids, context);
  for (let i = 0; i < ids.length; i += CHUNK) {
    await db
      .deleteFrom('complianceParts')
      .where('projectId', 'in', ids.slice(i, i + CHUNK))
      .execute();
  }
  const rows = parts.map(partRow);
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('complianceParts')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

/**
 * Recomputes the stored parts of these projects. Call it inside the transaction that changed
 * them (a ledger entry, the project's donors, locations, livelihood share or approval date, a
 * plan's items), so the next report sees the change.
 */
export async function refreshComplianceParts(db: Executor, ids: readonly number[]): Promise<void> {
  const unique = [...new Set(ids)].sort((a, b) => a - b);
  if (unique.length === 0) return;
  if (engineOf(db) === 'postgres') {
    // Two transactions writing to one project meanwhile (two disbursements at once) would each
    // compute its parts without the other's row. Locking the projects first (in id order, so
    // no deadlock; NO KEY UPDATE, as the ledger row's foreign key already holds KEY SHARE) makes
    // the second wait and then compute from both.
    for (let i = 0; i < unique.length; i += CHUNK) {
      await db
        .selectFrom('projects')
        .select('id')
        .where('id', 'in', unique.slice(i, i + CHUNK))
        .orderBy('id')
        .forNoKeyUpdate()
        .execute();
    }
  }
  await writeParts(db, unique, await PartsContext.load(db));
}

/**
 * Recomputes every project's parts (or a programme's), five thousand projects at a time (one
 * context, so areas, pairings and classifications are loaded once). For changes that can move
 * any project's parts: a pairing, an organisation's parent; after a bulk load; to backfill.
 */
export async function rebuildComplianceParts(
  db: Executor,
  options: { programme?: string; onProgress?: (done: number, total: number) => void } = {},
): Promise<void> {
  const { programme, onProgress } = options;
  let query = db.selectFrom('projects').select('id');
  if (programme !== undefined) {
    // The programme's projects, and any project in one of its plans.
    query = query.where((eb) =>
      eb.or([
        eb('programmeCode', '=', programme),
        eb(
          'id',
          'in',
          eb
            .selectFrom('planItems as pi')
            .innerJoin('plans as pn', 'pn.id', 'pi.planId')
            .select('pi.projectId')
            .where('pn.programmeCode', '=', programme),
        ),
      ]),
    );
  }
  const ids = (await query.orderBy('id').execute()).map((r) => r.id);
  const context = await PartsContext.load(db);
  for (let i = 0; i < ids.length; i += CHUNK * 5) {
    await writeParts(db, ids.slice(i, i + CHUNK * 5), context);
    onProgress?.(Math.min(ids.length, i + CHUNK * 5), ids.length);
  }
}
