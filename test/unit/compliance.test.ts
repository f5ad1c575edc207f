import { describe, expect, it } from 'vitest';
import {
  breakDownProject,
  type ComplianceLocation,
  type ComplianceProject,
  evaluateDonor,
} from '../../src/domain/compliance.js';

const RULES_2021 = { countyAndBelowBp: 8000, livelihoodBp: 8000 };

const loc = (
  areaCode: string,
  level: ComplianceLocation['level'],
  shareBp: number,
  crossPair = false,
): ComplianceLocation => ({ areaCode, level, shareBp, crossPair });

let nextId = 1;
const project = (
  p: Partial<ComplianceProject> & Pick<ComplianceProject, 'code' | 'amountFen'>,
): ComplianceProject => ({
  projectId: nextId++,
  name: `项目 ${p.code}`,
  livelihoodShareBp: 10000,
  locations: [loc('653201', 'county', 10000)],
  ...p,
});

describe('evaluateDonor', () => {
  it('(a) 1,000,000.01 yuan, 70% county / 30% prefecture: 7000 bp, short of 80% by 100,000 yuan', () => {
    const r = evaluateDonor(
      [
        project({
          code: 'A',
          amountFen: 100000001,
          locations: [loc('653201', 'county', 7000), loc('653200', 'prefecture', 3000)],
        }),
      ],
      RULES_2021,
    );
    // allocate(100000001, [7000, 3000]): quotas 70000000.7 and 30000000.3 → the odd fen to the first.
    expect(r.totalFen).toBe(100000001);
    expect(r.countyAndBelowFen).toBe(70000001);
    expect(r.countyAndBelowBp).toBe(7000);
    expect(r.countyAndBelowOk).toBe(false);
    // needed: ceil(8000 × 100000001 / 10000) = ceil(80000000.8) = 80000001
    expect(r.marginFen.countyAndBelow).toBe(70000001 - 80000001);
    expect(r.marginFen.countyAndBelow).toBe(-10000000);
    expect(r.livelihoodFen).toBe(100000001);
    expect(r.livelihoodBp).toBe(10000);
    expect(r.livelihoodOk).toBe(true);
    expect(r.marginFen.livelihood).toBe(100000001 - 80000001);
    expect(r.culprits.countyAndBelow).toEqual([
      expect.objectContaining({ code: 'A', offendingFen: 30000000, fixesAlone: true }),
    ]);
    expect(r.culprits.livelihood).toEqual([]);
  });

  it('(b) counts a prefecture- or province-level location wholly above county', () => {
    const r = evaluateDonor(
      [
        project({ code: 'P', amountFen: 5000, locations: [loc('653200', 'prefecture', 10000)] }),
        project({ code: 'Q', amountFen: 5000, locations: [loc('650000', 'province', 10000)] }),
      ],
      RULES_2021,
    );
    expect(r.countyAndBelowFen).toBe(0);
    expect(r.countyAndBelowBp).toBe(0);
    expect(r.countyAndBelowOk).toBe(false);
    expect(r.marginFen.countyAndBelow).toBe(-8000);
  });

  it('counts townships and villages as county and below', () => {
    const r = evaluateDonor(
      [
        project({
          code: 'T',
          amountFen: 300,
          locations: [loc('653201001', 'township', 5000), loc('653201001001', 'village', 5000)],
        }),
      ],
      RULES_2021,
    );
    expect(r.countyAndBelowFen).toBe(300);
    expect(r.countyAndBelowOk).toBe(true);
  });

  it('(c) three projects split 33.33/33.33/33.34 add up to the fen', () => {
    const locations = [
      loc('653201', 'county', 3333),
      loc('653201001', 'township', 3333),
      loc('653200', 'prefecture', 3334),
    ];
    const r = evaluateDonor(
      [
        project({ code: 'C1', amountFen: 10, locations }), // [3, 3, 4]
        project({ code: 'C2', amountFen: 20, locations }), // [7, 6, 7]
        project({ code: 'C3', amountFen: 33, locations }), // [11, 11, 11]
      ],
      RULES_2021,
    );
    expect(r.projectBreakdown.map((b) => b.locations.map((l) => l.fen))).toEqual([
      [3, 3, 4],
      [7, 6, 7],
      [11, 11, 11],
    ]);
    expect(r.totalFen).toBe(63);
    expect(r.countyAndBelowFen).toBe(6 + 13 + 22);
    expect(r.projectBreakdown.reduce((s, b) => s + b.aboveCountyFen, 0)).toBe(4 + 7 + 11);
    expect(r.countyAndBelowBp).toBe(6507); // floor(41 × 10000 / 63) = floor(6507.9…)
    expect(r.marginFen.countyAndBelow).toBe(41 - 51); // ceil(0.8 × 63) = ceil(50.4) = 51
  });

  it('(d) a livelihood override of 25%: 2499 bp, the share rounded down', () => {
    const r = evaluateDonor(
      [project({ code: 'D', amountFen: 100000001, livelihoodShareBp: 2500 })],
      RULES_2021,
    );
    // allocate(100000001, [2500, 7500]) = [25000000, 75000001]
    expect(r.livelihoodFen).toBe(25000000);
    expect(r.livelihoodBp).toBe(2499);
    expect(r.livelihoodOk).toBe(false);
    expect(r.marginFen.livelihood).toBe(25000000 - 80000001);
    expect(r.culprits.livelihood).toEqual([
      {
        projectId: expect.any(Number),
        code: 'D',
        name: '项目 D',
        nameEn: null,
        offendingFen: 75000001,
        fixesAlone: true,
      },
    ]);
    expect(r.countyAndBelowOk).toBe(true);
    expect(r.culprits.countyAndBelow).toEqual([]);
  });

  it('(e) orders culprits by what moving them would fix, then by code; flags those that fix alone', () => {
    const above = (code: string, amountFen: number) =>
      project({ code, amountFen, locations: [loc('653200', 'prefecture', 10000)] });
    const r = evaluateDonor(
      [
        project({ code: 'OK', amountFen: 6000 }),
        above('P-B', 500),
        above('P-A', 500),
        above('P-C', 1000),
        project({
          code: 'HALF',
          amountFen: 2000,
          locations: [loc('653201', 'county', 9000), loc('653200', 'prefecture', 1000)],
        }),
      ],
      RULES_2021,
    );
    // total 10000, county 6000 + 1800 = 7800, needed 8000: shortfall 200.
    expect(r.countyAndBelowFen).toBe(7800);
    expect(r.marginFen.countyAndBelow).toBe(-200);
    expect(r.culprits.countyAndBelow.map((c) => [c.code, c.offendingFen, c.fixesAlone])).toEqual([
      ['P-C', 1000, true],
      ['P-A', 500, true],
      ['P-B', 500, true],
      ['HALF', 200, true],
    ]);

    const tight = evaluateDonor(
      [project({ code: 'OK', amountFen: 5000 }), above('X', 3000), above('Y', 2000)],
      RULES_2021,
    );
    // total 10000, county 5000: shortfall 3000 — X alone closes it, Y alone does not.
    expect(tight.culprits.countyAndBelow.map((c) => [c.code, c.fixesAlone])).toEqual([
      ['X', true],
      ['Y', false],
    ]);
  });

  it('(f) sums the parts at cross-pair locations', () => {
    const r = evaluateDonor(
      [
        project({
          code: 'F',
          amountFen: 100000001,
          locations: [loc('653130', 'county', 7000, true), loc('653122', 'county', 3000)],
        }),
        project({ code: 'G', amountFen: 999, locations: [loc('653124', 'county', 10000, true)] }),
      ],
      RULES_2021,
    );
    expect(r.crossPairFen).toBe(70000001 + 999);
    expect(r.projectBreakdown.map((b) => b.crossPairFen)).toEqual([70000001, 999]);
  });

  it('judges nothing without thresholds or without money, and names no culprits', () => {
    const none = evaluateDonor(
      [project({ code: 'N', amountFen: 100, livelihoodShareBp: 0 })],
      null,
    );
    expect(none).toMatchObject({
      totalFen: 100,
      livelihoodBp: 0,
      countyAndBelowOk: null,
      livelihoodOk: null,
      marginFen: { countyAndBelow: null, livelihood: null },
      culprits: { countyAndBelow: [], livelihood: [] },
    });
    const empty = evaluateDonor([], RULES_2021);
    expect(empty).toMatchObject({
      totalFen: 0,
      countyAndBelowBp: 0,
      countyAndBelowOk: null,
      livelihoodOk: null,
      marginFen: { countyAndBelow: null, livelihood: null },
    });
  });

  it('passes with nothing to spare at exactly the threshold', () => {
    const r = evaluateDonor(
      [
        project({
          code: 'E',
          amountFen: 10000,
          livelihoodShareBp: 8000,
          locations: [loc('653201', 'county', 8000), loc('653200', 'prefecture', 2000)],
        }),
      ],
      RULES_2021,
    );
    expect(r).toMatchObject({
      countyAndBelowBp: 8000,
      livelihoodBp: 8000,
      countyAndBelowOk: true,
      livelihoodOk: true,
      marginFen: { countyAndBelow: 0, livelihood: 0 },
    });
  });
});

describe('breakDownProject', () => {
  it('counts what the location shares leave unplaced as above county', () => {
    const b = breakDownProject(
      project({ code: 'U', amountFen: 1001, locations: [loc('653201', 'county', 6000)] }),
    );
    expect(b.countyAndBelowFen).toBe(601); // allocate(1001, [6000, 4000]) = [601, 400]
    expect(b.unlocatedFen).toBe(400);
    expect(b.aboveCountyFen).toBe(400);
  });

  it('treats a project without locations as wholly unlocated', () => {
    const b = breakDownProject(project({ code: 'V', amountFen: 50, locations: [] }));
    expect(b).toMatchObject({ countyAndBelowFen: 0, unlocatedFen: 50, aboveCountyFen: 50 });
  });

  it('lists the projects by code with every part adding up', () => {
    const r = evaluateDonor(
      [project({ code: 'Z', amountFen: 7 }), project({ code: 'B', amountFen: 3 })],
      RULES_2021,
    );
    expect(r.projectBreakdown.map((b) => b.code)).toEqual(['B', 'Z']);
    for (const b of r.projectBreakdown) {
      expect(b.countyAndBelowFen + b.aboveCountyFen).toBe(b.amountFen);
      expect(b.locations.reduce((s, l) => s + l.fen, 0) + b.unlocatedFen).toBe(b.amountFen);
    }
  });
});
