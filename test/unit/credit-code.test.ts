import { describe, expect, it } from 'vitest';
import {
  creditCodeCheckChar,
  creditCodeProblem,
  isCreditCode,
  normalizeCreditCode,
} from '../../src/domain/credit-code.js';

describe('the unified social credit code (GB 32100)', () => {
  it('accepts published codes, lower case and surrounding blanks too', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull();
    expect(creditCodeProblem('91110000600037341L')).toBeNull();
    expect(isCreditCode(' 91310000ma1fl1mmxl ')).toBe(true);
    expect(normalizeCreditCode(' 91310000ma1fl1mmxl ')).toBe('91310000MA1FL1MMXL');
  });

  it('computes the check character with weights 3^i mod 31 (remainder 0 gives 0)', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckChar('91110000600037341')).toBe('L');
    // Every check value maps to one of the 31 characters, and a wrong one is refused.
    for (const wrong of '0123456789ABCDEFGHJKLMNPQRTUWXY'.replace('3', '')) {
      expect(creditCodeProblem(`91350100M000100Y4${wrong}`)).toBe('checkChar');
    }
  });

  it('refuses the wrong length and the letters I, O, Z, S, V', () => {
    expect(creditCodeProblem('91350100M000100Y4')).toBe('length');
    expect(creditCodeProblem('91350100M000100Y433')).toBe('length');
    expect(creditCodeProblem('91350100M00010OY43')).toBe('character');
    expect(creditCodeProblem('9135010SM000100Y43')).toBe('character');
    expect(creditCodeCheckChar('9135010IM000100Y4')).toBeNull();
  });
});
