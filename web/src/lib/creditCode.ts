/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015), checked as the server checks
 * it (src/domain/credit-code.ts) so that a typing slip is shown on the field before saving: 18
 * characters of 0-9 and A-Y less I, O, Z, S, V; the 18th a check character of the first 17.
 */
const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeError =
  | { kind: 'length'; length: number }
  | { kind: 'character'; position: number; char: string }
  | { kind: 'checkChar'; expected: string };

/** What is wrong with a code (trimmed, upper-cased first), or null when it is valid. */
export function creditCodeError(text: string): CreditCodeError | null {
  const code = text.trim().toUpperCase();
  if (code.length !== 18) return { kind: 'length', length: code.length };
  let sum = 0;
  for (let i = 0; i < 18; i++) {
    const char = code.charAt(i);
    const value = CHARS.indexOf(char);
    if (value < 0) return { kind: 'character', position: i + 1, char };
    if (i < 17) sum += value * (WEIGHTS[i] ?? 0);
  }
  const expected = CHARS.charAt((31 - (sum % 31)) % 31);
  return code.charAt(17) === expected ? null : { kind: 'checkChar', expected };
}
