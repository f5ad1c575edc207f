/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from the 31
 * of {@link CREDIT_CODE_CHARS} (no I, O, Z, S, V); the 18th is a check character computed from
 * the first 17 with weights 3^i mod 31. Pure.
 */

export const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The code as it is stored: trimmed, upper case. */
export function normalizeCreditCode(text: string): string {
  return text.trim().toUpperCase();
}

/** The check character for the first 17 characters, or null when one is not allowed. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARS.indexOf(first17.charAt(i));
    if (value < 0) return null;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_CHARS.charAt(check);
}

export type CreditCodeProblem = 'length' | 'character' | 'checkChar';

/** Why a (normalized) code is not a valid unified social credit code, or null when it is. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'length';
  for (const ch of code) if (!CREDIT_CODE_CHARS.includes(ch)) return 'character';
  return creditCodeCheckChar(code.slice(0, 17)) === code.charAt(17) ? null : 'checkChar';
}

export function isCreditCode(code: string): boolean {
  return creditCodeProblem(normalizeCreditCode(code)) === null;
}
