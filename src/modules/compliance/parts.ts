/**
 * The two 80% rules' parts. Each project's money on each basis is attributed to donors and split
 * by locations and livelihood exactly as the rules split it (the pure {@link breakDownProject});
 * the sums per programme, year, basis, donor and project are stored in `compliance_parts` by the
 * projection in projection.ts, kept with every write like every projection. The yearly report
 * sums those narrow rows in SQL; the donor drill-down and the what-if recompute their few
 * projects with the same functions here, so all three agree to the fen.
 */
import {
  breakDownProject,
  type ComplianceLocation,
  type ComplianceProject,
} from '../../domain/compliance.js';
import { allocate } from '../../domain/money.js';
import { classifyWork, validityEpochs } from '../../domain/pairing.js';
import type { ProjectAggregate } from '../projects/aggregate.js';
import type { Reference } from '../reference/reference.js';
import type { Basis } from './schema.js';

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Organisations and a programme's donors. Money given by an organisation counts for the nearest
 * donor on its path (an HQ for its province, Hangzhou for Zhejiang, Shenzhen for itself); an
 * organisation under no donor counts for its own root, so no fen goes missing.
 */
export class Roster {
  readonly donors: ReadonlySet<string>;
  constructor(
    private readonly ref: Reference,
    programme: string,
  ) {
    this.donors = new Set(ref.topLevelDonors(programme));
  }

  /** The organisation and its ancestors, self first. */
  pathOf(code: string): string[] {
    return this.ref.orgs.pathOf(code);
  }

  /** The donor an organisation's money counts for. */
  donorOf(code: string): string {
    const path = this.pathOf(code);
    return path.find((c) => this.donors.has(c)) ?? path.at(-1) ?? code;
  }

  /** A code the report can be asked about: a donor, or a root under no donor. */
  isReportable(code: string): boolean {
    return this.ref.orgs.has(code) && (this.donors.has(code) || this.donorOf(code) === code);
  }
}

/**
 * Classes project locations in-pair or cross-pair for a programme, caching each combination of
 * donor organisations, area and pairings in force (many projects share them).
 */
export class Classifier {
  private readonly epochOf: (date: string) => number;
  private readonly classified = new Map<string, boolean>();
  private readonly spans;
  constructor(
    private readonly ref: Reference,
    programme: string,
  ) {
    this.spans = ref.pairingSpans(programme);
    this.epochOf = validityEpochs(this.spans);
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
        crossPair =
          classifyWork({
            donorOrgPath: orgPath(),
            areaPath: this.ref.areas.pathOf(l.areaCode),
            pairings: this.spans,
            date,
          }) === 'cross-pair';
        this.classified.set(key, crossPair);
      }
      return {
        areaCode: l.areaCode,
        level: this.ref.areas.get(l.areaCode)?.level ?? 'province',
        shareBp: l.shareBp,
        crossPair,
      };
    });
  }
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

/** Rosters and classifiers per programme, shared by every project of a batch. */
export class PartsComputer {
  private readonly rosters = new Map<string, Roster>();
  private readonly classifiers = new Map<string, Classifier>();
  constructor(readonly ref: Reference) {}

  roster(programme: string): Roster {
    let roster = this.rosters.get(programme);
    if (!roster) {
      roster = new Roster(this.ref, programme);
      this.rosters.set(programme, roster);
    }
    return roster;
  }

  classifier(programme: string): Classifier {
    let classifier = this.classifiers.get(programme);
    if (!classifier) {
      classifier = new Classifier(this.ref, programme);
      this.classifiers.set(programme, classifier);
    }
    return classifier;
  }

  /**
   * Every donor's part of a project's money, on both bases and in every year: actual
   * disbursements split by the project's donor shares (largest remainder, in organisation-code
   * order so the odd fen is stable), planned funds wholly to the plan's donor organisation;
   * organisations of one donor merged; locations classed.
   */
  partsOf(p: ProjectAggregate): Part[] {
    const donors = [...p.donors].sort((a, b) => byString(a.orgCode, b.orgCode));
    const locations = p.locations; // by area code
    const money: { programme: string; year: number; basis: Basis; byOrg: Map<string, number> }[] =
      [];
    if (donors.length > 0) {
      for (const l of p.ledger) {
        if (l.type !== 'disbursement' || l.planned !== 0) continue;
        const split = allocate(
          l.totalFen,
          donors.map((d) => d.shareBp),
        );
        money.push({
          programme: p.row.programmeCode,
          year: l.year,
          basis: 'actual',
          byOrg: new Map(donors.map((d, k) => [d.orgCode, split[k] as number])),
        });
      }
    }
    for (const item of p.planItems) {
      money.push({
        programme: item.programmeCode,
        year: item.year,
        basis: 'plan',
        byOrg: new Map([[item.donorCode, item.plannedFen]]),
      });
    }
    const attributed = new Map<
      string,
      {
        programme: string;
        year: number;
        basis: Basis;
        donorCode: string;
        fen: number;
        orgs: Set<string>;
      }
    >();
    for (const m of money) {
      const roster = this.roster(m.programme);
      for (const [org, fen] of m.byOrg) {
        const donorCode = roster.donorOf(org);
        const key = `${m.programme}|${m.year}|${m.basis}|${donorCode}`;
        const found = attributed.get(key);
        if (found) {
          found.fen += fen;
          found.orgs.add(org);
        } else {
          attributed.set(key, { ...m, donorCode, fen, orgs: new Set([org]) });
        }
      }
    }
    return [...attributed.values()].map((a) => {
      const roster = this.roster(a.programme);
      const orgs = [...a.orgs].sort(byString);
      const classifiedOn = p.row.approvalDate ?? `${a.year}-07-01`;
      return {
        programme: a.programme,
        year: a.year,
        basis: a.basis,
        donorCode: a.donorCode,
        classifiedOn,
        project: {
          projectId: p.id,
          code: p.row.code,
          name: p.row.nameZh,
          nameEn: p.row.nameEn,
          amountFen: a.fen,
          livelihoodShareBp: p.row.livelihoodShareBp,
          locations: this.classifier(a.programme).locations(
            locations,
            orgs.join(','),
            () => [...new Set(orgs.flatMap((o) => roster.pathOf(o)))],
            classifiedOn,
          ),
        },
      };
    });
  }
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
