/**
 * Use cases of indicator sets and targets (decision 0048): a set is what one programme's areas
 * report — its elements and indicators in form order, its period type, its due-date rule (days
 * after the period's end) and its reporting units (area, optionally with a donor); targets are
 * per element, area, period and optional donor. The programme office configures both.
 */
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { type Period, parsePeriod, storedValue, typedValue } from '../../domain/indicators.js';
import { problem } from '../../domain/problems.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { loadReference, type Reference, referenceIn } from '../reference/reference.js';
import { write } from '../write.js';
import { loadCatalog, loadSet, type SetRecord, storedOf } from './catalog.js';
import { namedArea, namedOrg, presentSet } from './presenters.js';
import type { SetInput, SetView, TargetInput } from './schema.js';

/** The period a key names, else a 422 on `field`. */
export function periodOf(text: string, field: string): Period {
  const p = parsePeriod(text);
  if (!p)
    throw InvalidInputError.field(field, problem('indicators.periodFormat', { period: text }));
  return p;
}

/** A period of the set's type within its programme's years, else a 422 on `field`. */
export function setPeriod(ref: Reference, set: SetRecord, text: string, field: string): Period {
  const p = periodOf(text, field);
  if (p.type !== set.periodType) {
    throw InvalidInputError.field(
      field,
      problem('indicators.periodType', { period: text, type: set.periodType }),
    );
  }
  const programme = ref.programmes.get(set.programmeCode);
  const from = programme?.startYear ?? null;
  const to = programme?.endYear ?? null;
  if ((from !== null && p.year < from) || (to !== null && p.year > to)) {
    throw InvalidInputError.field(
      field,
      problem('indicators.periodOutsideProgramme', {
        period: text,
        programme: set.programmeCode,
        from: from ?? '',
        to: to ?? '',
      }),
    );
  }
  return p;
}

/** The set, else 422 naming `field` (a body or query) — or 404 for a path. */
export async function requireSet(ctx: ServiceContext, code: string, field: string | null) {
  const set = await loadSet(ctx.db, code);
  if (set) return set;
  const ref = problem('indicators.notFound', { code, kind: 'set' });
  if (field === null) throw new NotFoundError(ref);
  throw new InvalidInputError(ref, [{ field, problem: ref }]);
}

export async function listSets(
  ctx: ServiceContext,
  programme?: string,
): Promise<{ items: SetView[] }> {
  authorize(ctx.actor, 'indicators.read');
  const [ref, catalog, rows] = await Promise.all([
    loadReference(ctx.db),
    loadCatalog(ctx.db),
    ctx.db.selectFrom('indicatorSets').select('code').orderBy('code').execute(),
  ]);
  const sets = await Promise.all(rows.map((r) => loadSet(ctx.db, r.code)));
  return {
    items: sets
      .filter(
        (s): s is SetRecord =>
          s !== undefined && (programme === undefined || s.programmeCode === programme),
      )
      .map((s) => presentSet(ctx.actor, ref, catalog, s)),
  };
}

export async function getSet(ctx: ServiceContext, code: string): Promise<SetView> {
  authorize(ctx.actor, 'indicators.read');
  const set = await requireSet(ctx, code, null);
  const [ref, catalog] = await Promise.all([loadReference(ctx.db), loadCatalog(ctx.db)]);
  return presentSet(ctx.actor, ref, catalog, set);
}

export async function createSet(ctx: ServiceContext, input: SetInput): Promise<SetView> {
  authorize(ctx.actor, 'indicators.configure');
  await write(ctx, async (uow) => {
    const [ref, catalog] = await Promise.all([
      referenceIn(uow.trx, uow.memo),
      loadCatalog(uow.trx),
    ]);
    if (await loadSet(uow.trx, input.code)) {
      throw ConflictError.field(
        'code',
        problem('indicators.codeTaken', { code: input.code, usedBy: 'set' }),
      );
    }
    if (!ref.programmes.has(input.programme)) {
      throw InvalidInputError.field(
        'programme',
        problem('programme.unknown', { code: input.programme }),
      );
    }
    const seen = new Set<string>();
    for (const [i, code] of input.items.entries()) {
      if (!catalog.elements.has(code) && !catalog.formulas.has(code)) {
        throw InvalidInputError.field(`items.${i}`, problem('indicators.unknownItem', { code }));
      }
      if (seen.has(code))
        throw InvalidInputError.field(`items.${i}`, problem('indicators.itemTwice', { code }));
      seen.add(code);
    }
    const units = new Set<string>();
    for (const [i, r] of input.reporters.entries()) {
      if (!ref.areas.has(r.area)) {
        throw InvalidInputError.field(
          `reporters.${i}.area`,
          problem('area.unknown', { code: r.area }),
        );
      }
      if (r.donor && !ref.orgs.has(r.donor)) {
        throw InvalidInputError.field(
          `reporters.${i}.donor`,
          problem('organisation.unknown', { code: r.donor }),
        );
      }
      const key = `${r.area}/${r.donor ?? ''}`;
      if (units.has(key)) {
        throw InvalidInputError.field(
          `reporters.${i}.area`,
          problem('indicators.reporterTwice', { area: r.area }),
        );
      }
      units.add(key);
    }
    const at = new Date().toISOString();
    const row = {
      code: input.code,
      programmeCode: input.programme,
      name: input.name,
      nameEn: input.nameEn,
      periodType: input.periodType,
      dueDays: input.dueDays,
      version: 1,
    };
    await uow.trx
      .insertInto('indicatorSets')
      .values({ ...row, createdAt: at, updatedAt: at })
      .execute();
    await uow.trx
      .insertInto('indicatorSetItems')
      .values(
        input.items.map((itemCode, position) => ({ setCode: input.code, itemCode, position })),
      )
      .execute();
    const reporters = input.reporters.map((r) => ({
      setCode: input.code,
      areaCode: r.area,
      donorCode: r.donor ?? null,
    }));
    for (let i = 0; i < reporters.length; i += 500) {
      await uow.trx
        .insertInto('indicatorSetReporters')
        .values(reporters.slice(i, i + 500))
        .execute();
    }
    uow.record({
      action: 'create',
      entityType: 'indicator-set',
      entityId: input.code,
      after: { ...row, items: input.items, reporters: reporters.map(({ setCode: _, ...r }) => r) },
    });
  });
  return getSet(ctx, input.code);
}

/** Sets (or replaces) a target; its value in the element's typed form. */
export async function putTarget(ctx: ServiceContext, input: TargetInput) {
  authorize(ctx.actor, 'indicators.configure');
  await write(ctx, async (uow) => {
    const [ref, catalog] = await Promise.all([
      referenceIn(uow.trx, uow.memo),
      loadCatalog(uow.trx),
    ]);
    const element = catalog.elements.get(input.element);
    if (!element)
      throw InvalidInputError.field(
        'element',
        problem('indicators.unknownItem', { code: input.element }),
      );
    if (!ref.areas.has(input.area))
      throw InvalidInputError.field('area', problem('area.unknown', { code: input.area }));
    const donor = input.donor ?? null;
    if (donor !== null && !ref.orgs.has(donor)) {
      throw InvalidInputError.field('donor', problem('organisation.unknown', { code: donor }));
    }
    periodOf(input.period, 'period');
    const stored = element.valueType === 'text' ? null : storedValue(element, input.value);
    if (stored === null || 'code' in stored || stored.int === null) {
      const refusal =
        stored && 'code' in stored
          ? stored
          : {
              code: 'indicators.notNumeric' as const,
              params: { element: element.code, value: String(input.value) },
            };
      throw InvalidInputError.field('value', problem(refusal.code, refusal.params));
    }
    const existing = await uow.trx
      .selectFrom('indicatorTargets')
      .selectAll()
      .where('elementCode', '=', element.code)
      .where('areaCode', '=', input.area)
      .where('period', '=', input.period)
      .where((eb) => (donor === null ? eb('donorCode', 'is', null) : eb('donorCode', '=', donor)))
      .executeTakeFirst();
    const at = new Date().toISOString();
    const after = {
      element: element.code,
      area: input.area,
      period: input.period,
      donor,
      valueInt: stored.int.toString(),
    };
    if (existing) {
      await uow.trx
        .updateTable('indicatorTargets')
        .set({ valueInt: stored.int, version: existing.version + 1, updatedAt: at })
        .where('id', '=', existing.id)
        .execute();
      uow.record({
        action: 'update',
        entityType: 'indicator-target',
        entityId: String(existing.id),
        before: { ...after, valueInt: String(existing.valueInt) },
        after,
      });
    } else {
      const { id } = await uow.trx
        .insertInto('indicatorTargets')
        .values({
          elementCode: element.code,
          areaCode: input.area,
          period: input.period,
          donorCode: donor,
          valueInt: stored.int,
          version: 1,
          createdAt: at,
          updatedAt: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      uow.record({ action: 'create', entityType: 'indicator-target', entityId: String(id), after });
    }
  });
  const list = await listTargets(ctx, {
    element: input.element,
    area: input.area,
    period: input.period,
  });
  const donor = input.donor ?? null;
  return list.items.find((t) => (t.donor?.code ?? null) === donor) ?? list.items[0];
}

export async function listTargets(
  ctx: ServiceContext,
  q: { element?: string | undefined; area?: string | undefined; period?: string | undefined },
) {
  authorize(ctx.actor, 'indicators.read');
  const [ref, catalog] = await Promise.all([loadReference(ctx.db), loadCatalog(ctx.db)]);
  let query = ctx.db.selectFrom('indicatorTargets').selectAll();
  if (q.element) query = query.where('elementCode', '=', q.element);
  if (q.area) query = query.where('areaCode', '=', q.area);
  if (q.period) query = query.where('period', '=', q.period);
  const rows = await query
    .orderBy('elementCode')
    .orderBy('areaCode')
    .orderBy('period')
    .limit(5000)
    .execute();
  return {
    items: rows.flatMap((r) => {
      const element = catalog.elements.get(r.elementCode);
      if (!element) return [];
      return [
        {
          element: r.elementCode,
          area: namedArea(ref, r.areaCode),
          period: r.period,
          donor: namedOrg(ref, r.donorCode),
          value: typedValue(element, storedOf({ valueInt: r.valueInt, valueText: null })),
          version: r.version,
        },
      ];
    }),
  };
}
