/**
 * Chinese resident identity numbers (公民身份号码, GB 11643-1999): 17 digits (6 of the area of
 * first registration, 8 of the birth date, 3 of sequence, odd for men) and a check character,
 * the ISO 7064 MOD 11-2 check: the digits weighted 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, summed,
 * modulo 11 → `1 0 X 9 8 7 6 5 4 3 2`. Pure.
 */
import { isIsoDate } from './dates.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

/** The check character for the first 17 digits, or null when they are not 17 digits. */
export function idCardCheckCharacter(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] as number);
  return CHECK[sum % 11] as string;
}

export type IdCardFault = 'format' | 'birthDate' | 'checkDigit';

/**
 * What is wrong with an 18-character identity number (a lowercase `x` is read as `X`), or null
 * when it is well-formed, its birth date a real date and its check character right.
 */
export function idCardFault(text: string): IdCardFault | null {
  const id = text.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isIsoDate(birth)) return 'birthDate';
  return idCardCheckCharacter(id.slice(0, 17)) === id[17] ? null : 'checkDigit';
}

/** The number as stored: upper case, no spaces. */
export function normalizeIdCard(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}
