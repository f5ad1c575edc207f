/** "Which donors are paired with area X on date D", and in-pair / cross-pair from that. */
import type { Executor } from '../../db/database.js';
import { descendantPrefix } from '../../domain/areas.js';
import { InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { classifyWork, donorsOn, type PairingSpan } from '../../domain/pairing.js';
import { presentAreaRef } from '../areas/presenters.js';
import { type AreaRecord, areaChain } from '../areas/repository.js';
import type { PairedDonorView } from '../areas/schema.js';
import { organisationPath } from '../organisations/repository.js';
import type { Classification } from './schema.js';

/**
 * The pairings (top-level and sub) of any area of the chain — and of the areas inside the
 * chain's first area, which classifying work above county level needs — with donors' names.
 */
async function pairingsOfChain(db: Executor, chain: readonly AreaRecord[], programme?: string) {
  const [area] = chain;
  if (!area) return [];
  let query = db
    .selectFrom('pairings as p')
    .innerJoin('organisations as d', 'd.code', 'p.donorCode')
    .select(['p.id', 'p.programmeCode', 'p.donorCode', 'p.recipientAreaCode', 'p.parentId'])
    .select(['p.validFrom', 'p.validTo', 'd.name', 'd.nameEn'])
    .where((eb) =>
      eb.or([
        eb(
          'p.recipientAreaCode',
          'in',
          chain.map((a) => a.code),
        ),
        eb('p.recipientAreaCode', 'like', `${descendantPrefix(area.code)}%`),
      ]),
    );
  if (programme) query = query.where('p.programmeCode', '=', programme);
  return query.orderBy('p.id').execute();
}

function toSpans(rows: Awaited<ReturnType<typeof pairingsOfChain>>): PairingSpan[] {
  return rows.map((r) => ({
    id: r.id,
    programme: r.programmeCode,
    donorCode: r.donorCode,
    areaCode: r.recipientAreaCode ?? '',
    validFrom: r.validFrom,
    validTo: r.validTo,
    parentId: r.parentId,
  }));
}

/** The donors paired with the first area of `chain` (the area, then its ancestors) on `date`. */
export async function donorsOfChain(
  db: Executor,
  chain: readonly AreaRecord[],
  date: string,
  programme?: string,
): Promise<PairedDonorView[]> {
  const rows = await pairingsOfChain(db, chain, programme);
  return presentDonors(rows, chain, date);
}

function presentDonors(
  rows: Awaited<ReturnType<typeof pairingsOfChain>>,
  chain: readonly AreaRecord[],
  date: string,
): PairedDonorView[] {
  const names = new Map(rows.map((r) => [r.donorCode, r]));
  const areas = new Map(chain.map((a) => [a.code, a]));
  const paired = donorsOn(
    toSpans(rows),
    chain.map((a) => a.code),
    date,
  );
  return paired.map((d) => {
    const org = names.get(d.donorCode);
    const via = areas.get(d.via);
    if (!org || !via) throw new Error(`pairing ${d.pairingId} lost its donor or area`);
    return {
      code: d.donorCode,
      name: org.name,
      nameEn: org.nameEn,
      via: presentAreaRef(via),
      pairingId: d.pairingId,
      programme: d.programme,
      sub: d.sub,
    };
  });
}

/**
 * Which donors are paired with the area on the date: directly, or through its prefecture or
 * province; sub-pairings included and marked `sub`. Nearest pairings first.
 *
 * @throws NotFoundError when the area does not exist
 */
export async function donorsOf(
  db: Executor,
  areaCode: string,
  date: string,
  programme?: string,
): Promise<PairedDonorView[]> {
  const chain = await areaChain(db, areaCode);
  if (chain.length === 0) throw new NotFoundError(`no area ${areaCode}`);
  return donorsOfChain(db, chain, date, programme);
}

/**
 * Classes work located in an area by a donor organisation on a date as in-pair or cross-pair
 * (see `classifyWork`), with the donors paired there. Unknown codes are 422s named after the
 * API's query parameters, `donor` and `area`.
 */
export async function classifyLocation(
  db: Executor,
  input: { donorCode: string; areaCode: string; date: string; programme?: string | undefined },
): Promise<Classification> {
  const donorOrgPath = await organisationPath(db, input.donorCode);
  if (donorOrgPath.length === 0) {
    throw InvalidInputError.field('donor', `no organisation ${input.donorCode}`);
  }
  const chain = await areaChain(db, input.areaCode);
  if (chain.length === 0) throw InvalidInputError.field('area', `no area ${input.areaCode}`);
  const rows = await pairingsOfChain(db, chain, input.programme);
  const classification = classifyWork({
    donorOrgPath,
    areaPath: chain.map((a) => a.code),
    pairings: toSpans(rows),
    date: input.date,
  });
  return { classification, pairedDonors: presentDonors(rows, chain, input.date) };
}
