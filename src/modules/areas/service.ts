/** Use cases of the area tree: read with donors, search, add, rename or retire. */
import { sql } from 'kysely';
import { AREA_LEVELS, levelOfCode, parentCodeOf } from '../../domain/areas.js';
import { todayUtc } from '../../domain/dates.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { containsCi, startsWithCi } from '../core/text-search.js';
import { assertUpdated, assertVersion } from '../core/versions.js';
import { donorsOfArea } from '../pairings/donors.js';
import { loadReference } from '../reference/reference.js';
import { write } from '../write.js';
import { areaSnapshot, presentAreaDetail, presentAreaSummary } from './presenters.js';
import { descendantPrefixLength, findArea, requireAreaChain } from './repository.js';
import type { AreaDetail, AreaSearchQuery, CreateAreaInput, UpdateAreaInput } from './schema.js';

type Ctx = ServiceContext;

/**
 * An area on a date (default today, UTC): its parent, ancestors (province first), the children
 * valid on that date, and the donors paired with it then (directly or through an ancestor).
 *
 * @throws NotFoundError when the area does not exist
 */
export async function getArea(ctx: Ctx, code: string, date = todayUtc()): Promise<AreaDetail> {
  const chain = await requireAreaChain(ctx.db, code);
  const children = await ctx.db
    .selectFrom('areas')
    .selectAll()
    .where('parentCode', '=', code)
    .where((eb) => eb.or([eb('validFrom', 'is', null), eb('validFrom', '<=', date)]))
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', date)]))
    .orderBy('code')
    .execute();
  const donors = donorsOfArea(await loadReference(ctx.db), code, date);
  return presentAreaDetail(chain, children, donors);
}

/**
 * Searches the tree. `q` matches a code prefix, a name substring, a pinyin substring (spaces
 * ignored), an English name substring (Hotan) or a prefix of the pinyin initials, all
 * case-insensitive; `within` keeps the
 * descendants of an area (by code prefix), `parent` its direct children.
 */
export async function searchAreas(ctx: Ctx, q: AreaSearchQuery) {
  let query = ctx.db.selectFrom('areas');
  if (q.q) {
    const term = q.q;
    const compact = term.replace(/\s+/g, '');
    query = query.where((eb) =>
      eb.or([
        ...(/^\d+$/.test(compact) ? [eb('code', 'like', `${compact}%`)] : []),
        containsCi(eb.ref('name'), term),
        containsCi(sql<string>`replace(${eb.ref('pinyin')}, ' ', '')`, compact),
        containsCi(eb.ref('nameEn'), term),
        startsWithCi(eb.ref('initials'), compact),
      ]),
    );
  }
  if (q.level) query = query.where('level', '=', q.level);
  if (q.parent) query = query.where('parentCode', '=', q.parent);
  if (q.within) {
    const root = await findArea(ctx.db, q.within);
    if (!root) throw InvalidInputError.field('within', problem('area.unknown', { code: q.within }));
    const prefix = root.code.slice(0, descendantPrefixLength(root.level));
    query = query.where('code', 'like', `${prefix}%`).where('code', '!=', root.code);
  }
  if (q.date) {
    const date = q.date;
    query = query
      .where((eb) => eb.or([eb('validFrom', 'is', null), eb('validFrom', '<=', date)]))
      .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', date)]));
  }
  const term = q.q?.trim() ?? '';
  const compact = term.replace(/\s+/g, '').toUpperCase();
  const [count, rows, ref] = await Promise.all([
    query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    query
      .selectAll()
      // An exact name or initials first ("hts" → 和田市 before 和田市京和物流园区), then by code.
      .$if(term !== '', (qb) =>
        qb.orderBy(
          sql`case when ${sql.ref('name')} = ${term} or ${sql.ref('initials')} = ${compact} then 0 else 1 end`,
        ),
      )
      .orderBy('code')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    loadReference(ctx.db),
  ]);
  const childCounts = await childCountsOf(
    ctx,
    rows.map((r) => r.code),
  );
  return {
    items: rows.map((r) =>
      presentAreaSummary(
        r,
        ref.areas.chainOf(r.code).slice(1).reverse(),
        (childCounts.get(r.code) ?? 0) > 0,
      ),
    ),
    total: Number(count.n),
  };
}

/** How many areas sit directly below each of these. */
async function childCountsOf(ctx: Ctx, codes: string[]): Promise<Map<string, number>> {
  if (codes.length === 0) return new Map();
  const rows = await ctx.db
    .selectFrom('areas')
    .select(['parentCode', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('parentCode', 'in', codes)
    .groupBy('parentCode')
    .execute();
  return new Map(rows.map((r) => [r.parentCode ?? '', Number(r.n)]));
}

function assertValidity(validFrom: string | null, validTo: string | null): void {
  if (validFrom !== null && validTo !== null && validTo < validFrom) {
    throw InvalidInputError.field('validTo', problem('dates.endBeforeStart', { validFrom }));
  }
}

/** Initials from the words of a pinyin name: "Hean Xian" → "HX" (a fallback; give them). */
function initialsOf(pinyin: string): string {
  return pinyin
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

/**
 * Adds an area (e.g. a county created after the 2023 edition) with its validity dates.
 * The code must be new, its level the one the code implies, its parent an existing
 * area above it in the code's structure.
 */
export async function createArea(ctx: Ctx, input: CreateAreaInput): Promise<AreaDetail> {
  authorize(ctx.actor, 'areas.write');
  const code = input.code;
  const level = levelOfCode(code);
  if (input.level !== undefined && input.level !== level) {
    throw InvalidInputError.field(
      'level',
      problem('area.levelMismatch', { code, level, given: input.level }),
    );
  }
  const structural: string[] = [];
  for (let p = parentCodeOf(code); p !== null; p = parentCodeOf(p)) structural.push(p);
  const parentCode = input.parentCode ?? structural[0] ?? null;
  if (parentCode !== null && !structural.includes(parentCode)) {
    throw InvalidInputError.field(
      'parentCode',
      problem('area.parentNotAbove', { parent: parentCode, code }),
    );
  }
  const validFrom = input.validFrom ?? null;
  const validTo = input.validTo ?? null;
  assertValidity(validFrom, validTo);

  return write(ctx, async (uow) => {
    const trx = uow.trx;
    if (await findArea(trx, code)) {
      throw ConflictError.field('code', problem('area.exists', { code }));
    }
    if (parentCode !== null) {
      const parent = await findArea(trx, parentCode);
      if (!parent)
        throw InvalidInputError.field('parentCode', problem('area.unknown', { code: parentCode }));
      if (AREA_LEVELS.indexOf(parent.level) >= AREA_LEVELS.indexOf(level)) {
        throw InvalidInputError.field(
          'parentCode',
          problem('area.parentLevel', { parentLevel: parent.level, level }),
        );
      }
    }
    const at = new Date().toISOString();
    await trx
      .insertInto('areas')
      .values({
        code,
        parentCode,
        level,
        kind: input.kind ?? null,
        name: input.name,
        nameEn: input.nameEn ?? '',
        pinyin: input.namePinyin,
        initials: input.initials ?? initialsOf(input.namePinyin),
        xpccDivision: input.xpccDivision ?? null,
        edition: null,
        validFrom,
        validTo,
        createdAt: at,
        updatedAt: at,
        version: 1,
      })
      .execute();
    const row = await findArea(trx, code);
    if (!row) throw new Error(`area ${code} vanished`);
    uow.changedReference();
    uow.record({
      action: 'create',
      entityType: 'area',
      entityId: code,
      after: areaSnapshot(row),
    });
    return getArea(uow.context, code, validFrom ?? todayUtc());
  });
}

/**
 * Renames, re-dates or retires (sets `validTo` of) an area. `expectedVersion` (from
 * `If-Match`) must match the stored version when given.
 */
export async function updateArea(
  ctx: Ctx,
  code: string,
  input: UpdateAreaInput,
  expectedVersion?: number,
): Promise<AreaDetail> {
  authorize(ctx.actor, 'areas.write');
  return write(ctx, async (uow) => {
    const trx = uow.trx;
    const row = await findArea(trx, code);
    if (!row) throw new NotFoundError(problem('area.notFound', { code }));
    assertVersion(expectedVersion, row.version, `area ${code}`);
    const keep = <T>(given: T | undefined, current: T): T =>
      given === undefined ? current : given;
    const next = {
      name: input.name ?? row.name,
      nameEn: input.nameEn ?? row.nameEn,
      pinyin: input.namePinyin ?? row.pinyin,
      initials: input.initials ?? row.initials,
      kind: keep(input.kind, row.kind),
      xpccDivision: keep(input.xpccDivision, row.xpccDivision),
      validFrom: keep(input.validFrom, row.validFrom),
      validTo: keep(input.validTo, row.validTo),
    };
    assertValidity(next.validFrom, next.validTo);
    const result = await trx
      .updateTable('areas')
      .set({ ...next, version: row.version + 1, updatedAt: new Date().toISOString() })
      .where('code', '=', code)
      .where('version', '=', row.version)
      .executeTakeFirst();
    assertUpdated(result, `area ${code}`);
    const after = await findArea(trx, code);
    if (!after) throw new Error(`area ${code} vanished`);
    uow.changedReference();
    uow.record({
      action: 'update',
      entityType: 'area',
      entityId: code,
      before: areaSnapshot(row),
      after: areaSnapshot(after),
    });
    return getArea(uow.context, code);
  });
}
