/** Use cases of the organisation hierarchy: list, read, create, update. */
import type { Executor } from '../../db/database.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { containsCi } from '../core/text-search.js';
import { assertUpdated, assertVersion } from '../core/versions.js';
import { PROJECTS } from '../projects/aggregate.js';
import { type Reference, referenceIn } from '../reference/reference.js';
import { write } from '../write.js';
import { organisationSnapshot, presentOrganisation } from './presenters.js';
import { findOrganisation } from './repository.js';
import type {
  CreateOrganisationInput,
  OrganisationListQuery,
  OrganisationView,
  UpdateOrganisationInput,
} from './schema.js';

type Ctx = ServiceContext;

function withParent(db: Executor) {
  return db
    .selectFrom('organisations as o')
    .leftJoin('organisations as p', 'p.code', 'o.parentCode')
    .selectAll('o')
    .select('p.name as parentName');
}

/** Organisations, filtered by kind, parent and a search term. */
export async function listOrganisations(ctx: Ctx, q: OrganisationListQuery) {
  let query = withParent(ctx.db);
  if (q.kind) query = query.where('o.kind', '=', q.kind);
  if (q.parent) query = query.where('o.parentCode', '=', q.parent);
  if (q.q) {
    const term = q.q;
    query = query.where((eb) =>
      eb.or([
        containsCi(eb.ref('o.code'), term),
        containsCi(eb.ref('o.name'), term),
        containsCi(eb.ref('o.nameEn'), term),
      ]),
    );
  }
  const [count, rows] = await Promise.all([
    query
      .clearSelect()
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow(),
    query.orderBy('o.code').limit(q.limit).offset(q.offset).execute(),
  ]);
  return { items: rows.map((r) => presentOrganisation(r, r.parentName)), total: Number(count.n) };
}

/** One organisation. @throws NotFoundError */
export async function getOrganisation(ctx: Ctx, code: string): Promise<OrganisationView> {
  const row = await withParent(ctx.db).where('o.code', '=', code).executeTakeFirst();
  if (!row) throw new NotFoundError(problem('organisation.notFound', { code }));
  return presentOrganisation(row, row.parentName);
}

function parentPath(ref: Reference, parentCode: string | null): string[] {
  if (parentCode === null) return [];
  const path = ref.orgs.pathOf(parentCode);
  if (path.length === 0)
    throw InvalidInputError.field(
      'parentCode',
      problem('organisation.unknown', { code: parentCode }),
    );
  return path;
}

function assertAreaExists(ref: Reference, areaCode: string | null): void {
  if (areaCode !== null && !ref.areas.has(areaCode)) {
    throw InvalidInputError.field('areaCode', problem('area.unknown', { code: areaCode }));
  }
}

/** Adds an organisation (a donor city, a hospital …) under an existing parent. */
export async function createOrganisation(
  ctx: Ctx,
  input: CreateOrganisationInput,
): Promise<OrganisationView> {
  return write(ctx, async (uow) => {
    const trx = uow.trx;
    const ref = await referenceIn(trx, uow.memo);
    const path = [input.code, ...parentPath(ref, input.parentCode ?? null)];
    authorize(ctx.actor, 'organisations.write', { orgPath: path });
    if (await findOrganisation(trx, input.code)) {
      throw ConflictError.field('code', problem('organisation.exists', { code: input.code }));
    }
    assertAreaExists(ref, input.areaCode ?? null);
    const at = new Date().toISOString();
    await trx
      .insertInto('organisations')
      .values({
        code: input.code,
        name: input.name,
        nameEn: input.nameEn,
        kind: input.kind,
        parentCode: input.parentCode ?? null,
        areaCode: input.areaCode ?? null,
        createdAt: at,
        updatedAt: at,
        version: 1,
      })
      .execute();
    const row = await findOrganisation(trx, input.code);
    if (!row) throw new Error(`organisation ${input.code} vanished`);
    uow.changedReference();
    uow.record({
      action: 'create',
      entityType: 'organisation',
      entityId: input.code,
      after: organisationSnapshot(row),
    });
    return getOrganisation(uow.context, input.code);
  });
}

/**
 * Renames, re-kinds, moves (new parent, no cycles) or relocates an organisation. The actor must
 * cover the organisation where it is and where it goes.
 */
export async function updateOrganisation(
  ctx: Ctx,
  code: string,
  input: UpdateOrganisationInput,
  expectedVersion?: number,
): Promise<OrganisationView> {
  return write(ctx, async (uow) => {
    const trx = uow.trx;
    const row = await findOrganisation(trx, code);
    if (!row) throw new NotFoundError(problem('organisation.notFound', { code }));
    const ref = await referenceIn(trx, uow.memo);
    authorize(ctx.actor, 'organisations.write', { orgPath: ref.orgs.pathOf(code) });
    assertVersion(expectedVersion, row.version, `organisation ${code}`);
    const parentCode = input.parentCode === undefined ? row.parentCode : input.parentCode;
    if (parentCode !== row.parentCode) {
      const above = parentPath(ref, parentCode);
      if (above.includes(code)) {
        throw InvalidInputError.field(
          'parentCode',
          problem('organisation.cycle', { parent: String(parentCode), code }),
        );
      }
      authorize(ctx.actor, 'organisations.write', { orgPath: [code, ...above] });
    }
    const areaCode = input.areaCode === undefined ? row.areaCode : input.areaCode;
    if (areaCode !== row.areaCode) assertAreaExists(ref, areaCode);
    const result = await trx
      .updateTable('organisations')
      .set({
        name: input.name ?? row.name,
        nameEn: input.nameEn ?? row.nameEn,
        kind: input.kind ?? row.kind,
        parentCode,
        areaCode,
        version: row.version + 1,
        updatedAt: new Date().toISOString(),
      })
      .where('code', '=', code)
      .where('version', '=', row.version)
      .executeTakeFirst();
    assertUpdated(result, `organisation ${code}`);
    uow.changedReference();
    // Whose donor an organisation's money counts for, and its pairings, follow the parent.
    if (parentCode !== row.parentCode) uow.touchWhere(PROJECTS, 'all');
    const after = await findOrganisation(trx, code);
    if (!after) throw new Error(`organisation ${code} vanished`);
    uow.record({
      action: 'update',
      entityType: 'organisation',
      entityId: code,
      before: organisationSnapshot(row),
      after: organisationSnapshot(after),
    });
    return getOrganisation(uow.context, code);
  });
}
