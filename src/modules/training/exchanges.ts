/**
 * Exchange activities (交往交流交融): study tours, camps, performances, reading rooms, school and
 * township pairings; several organising donors (a cross-pair activity), several areas,
 * participants by origin (decision 0027).
 */
import { type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { authorize, can } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import type { UnitOfWork } from '../core/unit-of-work.js';
import { assertUpdated, assertVersion } from '../core/versions.js';
import { recordHistory } from '../history/record-history.js';
import { loadReference, type Reference, referenceIn } from '../reference/reference.js';
import { write } from '../write.js';
import { type ExchangeRow, exchangeSnapshot, presentExchange } from './presenters.js';
import type {
  CreateExchangeInput,
  ExchangeListQuery,
  ExchangeView,
  UpdateExchangeInput,
} from './schema.js';
import { exchangeFilterConditions, scopeOf, visibleExchanges } from './scope.js';

type Ctx = ServiceContext;
export const EXCHANGE = 'exchange-activity';

async function childrenOf(db: Executor, ids: readonly number[]) {
  if (ids.length === 0)
    return { organisers: new Map<number, string[]>(), areas: new Map<number, string[]>() };
  const [orgs, areas] = await Promise.all([
    db
      .selectFrom('exchangeOrganisers')
      .select(['activityId', 'orgCode as code'])
      .where('activityId', 'in', [...ids])
      .orderBy('orgCode')
      .execute(),
    db
      .selectFrom('exchangeAreas')
      .select(['activityId', 'areaCode as code'])
      .where('activityId', 'in', [...ids])
      .orderBy('areaCode')
      .execute(),
  ]);
  const group = (rows: { activityId: number; code: string }[]) => {
    const m = new Map<number, string[]>();
    for (const r of rows) m.set(r.activityId, [...(m.get(r.activityId) ?? []), r.code]);
    return m;
  };
  return { organisers: group(orgs), areas: group(areas) };
}

function present(ctx: Ctx, ref: Reference, r: ExchangeRow, organisers: string[], areas: string[]) {
  return presentExchange(
    r,
    organisers.map((code) => {
      const o = ref.orgs.get(code);
      return { code, name: o?.name ?? code, nameEn: o?.nameEn ?? code };
    }),
    areas.map((code) => {
      const a = ref.areas.get(code);
      return { code, name: a?.name ?? code, nameEn: a?.nameEn ?? '', nameUg: a?.nameUg ?? null };
    }),
    ctx.actor,
    scopeOf(ref, organisers, areas, r.publishedAt),
  );
}

/** Checks the codes (422 by field) and returns them without repeats. */
function resolve(
  ref: Reference,
  input: { organisers?: string[] | undefined; areas?: string[] | undefined },
) {
  for (const code of input.organisers ?? []) {
    if (!ref.orgs.has(code))
      throw InvalidInputError.field('organisers', problem('organisation.unknown', { code }));
  }
  for (const code of input.areas ?? []) {
    if (!ref.areas.has(code))
      throw InvalidInputError.field('areas', problem('area.unknown', { code }));
  }
  return {
    organisers: input.organisers ? [...new Set(input.organisers)].sort() : undefined,
    areas: input.areas ? [...new Set(input.areas)].sort() : undefined,
  };
}

function assertDates(startDate: string, endDate: string) {
  if (endDate < startDate) {
    throw InvalidInputError.field('endDate', problem('exchange.endBeforeStart', { startDate }));
  }
}

async function replaceChildren(
  uow: UnitOfWork,
  id: number,
  organisers?: string[],
  areas?: string[],
) {
  if (organisers) {
    await uow.trx.deleteFrom('exchangeOrganisers').where('activityId', '=', id).execute();
    await uow.trx
      .insertInto('exchangeOrganisers')
      .values(organisers.map((orgCode) => ({ activityId: id, orgCode })))
      .execute();
  }
  if (areas) {
    await uow.trx.deleteFrom('exchangeAreas').where('activityId', '=', id).execute();
    await uow.trx
      .insertInto('exchangeAreas')
      .values(areas.map((areaCode) => ({ activityId: id, areaCode })))
      .execute();
  }
}

async function load(db: Executor, id: number) {
  const row = (await db
    .selectFrom('exchangeActivities')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()) as ExchangeRow | undefined;
  if (!row) return undefined;
  const children = await childrenOf(db, [id]);
  return {
    row,
    organisers: children.organisers.get(id) ?? [],
    areas: children.areas.get(id) ?? [],
  };
}

/** Records an exchange activity (the office, or an editor covering every organiser). */
export async function createExchange(ctx: Ctx, input: CreateExchangeInput): Promise<ExchangeView> {
  return write(ctx, async (uow) => {
    const ref = await referenceIn(uow.trx, uow.memo);
    if (!ref.programmes.has(input.programme)) {
      throw InvalidInputError.field(
        'programme',
        problem('programme.unknown', { code: input.programme }),
      );
    }
    const { organisers = [], areas = [] } = resolve(ref, input);
    authorize(ctx.actor, 'training.write', scopeOf(ref, organisers, areas, null));
    assertDates(input.startDate, input.endDate);
    const at = new Date().toISOString();
    const { id } = await uow.trx
      .insertInto('exchangeActivities')
      .values({
        programmeCode: input.programme,
        kind: input.kind,
        title: input.title,
        startDate: input.startDate,
        endDate: input.endDate,
        place: input.place ?? null,
        participantsLocal: input.participantsLocal,
        participantsDonor: input.participantsDonor,
        note: input.note ?? null,
        publishedAt: input.published ? at : null,
        createdAt: at,
        updatedAt: at,
        version: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await replaceChildren(uow, id, organisers, areas);
    const after = await load(uow.trx, id);
    if (!after) throw new NotFoundError(problem('exchange.notFound', { id }));
    uow.record({
      action: 'create',
      entityType: EXCHANGE,
      entityId: String(id),
      after: exchangeSnapshot(after.row, after.organisers, after.areas),
    });
    return present(ctx, ref, after.row, after.organisers, after.areas);
  });
}

/** An activity the actor may see; 404 for one it may not. */
async function readable(ctx: Ctx, db: Executor, ref: Reference, id: number) {
  const found = await load(db, id);
  const scope = found
    ? scopeOf(ref, found.organisers, found.areas, found.row.publishedAt)
    : undefined;
  if (!found || !scope || !can(ctx.actor, 'training.read', scope)) {
    throw new NotFoundError(problem('exchange.notFound', { id }));
  }
  return { ...found, scope };
}

export async function getExchange(ctx: Ctx, id: number): Promise<ExchangeView> {
  authorize(ctx.actor, 'training.read');
  const ref = await loadReference(ctx.db);
  const found = await readable(ctx, ctx.db, ref, id);
  return present(ctx, ref, found.row, found.organisers, found.areas);
}

/**
 * Changes an activity (If-Match: 409 when stale). The editor must cover every organiser before
 * and after the change: an activity is never handed to, or taken from, another donor.
 */
export async function updateExchange(
  ctx: Ctx,
  id: number,
  input: UpdateExchangeInput,
  expectedVersion?: number,
): Promise<ExchangeView> {
  return write(ctx, async (uow) => {
    const ref = await referenceIn(uow.trx, uow.memo);
    const before = await readable(ctx, uow.trx, ref, id);
    authorize(ctx.actor, 'training.write', before.scope);
    assertVersion(expectedVersion, before.row.version, `exchange activity ${id}`);
    const { organisers, areas } = resolve(ref, input);
    if (organisers) authorize(ctx.actor, 'training.write', scopeOf(ref, organisers, [], null));
    const row = before.row;
    assertDates(input.startDate ?? row.startDate, input.endDate ?? row.endDate);
    const at = new Date().toISOString();
    const { organisers: _o, areas: _a, published, ...fields } = input;
    const publishedAt =
      published === undefined ? row.publishedAt : published ? (row.publishedAt ?? at) : null;
    const result = await uow.trx
      .updateTable('exchangeActivities')
      .set({ ...fields, publishedAt, updatedAt: at, version: row.version + 1 })
      .where('id', '=', id)
      .where('version', '=', row.version)
      .executeTakeFirst();
    assertUpdated(result, `exchange activity ${id}`);
    await replaceChildren(uow, id, organisers, areas);
    const after = await load(uow.trx, id);
    if (!after) throw new NotFoundError(problem('exchange.notFound', { id }));
    uow.record({
      action: 'update',
      entityType: EXCHANGE,
      entityId: String(id),
      before: exchangeSnapshot(row, before.organisers, before.areas),
      after: exchangeSnapshot(after.row, after.organisers, after.areas),
    });
    return present(ctx, ref, after.row, after.organisers, after.areas);
  });
}

/** The conditions on activities `x`: what the actor may see, and the filters. */
export function exchangeConditions(
  ctx: Ctx,
  ref: Reference,
  q: Omit<ExchangeListQuery, 'limit' | 'offset'>,
) {
  const conditions = exchangeFilterConditions(ref, q);
  const visible = visibleExchanges(ctx.actor, ref);
  if (visible) conditions.push(visible);
  if (q.kind) conditions.push(sql<SqlBool>`x.kind = ${q.kind}`);
  return conditions.length > 0
    ? sql<SqlBool>`${sql.join(conditions, sql` and `)}`
    : sql<SqlBool>`1 = 1`;
}

/** The activities the actor may see, newest first, filtered and paged, with the total. */
export async function listExchanges(ctx: Ctx, q: ExchangeListQuery) {
  authorize(ctx.actor, 'training.read');
  const ref = await loadReference(ctx.db);
  const where = exchangeConditions(ctx, ref, q);
  const [rows, total] = await Promise.all([
    ctx.db
      .selectFrom('exchangeActivities as x')
      .selectAll('x')
      .where(where)
      .orderBy('x.startDate', 'desc')
      .orderBy('x.id', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    ctx.db
      .selectFrom('exchangeActivities as x')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where(where)
      .executeTakeFirstOrThrow(),
  ]);
  const children = await childrenOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) =>
      present(
        ctx,
        ref,
        r as ExchangeRow,
        children.organisers.get(r.id) ?? [],
        children.areas.get(r.id) ?? [],
      ),
    ),
    total: Number(total.n),
  };
}

export async function exchangeHistory(ctx: Ctx, id: number) {
  const ref = await loadReference(ctx.db);
  const { scope } = await readable(ctx, ctx.db, ref, id);
  authorize(ctx.actor, 'training.readHistory', scope);
  return recordHistory(ctx, [{ entityType: EXCHANGE, ids: [id] }]);
}
