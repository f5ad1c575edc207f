/**
 * Checks of a project's input that need no database: donor shares and the lead donor, location
 * shares, the livelihood share against its type's default. Each failure names the field.
 */
import { InvalidInputError } from '../../domain/errors.js';
import { BP_WHOLE } from '../../domain/money.js';

export interface DonorShare {
  org: string;
  shareBp: number;
}

/**
 * The donors with their shares and the lead donor, from `donor` and/or `donors`. Alone,
 * `donor` gets the whole share; `donors` must sum to 10000 without repeats; given both, `donor`
 * must be among `donors` with the largest share. Without `donor`, the lead is the largest
 * share (the first listed on a tie).
 */
export function resolveDonors(input: {
  donor?: string | undefined;
  donors?: DonorShare[] | undefined;
}): {
  lead: string;
  shares: DonorShare[];
} {
  const { donor, donors } = input;
  if (donors === undefined || donors.length === 0) {
    if (donor === undefined) throw InvalidInputError.field('donor', 'name the donor (or donors)');
    return { lead: donor, shares: [{ org: donor, shareBp: BP_WHOLE }] };
  }
  const seen = new Set<string>();
  donors.forEach((d, i) => {
    if (seen.has(d.org))
      throw InvalidInputError.field(`donors.${i}.org`, `${d.org} is listed twice`);
    seen.add(d.org);
  });
  assertWhole('donors', donors);
  const top = Math.max(...donors.map((d) => d.shareBp));
  if (donor !== undefined) {
    const named = donors.find((d) => d.org === donor);
    if (!named) throw InvalidInputError.field('donor', `${donor} is not among donors`);
    if (named.shareBp !== top) {
      throw InvalidInputError.field('donor', `the lead donor must have the largest share (${top})`);
    }
    return { lead: donor, shares: donors };
  }
  const lead = donors.find((d) => d.shareBp === top);
  if (!lead) throw new Error('no largest share');
  return { lead: lead.org, shares: donors };
}

/** Shares of a whole: basis points summing to exactly 10000. */
export function assertWhole(field: string, parts: readonly { shareBp: number }[]): void {
  const sum = parts.reduce((s, p) => s + p.shareBp, 0);
  if (sum !== BP_WHOLE) {
    throw InvalidInputError.field(
      field,
      `shares must sum to 10000 basis points (100%); these sum to ${sum}`,
    );
  }
}

/** Locations: no area twice, shares summing to 10000. */
export function checkLocations(locations: readonly { area: string; shareBp: number }[]): void {
  const seen = new Set<string>();
  locations.forEach((l, i) => {
    if (seen.has(l.area)) {
      throw InvalidInputError.field(`locations.${i}.area`, `${l.area} is listed twice`);
    }
    seen.add(l.area);
  });
  assertWhole('locations', locations);
}

/**
 * The livelihood share and its reason: the type's default unless overridden; an override needs
 * a reason, and a share equal to the default keeps none.
 */
export function resolveLivelihood(
  typeDefaultBp: number,
  shareBp: number,
  reason: string | null | undefined,
): { livelihoodShareBp: number; livelihoodReason: string | null } {
  if (shareBp === typeDefaultBp) return { livelihoodShareBp: shareBp, livelihoodReason: null };
  const text = reason?.trim() ?? '';
  if (text === '') {
    throw InvalidInputError.field(
      'livelihoodReason',
      `the type's livelihood share is ${typeDefaultBp}; say why this project's is ${shareBp}`,
    );
  }
  return { livelihoodShareBp: shareBp, livelihoodReason: text };
}
