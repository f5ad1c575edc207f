import { describe, expect, it } from 'vitest';
import { RateAccumulator, rateBp } from '../../src/modules/ledger/rates-math.js';

const project = (over: Partial<Parameters<RateAccumulator['add']>[0]> = {}) => ({
  stage: 'approved' as const,
  stageBeforeSuspension: null,
  budgetFen: 0,
  sums: {},
  ...over,
});

describe('rates (pure)', () => {
  it('rounds down, is null on an empty denominator and may pass 100%', () => {
    expect(rateBp(800_000, 1_000_000)).toBe(8000);
    expect(rateBp(2, 3)).toBe(6666);
    expect(rateBp(5, 0)).toBeNull();
    expect(rateBp(3, 2)).toBe(15000);
  });

  it('computes the hand example: arrival 80%, disbursement 75%, investment completion 40%', () => {
    const acc = new RateAccumulator(1n);
    acc.add(
      project({
        stage: 'started',
        budgetFen: 1_000_000,
        sums: {
          commitment: 1_000_000,
          arrival: 800_000,
          disbursement: 600_000,
          expenditure: 400_000,
        },
      }),
      1n,
    );
    expect(acc.result()).toMatchObject({
      arrivalRateBp: 8000,
      disbursementRateBp: 7500,
      investmentCompletionBp: 4000,
      startRateBp: 10000,
      completionRateBp: 0,
    });
  });

  it('counts stages: suspended at the stage it left, cancelled in neither side, reserve not approved', () => {
    const acc = new RateAccumulator(1n);
    acc.add(project({ stage: 'reserve' }), 1n);
    acc.add(project({ stage: 'approved' }), 1n);
    acc.add(project({ stage: 'tendering' }), 1n);
    acc.add(project({ stage: 'suspended', stageBeforeSuspension: 'started' }), 1n);
    acc.add(project({ stage: 'evaluated' }), 1n);
    acc.add(project({ stage: 'cancelled', budgetFen: 500 }), 1n);
    const r = acc.result();
    expect(r.counts).toEqual({ projects: 6, approved: 4, started: 2, completed: 1 });
    expect(r.startRateBp).toBe(5000);
    expect(r.completionRateBp).toBe(2500);
    expect(r.amounts.budgetFen).toBe(0);
    expect(r.investmentCompletionBp).toBeNull();
  });

  it('weights by share and rounds once at the end, so no fen is lost per project', () => {
    const acc = new RateAccumulator(10000n);
    // Three projects of 1 fen at one third each: 3 × 3333 bp = 0.9999 fen → 1 fen.
    for (let i = 0; i < 3; i++) acc.add(project({ sums: { commitment: 1 } }), 3333n);
    acc.add(project({ sums: { commitment: 999 } }), 0n);
    expect(acc.result().amounts.committedFen).toBe(1);
    expect(acc.result().counts.projects).toBe(3);
  });

  it('adds a group of projects summed by stage exactly as it adds them one by one', () => {
    const projects = [
      project({
        stage: 'started',
        budgetFen: 1_000_000,
        sums: { commitment: 900_000, arrival: 800_000 },
      }),
      project({ stage: 'started', budgetFen: 2_000_000, sums: { disbursement: 500_000 } }),
      project({ stage: 'cancelled', budgetFen: 3_000_000, sums: { commitment: 100_000 } }),
      project({ stage: 'suspended', stageBeforeSuspension: 'completed' as never, budgetFen: 7 }),
      project({ stage: 'reserve' as never, budgetFen: 5, sums: { expenditure: 3 } }),
      project({ stage: 'accepted' as never, budgetFen: 10 ** 15, sums: { expenditure: 10 ** 15 } }),
      project({ stage: 'accepted' as never, budgetFen: 10 ** 15, sums: { expenditure: 10 ** 15 } }),
    ];
    const one = new RateAccumulator(1n);
    for (const p of projects) one.add(p, 1n);
    const grouped = new RateAccumulator(1n);
    const groups = new Map<string, typeof projects>();
    for (const p of projects) {
      const key = `${p.stage}/${p.stageBeforeSuspension}`;
      groups.set(key, [...(groups.get(key) ?? []), p]);
    }
    const total = (list: typeof projects, f: (p: (typeof projects)[number]) => number) =>
      list.reduce((s, p) => s + BigInt(f(p)), 0n);
    for (const list of groups.values()) {
      const first = list[0] as (typeof projects)[number];
      grouped.addGroup(
        {
          stage: first.stage,
          stageBeforeSuspension: first.stageBeforeSuspension,
          projects: list.length,
        },
        {
          // The database sums budgets of the projects not cancelled (see unweightedRates).
          budgetFen: total(list, (p) => p.budgetFen),
          committedFen: total(list, (p) => p.sums.commitment ?? 0),
          arrivedFen: total(list, (p) => p.sums.arrival ?? 0),
          disbursedFen: total(list, (p) => p.sums.disbursement ?? 0),
          expendedFen: total(list, (p) => p.sums.expenditure ?? 0),
        },
      );
    }
    expect(grouped.result()).toEqual(one.result());
    expect(one.result().counts).toEqual({ projects: 7, approved: 5, started: 5, completed: 3 });
  });
});
