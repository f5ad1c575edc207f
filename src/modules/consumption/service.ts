/**
 * Use cases of consumption-aid sales (消费帮扶, 疆品南下): one row per donor, recipient area,
 * month, channel and product category, recorded one by one or in bulk (all or nothing, every
 * refused row named), listed and summed by channel, category or month.
 */

import type { Executor } from '../../db/database.js';
import type { Actor } from '../../domain/access.js';
import { uyghurAreaName } from '../../domain/area-names-ug.js';
import { InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { type ProblemRef, problem } from '../../domain/problems.js';
import { authorize, can } from '../access/authorize.js';
import type { DonorAreaScope } from '../companies/policy.js';
import { scopeOf } from '../companies/repository.js';
import { rowConditions } from '../companies/visibility.js';
import type { ServiceContext } from '../core/context.js';
import type { UnitOfWork } from '../core/unit-of-work.js';
import { assertUpdated, assertVersion } from '../core/versions.js';
import { recordHistory } from '../history/record-history.js';
import { loadReference, type Reference, referenceIn } from '../reference/reference.js';
import { write } from '../write.js';
import type {
  SaleInput,
  SaleListQuery,
  SaleSummaryQuery,
  SaleView,
  UpdateSaleInput,
} from './schema.js';
import { summedBy, summedTotal } from './totals.js';

type Ctx = ServiceContext;

function salesQuery(db: Executor) {
  return db
    .selectFrom('consumptionSales as s')
    .innerJoin('organisations as d', 'd.code', 's.donorCode')
    .innerJoin('areas as a', 'a.code', 's.areaCode')
    .selectAll('s')
    .select([
      'd.name as donorName',
      'd.nameEn as donorNameEn',
      'a.name as areaName',
      'a.nameEn as areaNameEn',
    ]);
}

type SaleRecord = Awaited<ReturnType<ReturnType<typeof salesQuery>['execute']>>[number];

function presentSale(r: SaleRecord, actor: Actor, scope: DonorAreaScope): SaleView {
  return {
    id: r.id,
    programme: r.programmeCode,
    donor: { code: r.donorCode, name: r.donorName, nameEn: r.donorNameEn },
    area: {
      code: r.areaCode,
      name: r.areaName,
      nameEn: r.areaNameEn,
      nameUg: uyghurAreaName(r.areaCode),
    },
    month: r.month,
    channel: r.channel,
    productCategory: r.productCategory,
    product: r.product,
    amountFen: Number(r.amountFen),
    quantity: Number(r.quantity),
    unit: r.unit,
    note: r.note,
    publishedAt: r.publishedAt,
    version: r.version,
    can: {
      update: can(actor, 'consumption.write', scope),
      readHistory: can(actor, 'consumption.readHistory', scope),
    },
  };
}

function saleSnapshot(
  r: Omit<SaleRecord, 'donorName' | 'donorNameEn' | 'areaName' | 'areaNameEn'>,
) {
  return {
    id: r.id,
    programmeCode: r.programmeCode,
    donorCode: r.donorCode,
    areaCode: r.areaCode,
    month: r.month,
    channel: r.channel,
    productCategory: r.productCategory,
    product: r.product,
    amountFen: Number(r.amountFen),
    quantity: Number(r.quantity),
    unit: r.unit,
    note: r.note,
    publishedAt: r.publishedAt,
    version: r.version,
  };
}

/** The problems of one row's reference codes, as field errors under `prefix`. */
function referenceErrors(
  ref: Reference,
  row: Partial<Pick<SaleInput, 'programme' | 'donor' | 'area'>>,
  prefix: string,
): { field: string; problem: ProblemRef }[] {
  const out: { field: string; problem: ProblemRef }[] = [];
  if (row.programme !== undefined && !ref.programmes.has(row.programme)) {
    out.push({
      field: `${prefix}programme`,
      problem: problem('programme.unknown', { code: row.programme }),
    });
  }
  if (row.donor !== undefined && !ref.orgs.has(row.donor)) {
    out.push({
      field: `${prefix}donor`,
      problem: problem('organisation.unknown', { code: row.donor }),
    });
  }
  if (row.area !== undefined && !ref.areas.has(row.area)) {
    out.push({ field: `${prefix}area`, problem: problem('area.unknown', { code: row.area }) });
  }
  return out;
}

/** 422 with the first unknown code as the problem and every one as a field error. */
function assertKnownCodes(errors: { field: string; problem: ProblemRef }[]) {
  const [first] = errors;
  if (first) throw new InvalidInputError(first.problem, errors);
}

/**
 * The filters of a list, summary or export as conditions on `s`, after what the caller may see
 * (an unknown code is refused naming its field).
 */
export function filteredSales(
  ctx: Ctx,
  ref: Reference,
  q: Omit<SaleListQuery, 'limit' | 'offset'>,
) {
  assertKnownCodes(referenceErrors(ref, q, ''));
  let query = ctx.db.selectFrom('consumptionSales as s');
  for (const condition of rowConditions(ctx.actor, ref, q, 's')) {
    query = query.where(() => condition);
  }
  if (q.from) query = query.where('s.month', '>=', q.from);
  if (q.to) query = query.where('s.month', '<=', q.to);
  if (q.channel) query = query.where('s.channel', '=', q.channel);
  if (q.productCategory) query = query.where('s.productCategory', '=', q.productCategory);
  return query;
}

/**
 * The sales the caller may see, newest month first, with the filtered total (from the kept sums
 * when the filters allow; `summed: false` reads the sales, for the tests that compare the two).
 */
export async function listSales(ctx: Ctx, q: SaleListQuery, { summed = true } = {}) {
  authorize(ctx.actor, 'consumption.read');
  const ref = await loadReference(ctx.db);
  const base = filteredSales(ctx, ref, q);
  const [total, rows] = await Promise.all([
    (summed ? await summedTotal(ctx, ref, q) : null) ??
      base
        .select((eb) => [
          eb.fn.countAll<number | string>().as('n'),
          eb.fn.sum<number | string | null>('s.amountFen').as('fen'),
        ])
        .executeTakeFirstOrThrow(),
    base
      .innerJoin('organisations as d', 'd.code', 's.donorCode')
      .innerJoin('areas as a', 'a.code', 's.areaCode')
      .selectAll('s')
      .select([
        'd.name as donorName',
        'd.nameEn as donorNameEn',
        'a.name as areaName',
        'a.nameEn as areaNameEn',
      ])
      .orderBy('s.month', 'desc')
      .orderBy('s.id', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
  ]);
  return {
    items: rows.map((r) => presentSale(r, ctx.actor, scopeOf(r, ref))),
    total: Number(total.n ?? 0),
    amountFen: Number(total.fen ?? 0),
  };
}

/** The filtered sales summed by channel, product category or month. */
export async function summarizeSales(ctx: Ctx, q: SaleSummaryQuery, { summed = true } = {}) {
  authorize(ctx.actor, 'consumption.read');
  const ref = await loadReference(ctx.db);
  assertKnownCodes(referenceErrors(ref, q, ''));
  const fromSums = summed ? await summedBy(ctx, ref, q, q.by) : null;
  if (fromSums) return fromSums;
  const column =
    q.by === 'channel' ? 's.channel' : q.by === 'month' ? 's.month' : 's.productCategory';
  const rows = await filteredSales(ctx, ref, q)
    .select((eb) => [
      eb.ref(column).as('key'),
      eb.fn.sum<number | string>('s.amountFen').as('fen'),
      eb.fn.countAll<number | string>().as('n'),
    ])
    .groupBy(column)
    .orderBy(column)
    .execute();
  const out = rows.map((r) => ({
    key: String(r.key),
    amountFen: Number(r.fen),
    rows: Number(r.n),
  }));
  return { by: q.by, rows: out, amountFen: out.reduce((s, r) => s + r.amountFen, 0) };
}

export async function getSale(ctx: Ctx, id: number): Promise<SaleView> {
  const [row, ref] = await Promise.all([
    salesQuery(ctx.db).where('s.id', '=', id).executeTakeFirst(),
    loadReference(ctx.db),
  ]);
  if (!row || !can(ctx.actor, 'consumption.read', scopeOf(row, ref))) {
    throw new NotFoundError(problem('consumption.saleNotFound', { id }));
  }
  return presentSale(row, ctx.actor, scopeOf(row, ref));
}

/** A sale's change history, newest first (the programme office, auditors, its donor's editors). */
export async function saleHistory(ctx: Ctx, id: number) {
  const [row, ref] = await Promise.all([
    salesQuery(ctx.db).where('s.id', '=', id).executeTakeFirst(),
    loadReference(ctx.db),
  ]);
  const scope = row ? scopeOf(row, ref) : null;
  if (!scope || !can(ctx.actor, 'consumption.read', scope)) {
    throw new NotFoundError(problem('consumption.saleNotFound', { id }));
  }
  authorize(ctx.actor, 'consumption.readHistory', scope);
  return recordHistory(ctx, [{ entityType: 'consumption-sale', ids: [id] }]);
}

async function insertSales(uow: UnitOfWork, rows: readonly SaleInput[]): Promise<number[]> {
  const at = new Date().toISOString();
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 200) {
    const part = rows.slice(i, i + 200);
    const inserted = await uow.trx
      .insertInto('consumptionSales')
      .values(
        part.map((r) => ({
          programmeCode: r.programme,
          donorCode: r.donor,
          areaCode: r.area,
          month: r.month,
          channel: r.channel,
          productCategory: r.productCategory,
          product: r.product ?? null,
          amountFen: r.amountFen,
          quantity: r.quantity,
          unit: r.unit,
          note: r.note ?? null,
          publishedAt: r.published ? at : null,
          createdAt: at,
          updatedAt: at,
          version: 1,
        })),
      )
      .returning('id')
      .execute();
    ids.push(...inserted.map((r) => r.id));
  }
  const stored = await uow.trx
    .selectFrom('consumptionSales')
    .selectAll()
    .where('id', 'in', ids.length > 0 ? ids : [-1])
    .execute();
  for (const r of stored) {
    uow.record({
      action: 'create',
      entityType: 'consumption-sale',
      entityId: String(r.id),
      after: saleSnapshot(r),
    });
  }
  return ids;
}

/** Records one sale. */
export async function createSale(ctx: Ctx, input: SaleInput): Promise<SaleView> {
  const [id] = await write(ctx, async (uow) => {
    const ref = await referenceIn(uow.trx, uow.memo);
    assertKnownCodes(referenceErrors(ref, input, ''));
    authorize(ctx.actor, 'consumption.write', { orgPath: ref.orgs.pathOf(input.donor) });
    return insertSales(uow, [input]);
  });
  return getSale(ctx, id ?? 0);
}

/**
 * Records many sales in one unit of work: every row is checked first; any refused row (an
 * unknown code) refuses them all with each row's errors named `rows.N.field`, nothing saved. A
 * row for a donor the caller may not write refuses the whole request (403).
 */
export async function createSales(ctx: Ctx, rows: readonly SaleInput[]) {
  const ids = await write(ctx, async (uow) => {
    const ref = await referenceIn(uow.trx, uow.memo);
    const errors = rows.flatMap((r, i) => referenceErrors(ref, r, `rows.${i}.`));
    if (errors.length > 0) {
      const bad = new Set(errors.map((e) => e.field.split('.')[1]));
      throw new InvalidInputError(problem('consumption.bulkRefused', { count: bad.size }), errors);
    }
    for (const donor of new Set(rows.map((r) => r.donor))) {
      authorize(ctx.actor, 'consumption.write', { orgPath: ref.orgs.pathOf(donor) });
    }
    return insertSales(uow, rows);
  });
  return { created: ids.length, ids };
}

/** Changes a sale (If-Match: 409 when stale); another donor's unpublished sale is 404. */
export async function updateSale(
  ctx: Ctx,
  id: number,
  input: UpdateSaleInput,
  expectedVersion?: number,
): Promise<SaleView> {
  await write(ctx, async (uow) => {
    const [row, ref] = await Promise.all([
      salesQuery(uow.trx).where('s.id', '=', id).executeTakeFirst(),
      referenceIn(uow.trx, uow.memo),
    ]);
    if (!row) throw new NotFoundError(problem('consumption.saleNotFound', { id }));
    const scope = scopeOf(row, ref);
    if (!can(ctx.actor, 'consumption.read', scope)) {
      authorize(ctx.actor, 'consumption.write', scope);
      throw new NotFoundError(problem('consumption.saleNotFound', { id }));
    }
    authorize(ctx.actor, 'consumption.write', scope);
    assertVersion(expectedVersion, row.version, `sale ${id}`);
    assertKnownCodes(referenceErrors(ref, input, ''));
    if (input.donor !== undefined && input.donor !== row.donorCode) {
      authorize(ctx.actor, 'consumption.write', { orgPath: ref.orgs.pathOf(input.donor) });
    }
    const at = new Date().toISOString();
    const result = await uow.trx
      .updateTable('consumptionSales')
      .set({
        donorCode: input.donor ?? row.donorCode,
        areaCode: input.area ?? row.areaCode,
        month: input.month ?? row.month,
        channel: input.channel ?? row.channel,
        productCategory: input.productCategory ?? row.productCategory,
        product: input.product === undefined ? row.product : input.product,
        amountFen: input.amountFen ?? row.amountFen,
        quantity: input.quantity ?? row.quantity,
        unit: input.unit ?? row.unit,
        note: input.note === undefined ? row.note : input.note,
        publishedAt:
          input.published === undefined
            ? row.publishedAt
            : input.published
              ? (row.publishedAt ?? at)
              : null,
        updatedAt: at,
        version: row.version + 1,
      })
      .where('id', '=', id)
      .where('version', '=', row.version)
      .executeTakeFirst();
    assertUpdated(result, `sale ${id}`);
    const after = await uow.trx
      .selectFrom('consumptionSales')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    uow.record({
      action: 'update',
      entityType: 'consumption-sale',
      entityId: String(id),
      before: saleSnapshot(row),
      after: saleSnapshot(after),
    });
  });
  return getSale(ctx, id);
}
