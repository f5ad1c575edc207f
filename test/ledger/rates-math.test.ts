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
});
