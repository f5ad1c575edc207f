/**
 * Who is paired with an area on a date, and whether a piece of work is in-pair or cross-pair
 * (打破对结). Pure: callers load the pairings that touch the area's ancestor chain and the
 * donor's organisation chain; nothing here reads the database.
 */
import { isBelow } from './areas.js';
import { dateWithin } from './dates.js';

/** A pairing of a donor organisation with a recipient area, valid over an inclusive range. */
export interface PairingSpan {
  id: number;
  programme: string;
  donorCode: string;
  /** The recipient area: the pairing covers it and everything below it. */
  areaCode: string;
  validFrom: string;
  /** Last day of validity; null while the pairing is open. */
  validTo: string | null;
  /** Set for a sub-pairing (a donor city with one county …). */
  parentId?: number | null;
}

/** A donor paired with the area on the date, and through which area of the chain. */
export interface PairedDonor {
  donorCode: string;
  /** The area the pairing names: the area itself or one of its ancestors. */
  via: string;
  pairingId: number;
  programme: string;
  sub: boolean;
}

export type WorkClassification = 'in-pair' | 'cross-pair';

/**
 * The donors paired on `date` with the first area of `chain` (the area, then its ancestors up to
 * the province), directly or through an ancestor. Nearest pairings first (the area's own, then
 * its prefecture's …), then by pairing id. Pairings that touch no area of the chain are ignored.
 */
export function donorsOn(
  pairings: readonly PairingSpan[],
  chain: readonly string[],
  date: string,
): PairedDonor[] {
  const depth = new Map(chain.map((code, i) => [code, i]));
  return pairings
    .filter((p) => depth.has(p.areaCode) && dateWithin(date, p.validFrom, p.validTo))
    .sort((a, b) => (depth.get(a.areaCode) ?? 0) - (depth.get(b.areaCode) ?? 0) || a.id - b.id)
    .map((p) => ({
      donorCode: p.donorCode,
      via: p.areaCode,
      pairingId: p.id,
      programme: p.programme,
      sub: p.parentId !== undefined && p.parentId !== null,
    }));
}

/**
 * Classes a piece of work done by a donor organisation in an area on a date: in-pair when the
 * organisation or one of its ancestors (an HQ's donor; Hangzhou's Zhejiang) is paired on that
 * date with the area or one of its ancestors — or, for work located above county level, with an
 * area inside it (Beijing's work for the whole Hotan prefecture, where it is paired with four
 * counties, is in-pair); cross-pair otherwise. See docs/decisions/0004-pairings.md.
 *
 * @param donorOrgPath the organisation and its ancestors, self first
 * @param areaPath the area and its ancestors, self first
 */
export function classifyWork(input: {
  donorOrgPath: readonly string[];
  areaPath: readonly string[];
  pairings: readonly PairingSpan[];
  date: string;
}): WorkClassification {
  const donors = new Set(input.donorOrgPath);
  const paired = donorsOn(input.pairings, input.areaPath, input.date);
  if (paired.some((d) => donors.has(d.donorCode))) return 'in-pair';
  const area = input.areaPath[0];
  const inside =
    area !== undefined &&
    input.pairings.some(
      (p) =>
        donors.has(p.donorCode) &&
        isBelow(p.areaCode, area) &&
        dateWithin(input.date, p.validFrom, p.validTo),
    );
  return inside ? 'in-pair' : 'cross-pair';
}

/**
 * A key that is the same for two dates exactly when the same pairings are in force on both, so
 * a classification computed for one date can be reused for the other. Pairings change a few
 * times in a decade; projects' dates are many.
 */
export function validityEpochs(pairings: readonly PairingSpan[]): (date: string) => number {
  const bounds = new Set<string>();
  for (const p of pairings) {
    bounds.add(p.validFrom);
    if (p.validTo !== null) bounds.add(`${p.validTo}~`); // the day after: sorts after validTo
  }
  const sorted = [...bounds].sort();
  return (date: string) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as string) <= date) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
