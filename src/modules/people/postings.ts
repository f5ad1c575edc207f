/**
 * Use cases of postings (decision 0025): add a posting to a person, end one (early, with the
 * reason). Every rule refuses with a problem naming the field and changes nothing: the term's
 * order, overlaps with the person's other postings, the donor's pairing (unless cross-pair), the
 * batch's donor and programme.
 */
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { classifyWork } from '../../domain/pairing.js';
import { defaultTermEnd, overlappingTerm } from '../../domain/postings.js';
import { problem } from '../../domain/problems.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import type { UnitOfWork } from '../core/unit-of-work.js';
import { referenceIn } from '../reference/reference.js';
import { write } from '../write.js';
import { logUnmaskedReads } from './access-log.js';
import { bumpPerson, personForWrite } from './persons.js';
import { presentPerson } from './presenters.js';
import { findPerson, postingsOf } from './repository.js';
import type { EndPostingInput, PersonView, PostingInput } from './schema.js';

type Ctx = ServiceContext;

/** The term in months of a kind in a programme: the programme's own, or the kind's default. */
async function termMonths(uow: UnitOfWork, programme: string, kind: string) {
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

function assertTermOrder(field: string, start: string, end: string) {
  if (end < start) {
    throw InvalidInputError.field(field, problem('people.termEndsBeforeStart', { start, end }));
  }
}

function assertNoOverlap(
  field: string,
  term: { id?: number; termStart: string; endsOn: string },
  others: readonly { id: number; termStart: string; endsOn: string }[],
) {
  const clash = overlappingTerm(term, others);
  if (clash) {
    throw ConflictError.field(
      field,
      problem('people.postingOverlap', { id: clash.id, start: clash.termStart, end: clash.endsOn }),
    );
  }
}

async function presentWritten(uow: UnitOfWork, personId: number, purpose: string) {
  const ref = await referenceIn(uow.trx, uow.memo);
  const row = await findPerson(uow.trx, personId);
  if (!row) throw new Error(`person ${personId} vanished`);
  const view = presentPerson(row, await postingsOf(uow.trx, [personId]), uow.ctx.actor, ref);
  if (!view.personal.masked) await logUnmaskedReads(uow.context, [personId], purpose);
  return view;
}

/** Adds a posting to the person; the planned end defaults to the kind's term in the programme. */
export async function addPosting(
  ctx: Ctx,
  personId: number,
  input: PostingInput,
  expectedVersion?: number,
): Promise<PersonView> {
  return write(ctx, async (uow) => {
    const { row: person, ref } = await personForWrite(uow, personId, expectedVersion);
    if (!ref.programmes.has(input.programme)) {
      throw InvalidInputError.field(
        'programme',
        problem('programme.unknown', { code: input.programme }),
      );
    }
    if (!ref.areas.has(input.area)) {
      throw InvalidInputError.field('area', problem('area.unknown', { code: input.area }));
    }
    if (input.hostOrg && !ref.orgs.has(input.hostOrg)) {
      throw InvalidInputError.field(
        'hostOrg',
        problem('organisation.unknown', { code: input.hostOrg }),
      );
    }
    if (!input.hostOrg && !input.hostOrgName) {
      throw InvalidInputError.field('hostOrg', problem('people.hostOrgRequired'));
    }
    const months = await termMonths(uow, input.programme, input.kind);
    if (input.batch !== undefined && input.batch !== null) {
      const batch = await uow.trx
        .selectFrom('personnelBatches')
        .selectAll()
        .where('id', '=', input.batch)
        .executeTakeFirst();
      if (!batch) {
        throw InvalidInputError.field('batch', problem('people.batchUnknown', { id: input.batch }));
      }
      if (batch.donorCode !== person.donorCode || batch.programmeCode !== input.programme) {
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
    const plannedEnd = input.plannedEnd ?? defaultTermEnd(input.termStart, months);
    assertTermOrder('plannedEnd', input.termStart, plannedEnd);
    const others = await uow.trx
      .selectFrom('postings')
      .select(['id', 'termStart', 'endsOn'])
      .where('personId', '=', personId)
      .execute();
    assertNoOverlap('termStart', { termStart: input.termStart, endsOn: plannedEnd }, others);
    const classification = classifyWork({
      donorOrgPath: ref.orgs.pathOf(person.donorCode),
      areaPath: ref.areas.pathOf(input.area),
      pairings: ref.pairingSpans(input.programme),
      date: input.termStart,
    });
    if (classification === 'cross-pair' && !input.crossPair) {
      throw InvalidInputError.field(
        'area',
        problem('people.outsidePairing', {
          // names, not codes: the message is shown as it is
          donor: ref.orgs.get(person.donorCode)?.name ?? person.donorCode,
          area: ref.areas.get(input.area)?.name ?? input.area,
          date: input.termStart,
        }),
      );
    }
    const at = new Date().toISOString();
    const values = {
      personId,
      donorCode: person.donorCode,
      programmeCode: input.programme,
      batchId: input.batch ?? null,
      kindCode: input.kind,
      hostOrgCode: input.hostOrg ?? null,
      hostOrgName: input.hostOrgName ?? null,
      areaCode: input.area,
      role: input.role,
      mode: input.mode,
      crossPair: input.crossPair ? 1 : 0,
      termStart: input.termStart,
      plannedEnd,
      actualEnd: null,
      endReason: null,
      endsOn: plannedEnd,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    const { id } = await uow.trx
      .insertInto('postings')
      .values(values)
      .returning('id')
      .executeTakeFirstOrThrow();
    await bumpPerson(uow, person);
    uow.record({
      action: 'create',
      entityType: 'posting',
      entityId: String(id),
      after: { id, ...values },
    });
    return presentWritten(uow, personId, 'posting.add');
  });
}

/**
 * Ends a posting on `actualEnd`: before the planned end only with the reason; never before it
 * started, nor twice. `If-Match` names the person's version.
 */
export async function endPosting(
  ctx: Ctx,
  postingId: number,
  input: EndPostingInput,
  expectedVersion?: number,
): Promise<PersonView> {
  return write(ctx, async (uow) => {
    const posting = await uow.trx
      .selectFrom('postings')
      .selectAll()
      .where('id', '=', postingId)
      .executeTakeFirst();
    if (!posting) {
      authorize(ctx.actor, 'people.write');
      throw new NotFoundError(problem('people.postingNotFound', { id: postingId }));
    }
    const { row: person } = await personForWrite(uow, posting.personId, expectedVersion);
    if (posting.actualEnd !== null) {
      throw ConflictError.field(
        'actualEnd',
        problem('people.alreadyEnded', { date: posting.actualEnd }),
      );
    }
    assertTermOrder('actualEnd', posting.termStart, input.actualEnd);
    if (input.actualEnd < posting.plannedEnd && !input.reason) {
      throw InvalidInputError.field(
        'reason',
        problem('people.endReasonRequired', { planned: posting.plannedEnd }),
      );
    }
    const others = await uow.trx
      .selectFrom('postings')
      .select(['id', 'termStart', 'endsOn'])
      .where('personId', '=', posting.personId)
      .execute();
    assertNoOverlap(
      'actualEnd',
      { id: posting.id, termStart: posting.termStart, endsOn: input.actualEnd },
      others,
    );
    const set = {
      actualEnd: input.actualEnd,
      endReason: input.reason ?? null,
      endsOn: input.actualEnd,
      version: posting.version + 1,
      updatedAt: new Date().toISOString(),
    };
    await uow.trx.updateTable('postings').set(set).where('id', '=', postingId).execute();
    await bumpPerson(uow, person);
    uow.record({
      action: 'end',
      entityType: 'posting',
      entityId: String(postingId),
      before: posting,
      after: { ...posting, ...set },
    });
    return presentWritten(uow, posting.personId, 'posting.end');
  });
}
