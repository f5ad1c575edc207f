/**
 * Use cases of postings (decision 0025): add a posting to a person, end one (early, with the
 * reason). Every rule refuses with a problem naming the field and changes nothing: the term's
 * order, overlaps with the person's other postings, the donor's pairing (unless cross-pair), the
 * batch's donor and programme.
 *
 * Versions (decision 0071): adding a posting changes the person's set of postings, so its
 * If-Match names the person's version; ending or changing one names that posting's own version,
 * so two writers of different postings of one person do not conflict. Every posting write still
 * moves the person's version on (the person's view, postings included, changed).
 */
import type { Updateable } from 'kysely';
import { engineOf } from '../../db/database.js';
import type { PostingsTable } from '../../db/schema.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { defaultTermEnd } from '../../domain/postings.js';
import { problem } from '../../domain/problems.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import type { UnitOfWork } from '../core/unit-of-work.js';
import { assertUpdated, assertVersion } from '../core/versions.js';
import { referenceIn } from '../reference/reference.js';
import { write } from '../write.js';
import { logUnmaskedReads } from './access-log.js';
import { bumpPerson, personForWrite } from './persons.js';
import {
  assertBatch,
  assertInPairing,
  assertKnown,
  assertNoOverlap,
  assertTermOrder,
  type PostingShape,
  termMonths,
} from './posting-rules.js';
import { presentPerson } from './presenters.js';
import { findPerson, postingsOf } from './repository.js';
import type { EndPostingInput, PersonView, PostingInput } from './schema.js';

type Ctx = ServiceContext;

/** The person after a write to one of their postings, as the writer sees them. */
export async function presentWritten(uow: UnitOfWork, personId: number, purpose: string) {
  const ref = await referenceIn(uow.trx, uow.memo);
  const row = await findPerson(uow.trx, personId);
  if (!row) throw new Error(`person ${personId} vanished`);
  const view = presentPerson(row, await postingsOf(uow.trx, [personId]), uow.ctx.actor, ref);
  if (!view.personal.masked) await logUnmaskedReads(uow.context, [personId], purpose);
  return view;
}

/**
 * The posting to end or change, read for a write: its person locked (on PostgreSQL, `for update`:
 * posting writes of one person take turns, so the overlap check sees the other's result), the
 * writer authorised on the person's donor, then the posting read again under that lock and its
 * version checked against `If-Match` (409 `version.stale` on `version`). 404 when unknown.
 */
export async function postingForWrite(
  uow: UnitOfWork,
  postingId: number,
  expectedVersion: number | undefined,
) {
  const found = await uow.trx
    .selectFrom('postings')
    .select('personId')
    .where('id', '=', postingId)
    .executeTakeFirst();
  if (!found) {
    authorize(uow.ctx.actor, 'people.write');
    throw new NotFoundError(problem('people.postingNotFound', { id: postingId }));
  }
  const { row: person, ref } = await personForWrite(uow, found.personId, undefined);
  let q = uow.trx.selectFrom('postings').selectAll().where('id', '=', postingId);
  if (engineOf(uow.trx) === 'postgres') q = q.forUpdate();
  const posting = await q.executeTakeFirst();
  if (!posting) throw new NotFoundError(problem('people.postingNotFound', { id: postingId }));
  assertVersion(expectedVersion, posting.version, `posting ${postingId}`);
  return { posting, person, ref };
}

/** Writes `set` (with the next version) on the posting only if it is still as read. */
export async function savePosting(
  uow: UnitOfWork,
  posting: { id: number; version: number },
  set: Updateable<PostingsTable> & { version: number },
) {
  const result = await uow.trx
    .updateTable('postings')
    .set(set)
    .where('id', '=', posting.id)
    .where('version', '=', posting.version)
    .executeTakeFirst();
  assertUpdated(result, `posting ${posting.id}`);
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
    const shape: PostingShape = {
      programme: input.programme,
      batch: input.batch ?? null,
      kind: input.kind,
      hostOrg: input.hostOrg ?? null,
      hostOrgName: input.hostOrgName ?? null,
      area: input.area,
      crossPair: input.crossPair,
      termStart: input.termStart,
    };
    assertKnown(ref, shape);
    const months = await termMonths(uow, input.programme, input.kind);
    await assertBatch(uow, ref, person.donorCode, shape);
    const plannedEnd = input.plannedEnd ?? defaultTermEnd(input.termStart, months);
    assertTermOrder('plannedEnd', input.termStart, plannedEnd);
    await assertNoOverlap(uow, personId, 'termStart', {
      termStart: input.termStart,
      endsOn: plannedEnd,
    });
    assertInPairing(ref, person.donorCode, shape);
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
 * started, nor twice. `If-Match` names the posting's version (decision 0071).
 */
export async function endPosting(
  ctx: Ctx,
  postingId: number,
  input: EndPostingInput,
  expectedVersion?: number,
): Promise<PersonView> {
  return write(ctx, async (uow) => {
    const { posting, person } = await postingForWrite(uow, postingId, expectedVersion);
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
    await assertNoOverlap(uow, posting.personId, 'actualEnd', {
      id: posting.id,
      termStart: posting.termStart,
      endsOn: input.actualEnd,
    });
    const set = {
      actualEnd: input.actualEnd,
      endReason: input.reason ?? null,
      endsOn: input.actualEnd,
      version: posting.version + 1,
      updatedAt: new Date().toISOString(),
    };
    await savePosting(uow, posting, set);
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
