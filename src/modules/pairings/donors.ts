/** "Which donors are paired with area X on date D", and in-pair / cross-pair from that. */
import { InvalidInputError } from '../../domain/errors.js';
import { classifyWork, donorsOn } from '../../domain/pairing.js';
import { problem } from '../../domain/problems.js';
import type { ServiceContext } from '../core/context.js';
import { loadReference, type Reference } from '../reference/reference.js';
import type { Classification, PairedDonorView } from './schema.js';

/** The programme's area pairings (or every programme's), as spans for the pure rules. */
function spansOf(ref: Reference, programme?: string) {
  return ref.pairings.filter(
    (p) => p.recipientAreaCode !== null && (programme === undefined || p.programme === programme),
  );
}

/**
 * The donors paired with an area on a date, directly or through its prefecture or province;
 * sub-pairings included and marked `sub`; nearest pairings first. Empty for an unknown area.
 */
export function donorsOfArea(
  ref: Reference,
  areaCode: string,
  date: string,
  programme?: string,
): PairedDonorView[] {
  return donorsOn(spansOf(ref, programme), ref.areas.pathOf(areaCode), date).map((d) => {
    const org = ref.orgs.get(d.donorCode);
    const via = ref.areas.get(d.via);
    if (!org || !via) throw new Error(`pairing ${d.pairingId} lost its donor or area`);
    return {
      code: d.donorCode,
      name: org.name,
      nameEn: org.nameEn,
      via: {
        code: via.code,
        name: via.name,
        nameEn: via.nameEn,
        nameUg: via.nameUg,
        level: via.level,
      },
      pairingId: d.pairingId,
      programme: d.programme,
      sub: d.sub,
    };
  });
}

/** In-pair or cross-pair, for work by a donor organisation in an area on a date (pure). */
export function classificationOf(
  ref: Reference,
  input: { donorCode: string; areaCode: string; date: string; programme?: string | undefined },
): 'in-pair' | 'cross-pair' {
  return classifyWork({
    donorOrgPath: ref.orgs.pathOf(input.donorCode),
    areaPath: ref.areas.pathOf(input.areaCode),
    pairings: spansOf(ref, input.programme),
    date: input.date,
  });
}

/**
 * Classes work located in an area by a donor organisation on a date as in-pair or cross-pair
 * (see `classifyWork`), with the donors paired there. Unknown codes are 422s named after the
 * API's query parameters, `donor` and `area`.
 */
export async function classifyLocation(
  ctx: ServiceContext,
  input: { donorCode: string; areaCode: string; date: string; programme?: string | undefined },
): Promise<Classification> {
  const ref = await loadReference(ctx.db);
  if (!ref.orgs.has(input.donorCode)) {
    throw InvalidInputError.field(
      'donor',
      problem('organisation.unknown', { code: input.donorCode }),
    );
  }
  if (!ref.areas.has(input.areaCode)) {
    throw InvalidInputError.field('area', problem('area.unknown', { code: input.areaCode }));
  }
  return {
    classification: classificationOf(ref, input),
    pairedDonors: donorsOfArea(ref, input.areaCode, input.date, input.programme),
  };
}
