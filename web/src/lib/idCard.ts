/**
 * The GB 11643 checks of a Chinese resident identity number, as the server makes them
 * (src/domain/id-card.ts), so that the form says what is wrong before saving: 17 digits and a
 * check character, a real birth date, the ISO 7064 MOD 11-2 check character.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export type IdCardFault =
  | { fault: 'format' }
  | { fault: 'birthDate'; date: string }
  | { fault: 'checkDigit'; expected: string };

/** What is wrong with the number (spaces ignored, `x` read as `X`), or null when it is right. */
export function idCardFault(text: string): IdCardFault | null {
  const id = text.replace(/\s+/g, '').toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return { fault: 'format' };
  const date = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) {
    return { fault: 'birthDate', date };
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * (WEIGHTS[i] ?? 0);
  const expected = CHECK[sum % 11] ?? '';
  return id[17] === expected ? null : { fault: 'checkDigit', expected };
}
