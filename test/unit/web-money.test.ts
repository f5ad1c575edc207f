import { describe, expect, it } from 'vitest';
import {
  fenToWanInput,
  formatShare,
  formatWan,
  formatYuan,
  parseWanToFen,
} from '../../web/src/lib/money.js';

describe('amounts typed in 万元 (decision 0019)', () => {
  it('parses exactly to integer fen, with or without separators', () => {
    expect(parseWanToFen('12.5')).toBe(12_500_000); // 125,000.00 yuan
    expect(parseWanToFen('1')).toBe(1_000_000);
    expect(parseWanToFen('0')).toBe(0);
    expect(parseWanToFen('0.000001')).toBe(1); // one fen
    expect(parseWanToFen('.5')).toBe(500_000);
    expect(parseWanToFen('12.')).toBe(12_000_000);
    expect(parseWanToFen(' 1,234.567891 ')).toBe(1_234_567_891);
    expect(parseWanToFen('1，000')).toBe(1_000_000_000);
  });

  it('never goes through floating point', () => {
    // as floats, 0.1 + 0.2 and 1.005 × 1e6 are off by a little; the text shift is not
    expect(parseWanToFen('0.3')).toBe(300_000);
    expect(parseWanToFen('1.005')).toBe(1_005_000);
    expect(parseWanToFen('4.35')).toBe(4_350_000);
    expect(parseWanToFen('9,007,199,254.740991')).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('refuses what is not a non-negative amount of whole fen', () => {
    for (const bad of ['', ' ', 'abc', '-1', '1.0000001', '1e3', '1.2.3', '12万', '+1', '.']) {
      expect(parseWanToFen(bad), bad).toBeNull();
    }
    expect(parseWanToFen('99999999999')).toBeNull(); // beyond 2^53 fen
  });

  it('writes fen back as the text of an input, exactly and round-tripping', () => {
    expect(fenToWanInput(0)).toBe('0');
    expect(fenToWanInput(125_000_000)).toBe('125');
    expect(fenToWanInput(123_456)).toBe('0.123456');
    expect(fenToWanInput(1)).toBe('0.000001');
    expect(fenToWanInput(1_050_000)).toBe('1.05');
    expect(fenToWanInput(Number.MAX_SAFE_INTEGER)).toBe('9007199254.740991');
    for (const fen of [0, 1, 99, 100, 123_456, 1_000_000, 987_654_321, Number.MAX_SAFE_INTEGER]) {
      expect(parseWanToFen(fenToWanInput(fen))).toBe(fen);
    }
  });
});

describe('amounts shown', () => {
  it('in 万元 with thousands separators and two decimals, rounded half up', () => {
    expect(formatWan(0)).toBe('0.00');
    expect(formatWan(125_000_000)).toBe('125.00');
    expect(formatWan(2_000_000_000)).toBe('2,000.00'); // 20,000,000.00 yuan
    expect(formatWan(118_025_060_930)).toBe('118,025.06');
    expect(formatWan(4_999)).toBe('0.00');
    expect(formatWan(5_000)).toBe('0.01');
    expect(formatWan(-5_000)).toBe('-0.01');
    expect(formatWan(-123_456_789_012)).toBe('-123,456.79');
    expect(formatWan(Number.MAX_SAFE_INTEGER)).toBe('9,007,199,254.74');
  });

  it('in exact yuan for the tooltip', () => {
    expect(formatYuan(123_456)).toBe('1,234.56');
    expect(formatYuan(2_000_000_000)).toBe('20,000,000.00');
    expect(formatYuan(-5)).toBe('-0.05');
  });

  it('shares rounded down to one decimal', () => {
    expect(formatShare(9824)).toBe('98.2%');
    expect(formatShare(7999)).toBe('79.9%');
  });
});
