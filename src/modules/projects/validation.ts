/**
 * Checks of a project's input against the reference data (programmes, types, organisations,
 * areas), from memory. Each failure is a 422 naming the field.
 */
import { InvalidInputError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import type { Reference } from '../reference/reference.js';
import type { DonorShare } from './rules.js';

/** The organisation path of each donor; an unknown one is a 422 on its field. */
export function donorPaths(ref: Reference, shares: readonly DonorShare[], listed: boolean) {
  return shares.map((d, i) => {
    const path = ref.orgs.pathOf(d.org);
    if (path.length === 0) {
      throw InvalidInputError.field(
        listed ? `donors.${i}.org` : 'donor',
        problem('organisation.unknown', { code: d.org }),
      );
    }
    return path;
  });
}

export function assertProgramme(ref: Reference, code: string): void {
  if (!ref.programmes.has(code))
    throw InvalidInputError.field('programme', problem('programme.unknown', { code }));
}

export function projectType(ref: Reference, code: string) {
  const type = ref.projectTypes.get(code);
  if (!type) {
    throw InvalidInputError.field('type', problem('project.typeUnknown', { code }));
  }
  return type;
}

export function assertOrganisation(ref: Reference, field: string, code: string | null | undefined) {
  if (code != null && !ref.orgs.has(code)) {
    throw InvalidInputError.field(field, problem('organisation.unknown', { code }));
  }
}

export function assertAreas(ref: Reference, locations: readonly { area: string }[]): void {
  for (const [i, l] of locations.entries()) {
    if (!ref.areas.has(l.area)) {
      throw InvalidInputError.field(
        `locations.${i}.area`,
        problem('area.unknown', { code: l.area }),
      );
    }
  }
}
