/**
 * Changing a posting after it was added (PATCH, If-Match: the posting's own version, as for ending
 * one; decision 0071): any field the create accepts. The change is merged onto the stored posting and the
 * whole must obey the same rules (posting-rules.ts); a refusal names the field and changes
 * nothing. An ended posting keeps its actual end, which the new start may not pass.
 */
import type { ServiceContext } from '../core/context.js';
import { write } from '../write.js';
import { bumpPerson } from './persons.js';
import {
  assertBatch,
  assertInPairing,
  assertKnown,
  assertNoOverlap,
  assertTermOrder,
  type PostingShape,
  termMonths,
} from './posting-rules.js';
import { postingForWrite, presentWritten, savePosting } from './postings.js';
import type { PersonView, UpdatePostingInput } from './schema.js';

const given = <T>(value: T | undefined, stored: T): T => (value === undefined ? stored : value);

/** Changes the given fields of a posting; its version and its person's move on. */
export async function updatePosting(
  ctx: ServiceContext,
  postingId: number,
  input: UpdatePostingInput,
  expectedVersion?: number,
): Promise<PersonView> {
  return write(ctx, async (uow) => {
    const { posting, person, ref } = await postingForWrite(uow, postingId, expectedVersion);
    const shape: PostingShape = {
      programme: given(input.programme, posting.programmeCode),
      batch: given(input.batch, posting.batchId),
      kind: given(input.kind, posting.kindCode),
      hostOrg: given(input.hostOrg, posting.hostOrgCode),
      hostOrgName: given(input.hostOrgName, posting.hostOrgName),
      area: given(input.area, posting.areaCode),
      crossPair: given(input.crossPair, posting.crossPair === 1),
      termStart: given(input.termStart, posting.termStart),
    };
    assertKnown(ref, shape);
    await termMonths(uow, shape.programme, shape.kind);
    await assertBatch(uow, ref, person.donorCode, shape);
    const plannedEnd = given(input.plannedEnd, posting.plannedEnd);
    const startField = input.termStart !== undefined ? 'termStart' : 'plannedEnd';
    assertTermOrder(
      input.plannedEnd !== undefined ? 'plannedEnd' : 'termStart',
      shape.termStart,
      plannedEnd,
    );
    if (posting.actualEnd !== null)
      assertTermOrder('termStart', shape.termStart, posting.actualEnd);
    const endsOn = posting.actualEnd ?? plannedEnd;
    await assertNoOverlap(uow, person.id, startField, {
      id: posting.id,
      termStart: shape.termStart,
      endsOn,
    });
    const onlyFlag = input.crossPair === false && input.area === undefined;
    assertInPairing(ref, person.donorCode, shape, onlyFlag ? 'crossPair' : 'area');
    const set = {
      programmeCode: shape.programme,
      batchId: shape.batch,
      kindCode: shape.kind,
      hostOrgCode: shape.hostOrg,
      hostOrgName: shape.hostOrgName,
      areaCode: shape.area,
      role: given(input.role, posting.role),
      mode: given(input.mode, posting.mode),
      crossPair: shape.crossPair ? 1 : 0,
      termStart: shape.termStart,
      plannedEnd,
      endsOn,
      version: posting.version + 1,
      updatedAt: new Date().toISOString(),
    };
    await savePosting(uow, posting, set);
    await bumpPerson(uow, person);
    uow.record({
      action: 'update',
      entityType: 'posting',
      entityId: String(postingId),
      before: posting,
      after: { ...posting, ...set },
    });
    return presentWritten(uow, posting.personId, 'posting.update');
  });
}
