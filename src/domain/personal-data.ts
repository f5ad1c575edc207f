/**
 * A person's personal data (phone, ID-card number, birth year) and its masking (decision 0025).
 * Unmasked only for the person's own donor and the coordinator; everyone else sees the masked
 * form, in every list, page, API answer and history view. Pure.
 */

export interface PersonalData {
  phone: string | null;
  idCardNumber: string | null;
  birthYear: number | null;
}

/** The personal fields of a person record (what a history view masks). */
export const PERSONAL_FIELDS = ['phone', 'idCardNumber', 'birthYear'] as const;

/** Keeps the first `head` and last `tail` characters, the rest as `*`. */
function keepEnds(text: string, head: number, tail: number): string {
  if (text.length <= head + tail) return '*'.repeat(text.length);
  return text.slice(0, head) + '*'.repeat(text.length - head - tail) + text.slice(-tail);
}

/** `13812345678` → `138****5678`. */
export function maskPhone(phone: string): string {
  return keepEnds(phone, 3, 4);
}

/** `650102199003071234` → `650*************34`: no area, no birth date, no sex digit. */
export function maskIdCard(id: string): string {
  return keepEnds(id, 3, 2);
}

/** The masked form: phone and number with their ends kept, the birth year withheld. */
export function maskPersonalData(data: PersonalData): PersonalData {
  return {
    phone: data.phone === null ? null : maskPhone(data.phone),
    idCardNumber: data.idCardNumber === null ? null : maskIdCard(data.idCardNumber),
    birthYear: null,
  };
}

/** A snapshot (a history entry's before/after) with its personal fields masked. */
export function maskSnapshot(snapshot: unknown): unknown {
  if (snapshot === null || typeof snapshot !== 'object' || Array.isArray(snapshot)) {
    return snapshot;
  }
  const s = snapshot as Record<string, unknown>;
  const masked = maskPersonalData({
    phone: typeof s.phone === 'string' ? s.phone : null,
    idCardNumber: typeof s.idCardNumber === 'string' ? s.idCardNumber : null,
    birthYear: null,
  });
  const out: Record<string, unknown> = { ...s };
  for (const f of PERSONAL_FIELDS) if (f in s) out[f] = masked[f];
  return out;
}
