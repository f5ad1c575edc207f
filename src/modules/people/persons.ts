/**
 * Use cases of persons (aid personnel, decision 0025): create, change (If-Match), publish, read.
 * A person the actor may not read does not exist for it (404); a write on another donor's person
 * is refused (403) before anything is revealed.
 */
import { engineOf } from '../../db/database.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { idCardCheckCharacter, idCardFault, normalizeIdCard } from '../../domain/id-card.js';
import { problem } from '../../domain/problems.js';
import { authorize, can } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import type { UnitOfWork } from '../core/unit-of-work.js';
import { assertUpdated, assertVersion } from '../core/versions.js';
import { loadReference, type Reference, referenceIn } from '../reference/reference.js';
import { write } from '../write.js';
import { logUnmaskedReads } from './access-log.js';
import { personSnapshot, presentPerson, seesPersonalData } from './presenters.js';
import { findPerson, postingsOf, scopeOf } from './repository.js';
import type { CreatePersonInput, PersonView, UpdatePersonInput } from './schema.js';

type Ctx = ServiceContext;

/** The ID-card number as stored, after the GB 11643 checks (422 naming the field). */
export function checkedIdCard(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null || value.trim() === '') {
    return value === undefined ? undefined : null;
  }
  const id = normalizeIdCard(value);
  const fault = idCardFault(id);
  if (fault === 'format') {
    throw InvalidInputError.field('idCardNumber', problem('people.idCardFormat'));
  }
  if (fault === 'birthDate') {
    const date = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
    throw InvalidInputError.field('idCardNumber', problem('people.idCardBirthDate', { date }));
  }
  if (fault === 'checkDigit') {
    const expected = idCardCheckCharacter(id.slice(0, 17)) ?? '';
    throw InvalidInputError.field('idCardNumber', problem('people.idCardCheckDigit', { expected }));
  }
  return id;
}

async function assertIdCardFree(uow: UnitOfWork, id: string | null | undefined, self?: number) {
  if (!id) return;
  let q = uow.trx.selectFrom('persons').select('id').where('idCardNumber', '=', id);
  if (self !== undefined) q = q.where('id', '<>', self);
  if (await q.executeTakeFirst()) {
    throw ConflictError.field('idCardNumber', problem('people.idCardTaken'));
  }
}

function assertHomeOrg(ref: Reference, code: string | null | undefined) {
  if (code && !ref.orgs.has(code)) {
    throw InvalidInputError.field('homeOrg', problem('organisation.unknown', { code }));
  }
}

/** Reads the person back and presents it to the writer (logging an unmasked read). */
async function presentAfterWrite(uow: UnitOfWork, id: number, ref: Reference, purpose: string) {
  const row = await findPerson(uow.trx, id);
  if (!row) throw new Error(`person ${id} vanished`);
  const postings = await postingsOf(uow.trx, [id]);
  if (seesPersonalData(uow.ctx.actor, ref, row.donorCode)) {
    await logUnmaskedReads(uow.context, [id], purpose);
  }
  return { row, postings, view: presentPerson(row, postings, uow.ctx.actor, ref) };
}

/** Registers a person sent by a donor (the coordinator, or the donor's editor). */
export async function createPerson(ctx: Ctx, input: CreatePersonInput): Promise<PersonView> {
  return write(ctx, async (uow) => {
    const ref = await referenceIn(uow.trx, uow.memo);
    if (!ref.orgs.has(input.donor)) {
      throw InvalidInputError.field(
        'donor',
        problem('organisation.unknown', { code: input.donor }),
      );
    }
    authorize(ctx.actor, 'people.write', { orgPath: ref.orgs.pathOf(input.donor) });
    assertHomeOrg(ref, input.homeOrg);
    const idCardNumber = checkedIdCard(input.idCardNumber) ?? null;
    await assertIdCardFree(uow, idCardNumber);
    const at = new Date().toISOString();
    const { id } = await uow.trx
      .insertInto('persons')
      .values({
        nameZh: input.nameZh,
        nameUg: input.nameUg ?? null,
        sex: input.sex,
        ethnicity: input.ethnicity ?? null,
        birthYear: input.birthYear ?? null,
        homeOrgCode: input.homeOrg ?? null,
        homeOrgName: input.homeOrgName ?? null,
        phone: input.phone ?? null,
        idCardNumber,
        donorCode: input.donor,
        publishedAt: input.published ? at : null,
        createdAt: at,
        updatedAt: at,
        version: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { row, view } = await presentAfterWrite(uow, id, ref, 'person.create');
    uow.record({
      action: 'create',
      entityType: 'person',
      entityId: String(id),
      after: personSnapshot(row),
    });
    return view;
  });
}

/**
 * The person to write: 403 when the actor may not write it (whether or not it may see it, so a
 * refusal says nothing of another donor's unpublished people), 404 when it does not exist, 409
 * on a stale version.
 */
export async function personForWrite(
  uow: UnitOfWork,
  id: number,
  expectedVersion: number | undefined,
) {
  const ref = await referenceIn(uow.trx, uow.memo);
  let q = uow.trx.selectFrom('persons').selectAll().where('id', '=', id);
  if (engineOf(uow.trx) === 'postgres') q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) {
    authorize(uow.ctx.actor, 'people.write');
    throw new NotFoundError(problem('people.personNotFound', { id }));
  }
  authorize(uow.ctx.actor, 'people.write', { orgPath: ref.orgs.pathOf(row.donorCode) });
  assertVersion(expectedVersion, row.version, `person ${id}`);
  return { row, ref };
}

/** Bumps the person's version (a change to it or to one of its postings). */
export async function bumpPerson(
  uow: UnitOfWork,
  row: { id: number; version: number },
  set: Record<string, unknown> = {},
) {
  const result = await uow.trx
    .updateTable('persons')
    .set({ ...set, version: row.version + 1, updatedAt: new Date().toISOString() })
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .executeTakeFirst();
  assertUpdated(result, `person ${row.id}`);
}

/**
 * A person's donor may change (a person entered under the wrong donor) while they have no
 * posting: a posting's batch, pairing check, donor copy and term warnings are the donor's, so a
 * person already posted keeps theirs (409 on `donor`, decision 0066). The writer must cover the
 * new donor too (403), and an unknown code is a 422 on `donor`.
 */
async function assertDonorChange(uow: UnitOfWork, ref: Reference, id: number, donor: string) {
  if (!ref.orgs.has(donor)) {
    throw InvalidInputError.field('donor', problem('organisation.unknown', { code: donor }));
  }
  authorize(uow.ctx.actor, 'people.write', { orgPath: ref.orgs.pathOf(donor) });
  const postings = await uow.trx
    .selectFrom('postings')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('personId', '=', id)
    .executeTakeFirstOrThrow();
  if (Number(postings.n) > 0) {
    throw ConflictError.field(
      'donor',
      problem('people.donorHasPostings', { postings: Number(postings.n) }),
    );
  }
}

/** Changes a person's fields (those given); `If-Match` guards against a lost update. */
export async function updatePerson(
  ctx: Ctx,
  id: number,
  input: UpdatePersonInput,
  expectedVersion?: number,
): Promise<PersonView> {
  return write(ctx, async (uow) => {
    const { row, ref } = await personForWrite(uow, id, expectedVersion);
    assertHomeOrg(ref, input.homeOrg);
    if (input.donor !== undefined && input.donor !== row.donorCode) {
      await assertDonorChange(uow, ref, row.id, input.donor);
    }
    const idCardNumber = checkedIdCard(input.idCardNumber);
    await assertIdCardFree(uow, idCardNumber, id);
    const set: Record<string, unknown> = {};
    for (const key of [
      'nameZh',
      'nameUg',
      'sex',
      'ethnicity',
      'birthYear',
      'homeOrgName',
      'phone',
    ] as const) {
      if (input[key] !== undefined) set[key] = input[key];
    }
    if (input.homeOrg !== undefined) set.homeOrgCode = input.homeOrg;
    if (input.donor !== undefined) set.donorCode = input.donor;
    if (idCardNumber !== undefined) set.idCardNumber = idCardNumber;
    await bumpPerson(uow, row, set);
    const after = await presentAfterWrite(uow, id, ref, 'person.update');
    uow.record({
      action: 'update',
      entityType: 'person',
      entityId: String(id),
      before: personSnapshot(row),
      after: personSnapshot(after.row),
    });
    return after.view;
  });
}

/** Publishes a person: from then on any signed-in user sees them (personal data masked). */
export async function publishPerson(
  ctx: Ctx,
  id: number,
  expectedVersion?: number,
): Promise<PersonView> {
  return write(ctx, async (uow) => {
    const { row, ref } = await personForWrite(uow, id, expectedVersion);
    if (row.publishedAt === null)
      await bumpPerson(uow, row, { publishedAt: new Date().toISOString() });
    const after = await presentAfterWrite(uow, id, ref, 'person.publish');
    if (row.publishedAt === null) {
      uow.record({
        action: 'publish',
        entityType: 'person',
        entityId: String(id),
        before: personSnapshot(row),
        after: personSnapshot(after.row),
      });
    }
    return after.view;
  });
}

/** One person with their postings; one the actor may not read does not exist for it (404). */
export async function getPerson(ctx: Ctx, id: number): Promise<PersonView> {
  const [row, ref] = await Promise.all([findPerson(ctx.db, id), loadReference(ctx.db)]);
  const notFound = () => new NotFoundError(problem('people.personNotFound', { id }));
  if (!row) throw notFound();
  const postings = await postingsOf(ctx.db, [id]);
  if (!can(ctx.actor, 'people.read', scopeOf(row, postings, ref))) throw notFound();
  const view = presentPerson(row, postings, ctx.actor, ref);
  if (!view.personal.masked) await logUnmaskedReads(ctx, [id], 'person');
  return view;
}
