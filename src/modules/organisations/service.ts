/** Use cases of the organisation hierarchy: list, read, create, update. */
import type { Executor } from '../../db/database.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.js';
import type { ServiceContext } from '../../http/types.js';
import { authorize } from '../access/authorize.js';
import { findArea } from '../areas/repository.js';
import { rebuildComplianceParts } from '../compliance/parts.js';
import { recordHistory } from '../history/service.js';
import { assertUpdated, assertVersion, containsCi, inTransaction } from '../tx.js';
import { organisationSnapshot, presentOrganisation } from './presenters.js';
import { findOrganisation, organisationPath } from './repository.js';
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
  if (!row) throw new NotFoundError(`no organisation ${code}`);
  return presentOrganisation(row, row.parentName);
}

async function parentPath(db: Executor, parentCode: string | null): Promise<string[]> {
  if (parentCode === null) return [];
  const path = await organisationPath(db, parentCode);
  if (path.length === 0)
    throw InvalidInputError.field('parentCode', `no organisation ${parentCode}`);
  return path;
}

async function assertAreaExists(db: Executor, areaCode: string | null): Promise<void> {
  if (areaCode !== null && !(await findArea(db, areaCode))) {
    throw InvalidInputError.field('areaCode', `no area ${areaCode}`);
  }
}

/** Adds an organisation (a donor city, a hospital …) under an existing parent. */
export async function createOrganisation(
  ctx: Ctx,
  input: CreateOrganisationInput,
): Promise<OrganisationView> {
  return inTransaction(ctx.db, async (trx) => {
    const path = [input.code, ...(await parentPath(trx, input.parentCode ?? null))];
    authorize(ctx.actor, 'organisations.write', { orgPath: path });
    if (await findOrganisation(trx, input.code)) {
      throw new ConflictError(`organisation ${input.code} already exists`, [
        { field: 'code', message: `organisation ${input.code} already exists` },
      ]);
    }
    await assertAreaExists(trx, input.areaCode ?? null);
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
    await recordHistory(trx, {
      actor: ctx.actor,
      action: 'create',
      entityType: 'organisation',
      entityId: input.code,
      after: organisationSnapshot(row),
      requestId: ctx.requestId ?? null,
    });
    return getOrganisation({ ...ctx, db: trx }, input.code);
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
  return inTransaction(ctx.db, async (trx) => {
    const row = await findOrganisation(trx, code);
    if (!row) throw new NotFoundError(`no organisation ${code}`);
    authorize(ctx.actor, 'organisations.write', { orgPath: await organisationPath(trx, code) });
    assertVersion(expectedVersion, row.version, `organisation ${code}`);
    const parentCode = input.parentCode === undefined ? row.parentCode : input.parentCode;
    if (parentCode !== row.parentCode) {
      const above = await parentPath(trx, parentCode);
      if (above.includes(code)) {
        throw InvalidInputError.field('parentCode', `${parentCode} lies below ${code}: a cycle`);
      }
      authorize(ctx.actor, 'organisations.write', { orgPath: [code, ...above] });
    }
    const areaCode = input.areaCode === undefined ? row.areaCode : input.areaCode;
    if (areaCode !== row.areaCode) await assertAreaExists(trx, areaCode);
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
    // Whose donor an organisation's money counts for, and its pairings, follow the parent.
    if (parentCode !== row.parentCode) await rebuildComplianceParts(trx);
    const after = await findOrganisation(trx, code);
    if (!after) throw new Error(`organisation ${code} vanished`);
    await recordHistory(trx, {
      actor: ctx.actor,
      action: 'update',
      entityType: 'organisation',
      entityId: code,
      before: organisationSnapshot(row),
      after: organisationSnapshot(after),
      requestId: ctx.requestId ?? null,
    });
    return getOrganisation({ ...ctx, db: trx }, code);
  });
}
