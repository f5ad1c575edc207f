/**
 * The rules every posting obeys, whether added or changed (decision 0025): known programme,
 * area, host and kind; the batch of the person's donor and the posting's programme; the term in
 * order; no overlap with the person's other postings; inside the donor's pairing unless marked
 * cross-pair. Each refuses with a problem naming the field.
 */
import { ConflictError, InvalidInputError } from '../../domain/errors.js';
import { classifyWork } from '../../domain/pairing.js';
import { overlappingTerm } from '../../domain/postings.js';
import { problem } from '../../domain/problems.js';
import type { UnitOfWork } from '../core/unit-of-work.js';
import { type Reference, referenceIn } from '../reference/reference.js';

/** A posting's fields as the rules see them (after a change is merged onto the stored row). */
export interface PostingShape {
  programme: string;
  batch: number | null;
  kind: string;
  hostOrg: string | null;
  hostOrgName: string | null;
  area: string;
  crossPair: boolean;
  termStart: string;
}

/** The term in months of a kind in a programme: the programme's own, or the kind's default. */
export async function termMonths(uow: UnitOfWork, programme: string, kind: string) {
  const row = await uow.trx
    .selectFrom('personnelKinds as k')
    .leftJoin('personnelKindTerms as t', (j) =>
      j.onRef('t.kindCode', '=', 'k.code').on('t.programmeCode', '=', programme),
    )
    .select(['k.defaultTermMonths', 't.termMonths'])
    .where('k.code', '=', kind)
    .executeTakeFirst();
  if (!row) throw InvalidInputError.field('kind', problem('people.kindUnknown', { code: kind }));
  return row.termMonths ?? row.defaultTermMonths;
}

/** Refuses an unknown programme, area or host organisation, and a posting with no host. */
export function assertKnown(ref: Reference, p: PostingShape) {
  if (!ref.programmes.has(p.programme)) {
    throw InvalidInputError.field('programme', problem('programme.unknown', { code: p.programme }));
  }
  if (!ref.areas.has(p.area)) {
    throw InvalidInputError.field('area', problem('area.unknown', { code: p.area }));
  }
  if (p.hostOrg && !ref.orgs.has(p.hostOrg)) {
    throw InvalidInputError.field('hostOrg', problem('organisation.unknown', { code: p.hostOrg }));
  }
  if (!p.hostOrg && !p.hostOrgName) {
    throw InvalidInputError.field('hostOrg', problem('people.hostOrgRequired'));
  }
}

/** Refuses a batch that does not exist or is not the donor's in the posting's programme. */
export async function assertBatch(
  uow: UnitOfWork,
  ref: Reference,
  donorCode: string,
  p: PostingShape,
) {
  if (p.batch === null) return;
  const batch = await uow.trx
    .selectFrom('personnelBatches')
    .selectAll()
    .where('id', '=', p.batch)
    .executeTakeFirst();
  if (!batch) {
    throw InvalidInputError.field('batch', problem('people.batchUnknown', { id: p.batch }));
  }
  if (batch.donorCode !== donorCode || batch.programmeCode !== p.programme) {
    throw InvalidInputError.field(
      'batch',
      problem('people.batchMismatch', {
        id: batch.id,
        donor: ref.orgs.get(batch.donorCode)?.name ?? batch.donorCode,
        programme: ref.programmes.get(batch.programmeCode)?.name ?? batch.programmeCode,
      }),
    );
  }
}

export function assertTermOrder(field: string, start: string, end: string) {
  if (end < start) {
    throw InvalidInputError.field(field, problem('people.termEndsBeforeStart', { start, end }));
  }
}

/** Refuses a term overlapping another posting of the same person (409 on `field`). */
export async function assertNoOverlap(
  uow: UnitOfWork,
  personId: number,
  field: string,
  term: { id?: number; termStart: string; endsOn: string },
) {
  const others = await uow.trx
    .selectFrom('postings')
    .select(['id', 'termStart', 'endsOn', 'areaCode', 'role'])
    .where('personId', '=', personId)
    .execute();
  const clash = overlappingTerm(term, others);
  if (clash) {
    // the other posting by where and what, not by its internal id: the message is shown as it is
    const ref = await referenceIn(uow.trx, uow.memo);
    throw ConflictError.field(
      field,
      problem('people.postingOverlap', {
        area: ref.areas.get(clash.areaCode)?.name ?? clash.areaCode,
        role: clash.role,
        start: clash.termStart,
        end: clash.endsOn,
      }),
    );
  }
}

/** Refuses a posting outside the donor's pairing on its start unless marked cross-pair. */
export function assertInPairing(
  ref: Reference,
  donorCode: string,
  p: PostingShape,
  field = 'area',
) {
  const classification = classifyWork({
    donorOrgPath: ref.orgs.pathOf(donorCode),
    areaPath: ref.areas.pathOf(p.area),
    pairings: ref.pairingSpans(p.programme),
    date: p.termStart,
  });
  if (classification === 'cross-pair' && !p.crossPair) {
    throw InvalidInputError.field(
      field,
      problem('people.outsidePairing', {
        // names, not codes: the message is shown as it is
        donor: ref.orgs.get(donorCode)?.name ?? donorCode,
        area: ref.areas.get(p.area)?.name ?? p.area,
        date: p.termStart,
      }),
    );
  }
}
