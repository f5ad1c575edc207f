/** Use cases of the pairing table: list, read, create (with sub-pairings), update. */
import { sql, type Transaction } from 'kysely';
import { engineOf } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import { rangesOverlap } from '../../domain/dates.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { assertUpdated, assertVersion } from '../core/versions.js';
import { PROJECTS } from '../projects/aggregate.js';
import { loadReference, type Reference, referenceIn } from '../reference/reference.js';
import { write } from '../write.js';
import { pairingSnapshot, presentPairing } from './presenters.js';
import { findPairing, type PairingRow, pairingsQuery } from './repository.js';
import type {
  CreatePairingInput,
  PairingListQuery,
  PairingView,
  UpdatePairingInput,
} from './schema.js';

type Ctx = ServiceContext;

/** The pairing table, filtered; by default only the top-level (national) pairings. */
export async function listPairings(ctx: Ctx, q: PairingListQuery) {
  // Institution pairings (decision 0026) are a donor's records: /institution-pairings.
  let query = pairingsQuery(ctx.db).where('p.kind', 'is', null).orderBy('p.id');
  if (!q.includeSub) query = query.where('p.parentId', 'is', null);
  if (q.programme) query = query.where('p.programmeCode', '=', q.programme);
  if (q.donor) query = query.where('p.donorCode', '=', q.donor);
  if (q.area) {
    const chain = (await loadReference(ctx.db)).areas.pathOf(q.area);
    if (chain.length === 0)
      throw InvalidInputError.field('area', problem('area.unknown', { code: q.area }));
    query = query.where('p.recipientAreaCode', 'in', chain);
  }
  if (q.date) {
    const date = q.date;
    query = query
      .where('p.validFrom', '<=', date)
      .where((eb) => eb.or([eb('p.validTo', 'is', null), eb('p.validTo', '>=', date)]));
  }
  const items = (await query.execute()).map(presentPairing);
  return { items, total: items.length };
}

/** One pairing. @throws NotFoundError */
export async function getPairing(ctx: Ctx, id: number): Promise<PairingView> {
  const row = await pairingsQuery(ctx.db)
    .where('p.id', '=', id)
    .where('p.kind', 'is', null)
    .executeTakeFirst();
  if (!row) throw new NotFoundError(problem('pairing.notFound', { id }));
  return presentPairing(row);
}

function assertDateOrder(validFrom: string, validTo: string | null | undefined): void {
  if (validTo != null && validTo < validFrom) {
    throw InvalidInputError.field('validTo', problem('dates.endBeforeStart', { validFrom }));
  }
}

/**
 * Refuses a second pairing of the same programme, donor and recipient whose inclusive date
 * range overlaps an existing one. On PostgreSQL the donor's row is locked first, so two
 * concurrent writers for one donor take turns.
 */
async function assertNoOverlap(
  trx: Transaction<DB>,
  p: Pick<
    PairingRow,
    | 'programmeCode'
    | 'donorCode'
    | 'recipientAreaCode'
    | 'recipientOrgCode'
    | 'validFrom'
    | 'validTo'
  >,
  exceptId?: number,
): Promise<void> {
  if (engineOf(trx) === 'postgres') {
    await sql`select 1 from organisations where code = ${p.donorCode} for update`.execute(trx);
  }
  let query = trx
    .selectFrom('pairings')
    .select(['id', 'validFrom', 'validTo'])
    .where('programmeCode', '=', p.programmeCode)
    .where('donorCode', '=', p.donorCode)
    .where('kind', 'is', null);
  query =
    p.recipientAreaCode !== null
      ? query.where('recipientAreaCode', '=', p.recipientAreaCode)
      : query.where('recipientOrgCode', '=', p.recipientOrgCode);
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  const clash = (await query.execute()).find((o) =>
    rangesOverlap({ from: o.validFrom, to: o.validTo }, { from: p.validFrom, to: p.validTo }),
  );
  if (clash) {
    throw ConflictError.field(
      'validFrom',
      problem('pairing.overlap', { id: clash.id, from: clash.validFrom, to: clash.validTo ?? '…' }),
    );
  }
}

/** Checks a sub-pairing against its parent: same programme, donor below, recipient inside. */
function assertFitsParent(
  ref: Reference,
  parent: PairingRow,
  input: CreatePairingInput,
  donorPath: readonly string[],
  areaPath: readonly string[] | null,
): void {
  if (!donorPath.includes(parent.donorCode)) {
    throw InvalidInputError.field(
      'donorCode',
      problem('pairing.subDonor', {
        donor: ref.orgs.get(parent.donorCode)?.name ?? parent.donorCode,
      }),
    );
  }
  if (parent.recipientAreaCode !== null) {
    let path = areaPath;
    if (path === null && input.recipientOrgCode) {
      const org = ref.orgs.get(input.recipientOrgCode);
      path = org?.areaCode ? ref.areas.pathOf(org.areaCode) : null;
    }
    if (path !== null && !path.includes(parent.recipientAreaCode)) {
      const field = areaPath !== null ? 'recipientAreaCode' : 'recipientOrgCode';
      throw InvalidInputError.field(
        field,
        problem('pairing.withinParent', {
          area: ref.areas.get(parent.recipientAreaCode)?.name ?? parent.recipientAreaCode,
        }),
      );
    }
  } else if (areaPath !== null) {
    throw InvalidInputError.field(
      'recipientAreaCode',
      problem('pairing.parentPairsOrgs', { id: parent.id }),
    );
  }
  if (input.validFrom < parent.validFrom) {
    throw InvalidInputError.field(
      'validFrom',
      problem('pairing.startsAfterParent', { validFrom: parent.validFrom }),
    );
  }
  if (parent.validTo !== null && (input.validTo == null || input.validTo > parent.validTo)) {
    throw InvalidInputError.field(
      'validTo',
      problem('pairing.endsByParent', { validTo: parent.validTo }),
    );
  }
}

/**
 * Creates a pairing, or a sub-pairing when `parentId` is given (coordinators; donor editors for
 * sub-pairings of their own organisations). Refuses unknown codes (422), overlaps (409).
 */
export async function createPairing(ctx: Ctx, input: CreatePairingInput): Promise<PairingView> {
  const hasArea = input.recipientAreaCode !== undefined;
  if (hasArea === (input.recipientOrgCode !== undefined)) {
    throw InvalidInputError.field('recipientAreaCode', problem('pairing.oneRecipient'));
  }
  assertDateOrder(input.validFrom, input.validTo);
  return write(ctx, async (uow) => {
    const trx = uow.trx;
    const ref = await referenceIn(trx, uow.memo);
    const parent = input.parentId === undefined ? null : await findPairing(trx, input.parentId);
    if (input.parentId !== undefined && (!parent || parent.kind !== null)) {
      throw InvalidInputError.field('parentId', problem('pairing.unknown', { id: input.parentId }));
    }
    const programme = input.programme ?? parent?.programmeCode;
    if (!programme)
      throw InvalidInputError.field('programme', problem('pairing.programmeRequired'));
    if (parent && parent.programmeCode !== programme) {
      throw InvalidInputError.field(
        'programme',
        problem('pairing.programmeAsParent', { programme: parent.programmeCode }),
      );
    }
    if (!ref.programmes.has(programme)) {
      throw InvalidInputError.field('programme', problem('programme.unknown', { code: programme }));
    }

    const donorPath = ref.orgs.pathOf(input.donorCode);
    if (donorPath.length === 0) {
      throw InvalidInputError.field(
        'donorCode',
        problem('organisation.unknown', { code: input.donorCode }),
      );
    }
    authorize(ctx.actor, 'pairings.write', { orgPath: donorPath, sub: parent !== null });

    let areaPath: string[] | null = null;
    if (input.recipientAreaCode !== undefined) {
      areaPath = ref.areas.pathOf(input.recipientAreaCode);
      if (areaPath.length === 0) {
        throw InvalidInputError.field(
          'recipientAreaCode',
          problem('area.unknown', { code: input.recipientAreaCode }),
        );
      }
    } else if (input.recipientOrgCode !== undefined) {
      if (!ref.orgs.has(input.recipientOrgCode)) {
        throw InvalidInputError.field(
          'recipientOrgCode',
          problem('organisation.unknown', { code: input.recipientOrgCode }),
        );
      }
      if (input.recipientOrgCode === input.donorCode) {
        throw InvalidInputError.field('recipientOrgCode', problem('pairing.selfPair'));
      }
    }
    if (parent) assertFitsParent(ref, parent, input, donorPath, areaPath);

    const at = new Date().toISOString();
    const values = {
      programmeCode: programme,
      donorCode: input.donorCode,
      recipientAreaCode: input.recipientAreaCode ?? null,
      recipientOrgCode: input.recipientOrgCode ?? null,
      parentId: parent?.id ?? null,
      validFrom: input.validFrom,
      validTo: input.validTo ?? null,
      confidence: input.confidence ?? null,
      note: input.note ?? null,
    };
    await assertNoOverlap(trx, values);
    const { id } = await trx
      .insertInto('pairings')
      .values({ ...values, createdAt: at, updatedAt: at, version: 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Every project of the programme may change class (in-pair / cross-pair).
    uow.changedReference();
    uow.touchWhere(PROJECTS, { programme });
    const row = await findPairing(trx, id);
    if (!row) throw new Error(`pairing ${id} vanished`);
    uow.record({
      action: 'create',
      entityType: 'pairing',
      entityId: String(id),
      after: pairingSnapshot(row),
    });
    return getPairing(uow.context, id);
  });
}

/**
 * Changes a pairing's end date, note or confidence. `expectedVersion` (from `If-Match`) must be
 * the stored version when given (409 otherwise).
 */
export async function updatePairing(
  ctx: Ctx,
  id: number,
  input: UpdatePairingInput,
  expectedVersion?: number,
): Promise<PairingView> {
  return write(ctx, async (uow) => {
    const trx = uow.trx;
    const row = await findPairing(trx, id);
    if (!row || row.kind !== null) throw new NotFoundError(problem('pairing.notFound', { id }));
    const orgPath = (await referenceIn(trx, uow.memo)).orgs.pathOf(row.donorCode);
    authorize(ctx.actor, 'pairings.write', { orgPath, sub: row.parentId !== null });
    assertVersion(expectedVersion, row.version, `pairing ${id}`);

    const validTo = input.validTo === undefined ? row.validTo : input.validTo;
    assertDateOrder(row.validFrom, validTo);
    if (row.parentId !== null && input.validTo !== undefined) {
      const parent = await findPairing(trx, row.parentId);
      if (parent?.validTo && (validTo === null || validTo > parent.validTo)) {
        throw InvalidInputError.field(
          'validTo',
          problem('pairing.endsByParentOnly', { validTo: parent.validTo }),
        );
      }
    }
    if (validTo !== row.validTo) await assertNoOverlap(trx, { ...row, validTo }, id);

    const result = await trx
      .updateTable('pairings')
      .set({
        validTo,
        confidence: input.confidence === undefined ? row.confidence : input.confidence,
        note: input.note === undefined ? row.note : input.note,
        // The English note described the old note: a changed note keeps none.
        noteEn: input.note === undefined || input.note === row.note ? row.noteEn : null,
        version: row.version + 1,
        updatedAt: new Date().toISOString(),
      })
      .where('id', '=', id)
      .where('version', '=', row.version)
      .executeTakeFirst();
    assertUpdated(result, `pairing ${id}`);
    uow.changedReference();
    if (validTo !== row.validTo) uow.touchWhere(PROJECTS, { programme: row.programmeCode });
    const after = await findPairing(trx, id);
    if (!after) throw new Error(`pairing ${id} vanished`);
    uow.record({
      action: 'update',
      entityType: 'pairing',
      entityId: String(id),
      before: pairingSnapshot(row),
      after: pairingSnapshot(after),
    });
    return getPairing(uow.context, id);
  });
}
