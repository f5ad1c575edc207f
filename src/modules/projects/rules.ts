/**
 * Checks of a project's input that need no database: donor shares and the lead donor, location
 * shares, the livelihood share against its type's default. Each failure names the field.
 */
import { InvalidInputError } from '../../domain/errors.js';
import { BP_WHOLE } from '../../domain/money.js';
import { problem } from '../../domain/problems.js';

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
    if (donor === undefined)
      throw InvalidInputError.field('donor', problem('project.donorRequired'));
    return { lead: donor, shares: [{ org: donor, shareBp: BP_WHOLE }] };
  }
  const seen = new Set<string>();
  donors.forEach((d, i) => {
    if (seen.has(d.org))
      throw InvalidInputError.field(
        `donors.${i}.org`,
        problem('project.donorTwice', { org: d.org }),
      );
    seen.add(d.org);
  });
  assertWhole('donors', donors);
  const top = Math.max(...donors.map((d) => d.shareBp));
  if (donor !== undefined) {
    const named = donors.find((d) => d.org === donor);
    if (!named) throw InvalidInputError.field('donor', problem('project.leadNotDonor', { donor }));
    if (named.shareBp !== top) {
      throw InvalidInputError.field('donor', problem('project.leadNotLargest', { top }));
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
    throw InvalidInputError.field(field, problem('project.sharesSum', { sum }));
  }
}

/** Locations: no area twice, shares summing to 10000. */
export function checkLocations(locations: readonly { area: string; shareBp: number }[]): void {
  const seen = new Set<string>();
  locations.forEach((l, i) => {
    if (seen.has(l.area)) {
      throw InvalidInputError.field(
        `locations.${i}.area`,
        problem('project.locationTwice', { area: l.area }),
      );
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
      problem('project.livelihoodReason', { typeBp: typeDefaultBp, bp: shareBp }),
    );
  }
  return { livelihoodShareBp: shareBp, livelihoodReason: text };
}
