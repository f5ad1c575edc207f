/**
 * Institution pairings (decision 0026): 以院包科, school–school and township pairings, kept in
 * the pairing table as dated organisation-to-organisation (or organisation-to-township)
 * sub-pairings under a donor's area pairing, with a kind, the recipient's department and a
 * publication. They are a donor's records (domain/donor-records.ts): read here, never through
 * the public pairing table, and never part of the reference data that classifies work.
 */
import { sql, type Transaction } from 'kysely';
import { engineOf } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import { rangesOverlap } from '../../domain/dates.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { authorize, can } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import type { UnitOfWork } from '../core/unit-of-work.js';
import { assertUpdated, assertVersion } from '../core/versions.js';
import { type Reference, referenceIn } from '../reference/reference.js';
import { write } from '../write.js';
import { getInstitutionPairing, institutionScope } from './institution-read.js';
import type {
  CreateInstitutionPairingInput,
  InstitutionPairingView,
  UpdateInstitutionPairingInput,
} from './institution-schema.js';
import { pairingSnapshot } from './presenters.js';

/** Refuses a second pairing of the same kind, donor and recipient (and department) over overlapping dates. */
async function assertNoOverlap(
  trx: Transaction<DB>,
  p: {
    kind: string;
    donorCode: string;
    recipientOrgCode: string | null;
    recipientAreaCode: string | null;
    recipientDepartment: string | null;
    validFrom: string;
    validTo: string | null;
  },
  exceptId?: number,
) {
  if (engineOf(trx) === 'postgres') {
    await sql`select 1 from organisations where code = ${p.donorCode} for update`.execute(trx);
  }
  const others = await trx
    .selectFrom('pairings')
    .select([
      'id',
      'kind',
      'recipientOrgCode',
      'recipientAreaCode',
      'recipientDepartment',
      'validFrom',
      'validTo',
    ])
    .where('donorCode', '=', p.donorCode)
    .where('kind', '=', p.kind as never)
    .execute();
  const clash = others.find(
    (o) =>
      o.id !== exceptId &&
      o.recipientOrgCode === p.recipientOrgCode &&
      o.recipientAreaCode === p.recipientAreaCode &&
      (o.recipientDepartment ?? '') === (p.recipientDepartment ?? '') &&
      rangesOverlap({ from: o.validFrom, to: o.validTo }, { from: p.validFrom, to: p.validTo }),
  );
  if (clash) {
    throw ConflictError.field(
      'validFrom',
      problem('institutionPairing.overlap', {
        id: clash.id,
        from: clash.validFrom,
        to: clash.validTo ?? '…',
      }),
    );
  }
}

/** The recipient's area path, checked against the kind: a township, or an organisation. */
function recipientAreaPath(ref: Reference, input: CreateInstitutionPairingInput): string[] {
  if (input.kind === 'township') {
    const area = input.recipientAreaCode ? ref.areas.get(input.recipientAreaCode) : undefined;
    if (input.recipientAreaCode !== undefined && !area) {
      throw InvalidInputError.field(
        'recipientAreaCode',
        problem('area.unknown', { code: input.recipientAreaCode }),
      );
    }
    if (area?.level !== 'township' || input.recipientOrgCode !== undefined) {
      throw InvalidInputError.field(
        'recipientAreaCode',
        problem('institutionPairing.townshipRequired'),
      );
    }
    return ref.areas.pathOf(area.code);
  }
  if (input.recipientOrgCode === undefined || input.recipientAreaCode !== undefined) {
    throw InvalidInputError.field('recipientOrgCode', problem('institutionPairing.orgRequired'));
  }
  const org = ref.orgs.get(input.recipientOrgCode);
  if (!org) {
    throw InvalidInputError.field(
      'recipientOrgCode',
      problem('organisation.unknown', { code: input.recipientOrgCode }),
    );
  }
  if (input.recipientOrgCode === input.donorCode) {
    throw InvalidInputError.field('recipientOrgCode', problem('pairing.selfPair'));
  }
  if (input.kind === 'hospital-department' && input.recipientDepartment === undefined) {
    throw InvalidInputError.field(
      'recipientDepartment',
      problem('institutionPairing.departmentRequired'),
    );
  }
  return org.areaCode ? ref.areas.pathOf(org.areaCode) : [];
}

/**
 * Creates an institution pairing under a donor's area pairing: the donor lies in the parent's
 * donor's subtree; the recipient lies within the parent's area, or is an institution of an
 * area above it (a prefecture hospital serving the paired counties); the dates lie within the
 * parent's. Who: the programme office, or the donor's editors (`pairings.write`, a sub-pairing).
 */
export async function createInstitutionPairing(
  ctx: ServiceContext,
  input: CreateInstitutionPairingInput,
): Promise<InstitutionPairingView> {
  if (input.validTo != null && input.validTo < input.validFrom) {
    throw InvalidInputError.field(
      'validTo',
      problem('dates.endBeforeStart', { validFrom: input.validFrom }),
    );
  }
  return write(ctx, async (uow) => {
    const trx = uow.trx;
    const ref = await referenceIn(trx, uow.memo);
    const donorPath = ref.orgs.pathOf(input.donorCode);
    if (donorPath.length === 0) {
      throw InvalidInputError.field(
        'donorCode',
        problem('organisation.unknown', { code: input.donorCode }),
      );
    }
    authorize(ctx.actor, 'pairings.write', { orgPath: donorPath, sub: true });
    const parent = await trx
      .selectFrom('pairings')
      .selectAll()
      .where('id', '=', input.parentId)
      .executeTakeFirst();
    if (!parent) {
      throw InvalidInputError.field('parentId', problem('pairing.unknown', { id: input.parentId }));
    }
    if (parent.kind !== null || parent.recipientAreaCode === null) {
      throw InvalidInputError.field(
        'parentId',
        problem('institutionPairing.parentRequired', { id: parent.id }),
      );
    }
    if (!donorPath.includes(parent.donorCode)) {
      throw InvalidInputError.field(
        'donorCode',
        problem('pairing.subDonor', {
          donor: ref.orgs.get(parent.donorCode)?.name ?? parent.donorCode,
        }),
      );
    }
    const areaPath = recipientAreaPath(ref, input);
    const parentPath = ref.areas.pathOf(parent.recipientAreaCode);
    const recipientArea = areaPath[0];
    if (
      recipientArea === undefined ||
      !(areaPath.includes(parent.recipientAreaCode) || parentPath.includes(recipientArea))
    ) {
      throw InvalidInputError.field(
        input.kind === 'township' ? 'recipientAreaCode' : 'recipientOrgCode',
        problem('pairing.withinParent', {
          area: ref.areas.get(parent.recipientAreaCode)?.name ?? parent.recipientAreaCode,
        }),
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
    const at = new Date().toISOString();
    const values = {
      programmeCode: parent.programmeCode,
      kind: input.kind,
      donorCode: input.donorCode,
      recipientAreaCode: input.kind === 'township' ? (input.recipientAreaCode ?? null) : null,
      recipientOrgCode: input.kind === 'township' ? null : (input.recipientOrgCode ?? null),
      recipientDepartment: input.recipientDepartment ?? null,
      parentId: parent.id,
      validFrom: input.validFrom,
      validTo: input.validTo ?? null,
      note: input.note ?? null,
      noteEn: input.noteEn ?? null,
      publishedAt: input.published ? at : null,
    };
    await assertNoOverlap(trx, values);
    const { id } = await trx
      .insertInto('pairings')
      .values({ ...values, confidence: null, createdAt: at, updatedAt: at, version: 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = await trx
      .selectFrom('pairings')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    uow.record({
      action: 'create',
      entityType: 'pairing',
      entityId: String(id),
      after: institutionSnapshot(row),
    });
    return getInstitutionPairing(uow.context, id);
  });
}

type PairingRow = Awaited<ReturnType<typeof forWrite>>;

function institutionSnapshot(row: PairingRow) {
  return {
    ...pairingSnapshot(row),
    kind: row.kind,
    recipientDepartment: row.recipientDepartment,
    noteEn: row.noteEn,
    publishedAt: row.publishedAt,
  };
}

async function forWrite(uow: UnitOfWork, id: number, expectedVersion?: number) {
  let query = uow.trx
    .selectFrom('pairings')
    .selectAll()
    .where('id', '=', id)
    .where('kind', 'is not', null);
  if (engineOf(uow.trx) === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  const ref = await referenceIn(uow.trx, uow.memo);
  const org = row?.recipientOrgCode ? ref.orgs.get(row.recipientOrgCode) : undefined;
  const scope = row ? institutionScope(ref, { ...row, orgAreaCode: org?.areaCode ?? null }) : null;
  if (!row || !scope || !can(uow.context.actor, 'institutionPairings.read', scope)) {
    throw new NotFoundError(problem('institutionPairing.notFound', { id }));
  }
  authorize(uow.context.actor, 'pairings.write', { orgPath: scope.orgPath, sub: true });
  assertVersion(expectedVersion, row.version, `pairing ${id}`);
  return row;
}

/** Ends an institution pairing, or changes its department, note or publication. */
export async function updateInstitutionPairing(
  ctx: ServiceContext,
  id: number,
  input: UpdateInstitutionPairingInput,
  expectedVersion?: number,
): Promise<InstitutionPairingView> {
  return write(ctx, async (uow) => {
    const row = await forWrite(uow, id, expectedVersion);
    const validTo = input.validTo === undefined ? row.validTo : input.validTo;
    if (validTo !== null && validTo < row.validFrom) {
      throw InvalidInputError.field(
        'validTo',
        problem('dates.endBeforeStart', { validFrom: row.validFrom }),
      );
    }
    const department =
      input.recipientDepartment === undefined ? row.recipientDepartment : input.recipientDepartment;
    if (row.kind === 'hospital-department' && department === null) {
      throw InvalidInputError.field(
        'recipientDepartment',
        problem('institutionPairing.departmentRequired'),
      );
    }
    if (row.parentId !== null && input.validTo !== undefined) {
      const parent = await uow.trx
        .selectFrom('pairings')
        .select(['validTo'])
        .where('id', '=', row.parentId)
        .executeTakeFirst();
      if (parent?.validTo && (validTo === null || validTo > parent.validTo)) {
        throw InvalidInputError.field(
          'validTo',
          problem('pairing.endsByParentOnly', { validTo: parent.validTo }),
        );
      }
    }
    await assertNoOverlap(
      uow.trx,
      { ...row, kind: row.kind ?? 'other', recipientDepartment: department, validTo },
      id,
    );
    const publishedAt =
      input.published === undefined
        ? row.publishedAt
        : input.published
          ? (row.publishedAt ?? new Date().toISOString())
          : null;
    const result = await uow.trx
      .updateTable('pairings')
      .set({
        validTo,
        recipientDepartment: department,
        note: input.note === undefined ? row.note : input.note,
        noteEn: input.noteEn === undefined ? row.noteEn : input.noteEn,
        publishedAt,
        version: row.version + 1,
        updatedAt: new Date().toISOString(),
      })
      .where('id', '=', id)
      .where('version', '=', row.version)
      .executeTakeFirst();
    assertUpdated(result, `pairing ${id}`);
    const after = await uow.trx
      .selectFrom('pairings')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    uow.record({
      action: 'update',
      entityType: 'pairing',
      entityId: String(id),
      before: institutionSnapshot(row),
      after: institutionSnapshot(after),
    });
    return getInstitutionPairing(uow.context, id);
  });
}
