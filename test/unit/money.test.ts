import { describe, expect, it } from 'vitest';
import {
  allocate,
  bpOf,
  formatWanExact,
  isFen,
  marginFen,
  meetsThreshold,
} from '../../src/domain/money.js';

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/** Largest remainder computed the slow, obvious way in BigInt, for comparison. */
function referenceAllocate(amount: number, weights: number[]): number[] {
  const total = BigInt(sum(weights));
  const quotas = weights.map((w) => BigInt(amount) * BigInt(w));
  const parts = quotas.map((q) => q / total);
  let left = BigInt(amount) - parts.reduce((s, p) => s + p, 0n);
  const order = quotas
    .map((q, i) => ({ i, r: q % total }))
    .sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of order) {
    if (left === 0n) break;
    parts[i] = (parts[i] as bigint) + 1n;
    left--;
  }
  return parts.map(Number);
}

describe('isFen', () => {
  it('accepts safe non-negative integers only', () => {
    expect(isFen(0)).toBe(true);
    expect(isFen(Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(isFen(-1)).toBe(false);
    expect(isFen(1.5)).toBe(false);
    expect(isFen(2 ** 53)).toBe(false);
    expect(isFen(Number.NaN)).toBe(false);
    expect(isFen('1')).toBe(false);
  });
});

describe('allocate', () => {
  it('splits 1,000,000.01 yuan 70/30 with the odd fen to the larger remainder', () => {
    expect(allocate(100000001, [7000, 3000])).toEqual([70000001, 30000000]);
  });

  it('always adds up to the amount, whatever the weights', () => {
    const cases: Array<[number, number[]]> = [
      [1, [1, 1, 1]],
      [100, [3333, 3333, 3334]],
      [99999, [1, 2, 3, 4, 5, 6, 7]],
      [7, [0, 5, 0, 5]],
      [123456789, [2500, 7500]],
    ];
    for (const [amount, weights] of cases) {
      const parts = allocate(amount, weights);
      expect(sum(parts)).toBe(amount);
      expect(parts).toEqual(referenceAllocate(amount, weights));
    }
  });

  it('breaks ties towards the earlier index', () => {
    expect(allocate(1, [1, 1])).toEqual([1, 0]);
    expect(allocate(2, [1, 1, 1])).toEqual([1, 1, 0]);
    expect(allocate(1, [5000, 5000, 0])).toEqual([1, 0, 0]);
  });

  it('never gives a fen to a zero weight', () => {
    expect(allocate(5, [0, 1, 0, 1])).toEqual([0, 3, 0, 2]);
  });

  it('gives zeros for a zero amount', () => {
    expect(allocate(0, [7000, 3000])).toEqual([0, 0]);
  });

  it('stays exact when amount × weight passes 2^53', () => {
    const amount = Number.MAX_SAFE_INTEGER; // 90 trillion yuan
    expect(allocate(amount, [1, 1, 1])).toEqual([
      3002399751580331, 3002399751580330, 3002399751580330,
    ]);
    const weights = [3333, 3333, 3334];
    const parts = allocate(amount, weights);
    expect(sum(parts)).toBe(amount);
    expect(parts).toEqual(referenceAllocate(amount, weights));
    const big = 9_000_000_000_000_001;
    expect(allocate(big, [7000, 3000])).toEqual(referenceAllocate(big, [7000, 3000]));
  });

  it('refuses non-integer or negative amounts and weights, and weights summing to 0', () => {
    expect(() => allocate(1.5, [1])).toThrow(RangeError);
    expect(() => allocate(-1, [1])).toThrow(RangeError);
    expect(() => allocate(2 ** 53, [1])).toThrow(RangeError);
    expect(() => allocate(10, [1, -1, 2])).toThrow(RangeError);
    expect(() => allocate(10, [0.5, 1])).toThrow(RangeError);
    expect(() => allocate(10, [0, 0])).toThrow(RangeError);
    expect(() => allocate(10, [])).toThrow(RangeError);
  });
});

describe('bpOf, meetsThreshold, marginFen', () => {
  it('is exact at the boundary: 80.00% meets 80%, one fen less does not', () => {
    expect(bpOf(8000, 10000)).toBe(8000);
    expect(meetsThreshold(8000, 10000, 8000)).toBe(true);
    expect(marginFen(8000, 10000, 8000)).toBe(0);
    expect(bpOf(7999, 10000)).toBe(7999);
    expect(meetsThreshold(7999, 10000, 8000)).toBe(false);
    expect(marginFen(7999, 10000, 8000)).toBe(-1);
  });

  it('rounds the share down and the needed part up', () => {
    expect(bpOf(1, 3)).toBe(3333);
    expect(bpOf(2, 3)).toBe(6666);
    // 80% of 100000001 fen is 80000000.8: 80000001 fen are needed.
    expect(marginFen(80000001, 100000001, 8000)).toBe(0);
    expect(meetsThreshold(80000001, 100000001, 8000)).toBe(true);
    expect(meetsThreshold(80000000, 100000001, 8000)).toBe(false);
    expect(marginFen(80000000, 100000001, 8000)).toBe(-1);
  });

  it('agrees with itself: margin ≥ 0 exactly when the threshold is met', () => {
    for (let part = 0; part <= 37; part++) {
      for (const threshold of [0, 1, 7000, 7999, 8000, 10000]) {
        expect(marginFen(part, 37, threshold) >= 0).toBe(meetsThreshold(part, 37, threshold));
      }
    }
  });

  it('stays exact beyond 2^53 products', () => {
    const total = Number.MAX_SAFE_INTEGER;
    const part = total - 1;
    expect(bpOf(part, total)).toBe(9999);
    expect(bpOf(total, total)).toBe(10000);
    expect(meetsThreshold(part, total, 10000)).toBe(false);
    expect(marginFen(part, total, 10000)).toBe(-1);
    expect(marginFen(total, total, 8000)).toBe(
      Number(BigInt(total) - (BigInt(total) * 8000n + 9999n) / 10000n),
    );
  });

  it('gives 0 bp for an empty total, which meets any threshold', () => {
    expect(bpOf(0, 0)).toBe(0);
    expect(meetsThreshold(0, 0, 8000)).toBe(true);
    expect(marginFen(0, 0, 8000)).toBe(0);
  });

  it('refuses fractions and negatives', () => {
    expect(() => bpOf(-1, 10)).toThrow(RangeError);
    expect(() => meetsThreshold(1, 10, 0.5)).toThrow(RangeError);
    expect(() => marginFen(1.2, 10, 8000)).toThrow(RangeError);
  });
});

describe('formatWanExact (amounts in server messages)', () => {
  it('shows 万元 with separators, two decimals or as many as the fen need', () => {
    expect(formatWanExact(0)).toBe('0.00');
    expect(formatWanExact(2_000_000_000)).toBe('2,000.00'); // 20,000,000.00 yuan
    expect(formatWanExact(100_000_001)).toBe('100.000001');
    expect(formatWanExact(12_345_600)).toBe('12.3456');
    expect(formatWanExact(12_500_000)).toBe('12.50');
    expect(formatWanExact(Number.MAX_SAFE_INTEGER)).toBe('9,007,199,254.740991');
  });
});
