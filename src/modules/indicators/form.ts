/**
 * The reporting form (decision 0048): one indicator set's data elements for one area, period and
 * optional donor, with each field's values (total and disaggregation cells), the previous
 * period's total and the target; saved as a batch — every field checked first, then all stored
 * or none, each change in the history with who and when.
 */
import { type Actor, hasRole } from '../../domain/access.js';
import { todayUtc } from '../../domain/dates.js';
import { ForbiddenError, InvalidInputError } from '../../domain/errors.js';
import {
  cellOf,
  dueDateOf,
  type Period,
  previousPeriod,
  type StoredValue,
  typedValue,
} from '../../domain/indicators.js';
import { problem } from '../../domain/problems.js';
import { authorize, can } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { loadReference, type Reference } from '../reference/reference.js';
import {
  type Catalog,
  type ElementRecord,
  loadCatalog,
  type SetRecord,
  storedOf,
} from './catalog.js';
import { elementRational, evaluateIndicator } from './evaluate.js';
import { namedArea, namedOrg, valueScope } from './presenters.js';
import type { FormQuery, FormView } from './schema.js';
import { requireSet, setPeriod } from './sets.js';

/** The set's reporting unit (area, donor) checked: known codes, and one of the set's reporters. */
export function checkUnit(ref: Reference, set: SetRecord, area: string, donor: string | null) {
  if (!ref.areas.has(area))
    throw InvalidInputError.field('area', problem('area.unknown', { code: area }));
  if (donor !== null && !ref.orgs.has(donor)) {
    throw InvalidInputError.field('donor', problem('organisation.unknown', { code: donor }));
  }
  if (!set.reporters.some((r) => r.areaCode === area && r.donorCode === donor)) {
    const unit = donor === null ? area : `${area} / ${donor}`;
    throw InvalidInputError.field(
      'area',
      problem('indicators.notReporter', { area: unit, set: set.code }),
    );
  }
}

/** 403 naming the field the caller's grants do not cover (the donor for a donor editor). */
export function assertMayEnter(actor: Actor, ref: Reference, area: string, donor: string | null) {
  if (can(actor, 'indicators.enter', valueScope(ref, area, donor))) return;
  const donorSide = hasRole(actor, 'donor-editor') && !hasRole(actor, 'recipient-editor');
  if (donorSide && donor === null) {
    throw new ForbiddenError(problem('indicators.donorRequired'), [
      { field: 'donor', problem: problem('indicators.donorRequired') },
    ]);
  }
  const denied = { action: 'indicators.enter' };
  throw new ForbiddenError(problem('access.denied', denied), [
    { field: donorSide ? 'donor' : 'area', problem: problem('access.denied', denied) },
  ]);
}

type ValueRow = {
  id: number;
  elementCode: string;
  period: string;
  cell: string;
  valueInt: number | string | bigint | null;
  valueText: string | null;
  note: string | null;
  enteredBy: string;
  updatedAt: string;
  version: number;
};

/** The values of the unit for the elements and periods. */
async function unitValues(
  db: ServiceContext['db'],
  elements: readonly string[],
  area: string,
  donor: string | null,
  periods: readonly string[],
): Promise<ValueRow[]> {
  if (elements.length === 0) return [];
  return db
    .selectFrom('indicatorValues')
    .select([
      'id',
      'elementCode',
      'period',
      'cell',
      'valueInt',
      'valueText',
      'note',
      'enteredBy',
      'updatedAt',
      'version',
    ])
    .where('elementCode', 'in', elements)
    .where('areaCode', '=', area)
    .where('period', 'in', periods)
    .where((eb) => (donor === null ? eb('donorCode', 'is', null) : eb('donorCode', '=', donor)))
    .orderBy('elementCode')
    .orderBy('cell')
    .execute();
}

/** The total of one element's rows: cells added up (a text: the total row's text). */
function totalOf(e: ElementRecord, rows: readonly ValueRow[]): StoredValue | null {
  if (rows.length === 0) return null;
  if (e.valueType === 'text') {
    const t = rows.find((r) => r.cell === '');
    return t ? storedOf(t) : null;
  }
  let sum = 0n;
  for (const r of rows) sum += BigInt(String(r.valueInt ?? 0));
  return { int: sum, text: null };
}

export function statusOf(complete: boolean, entered: number, due: string, asOf: string) {
  if (complete) return 'complete' as const;
  if (asOf > due) return 'late' as const;
  return entered === 0 ? ('missing' as const) : ('partial' as const);
}

export async function getForm(ctx: ServiceContext, q: FormQuery): Promise<FormView> {
  authorize(ctx.actor, 'indicators.read');
  const set = await requireSet(ctx, q.set, 'set');
  const [ref, catalog] = await Promise.all([loadReference(ctx.db), loadCatalog(ctx.db)]);
  const donor = q.donor ?? null;
  checkUnit(ref, set, q.area, donor);
  const period = setPeriod(ref, set, q.period, 'period');
  return formView(ctx, ref, catalog, set, q.area, donor, period);
}

async function formView(
  ctx: ServiceContext,
  ref: Reference,
  catalog: Catalog,
  set: SetRecord,
  area: string,
  donor: string | null,
  period: Period,
): Promise<FormView> {
  const elements = set.items.flatMap((c) => catalog.elements.get(c) ?? []);
  const previous = previousPeriod(period);
  const codes = elements.map((e) => e.code);
  const [rows, targets] = await Promise.all([
    unitValues(ctx.db, codes, area, donor, [period.key, previous]),
    codes.length === 0
      ? []
      : ctx.db
          .selectFrom('indicatorTargets')
          .select(['elementCode', 'valueInt'])
          .where('elementCode', 'in', codes)
          .where('areaCode', '=', area)
          .where('period', '=', period.key)
          .where((eb) =>
            donor === null ? eb('donorCode', 'is', null) : eb('donorCode', '=', donor),
          )
          .execute(),
  ]);
  const totals = new Map<string, StoredValue | null>();
  const fields = elements.map((e) => {
    const now = rows.filter((r) => r.elementCode === e.code && r.period === period.key);
    const before = rows.filter((r) => r.elementCode === e.code && r.period === previous);
    const target = targets.find((t) => t.elementCode === e.code);
    const total = totalOf(e, now);
    totals.set(e.code, total);
    const prev = totalOf(e, before);
    const { version: _v, ...element } = e;
    return {
      element: { ...element, disaggregations: [...e.disaggregations] },
      values: now.map((r) => ({
        cell: cellOf(r.cell),
        value: typedValue(e, storedOf(r)),
        note: r.note,
        enteredBy: r.enteredBy,
        updatedAt: String(r.updatedAt),
        version: r.version,
      })),
      total: total ? typedValue(e, total) : null,
      previous: prev ? typedValue(e, prev) : null,
      target: target
        ? typedValue(e, storedOf({ valueInt: target.valueInt, valueText: null }))
        : null,
    };
  });
  const indicators = set.items
    .filter((c) => catalog.formulas.has(c))
    .map((c) => {
      const f = catalog.formulas.get(c);
      const r = evaluateIndicator(catalog, c, (x) => {
        const e = catalog.elements.get(x);
        const t = totals.get(x) ?? null;
        return e && t && t.int !== null ? elementRational(e, t.int) : null;
      });
      return {
        code: c,
        name: f?.name ?? c,
        nameEn: f?.nameEn ?? c,
        value: r.value,
        status: r.status,
        missing: r.missing,
      };
    });
  const entered = fields.filter((f) => f.total !== null).length;
  const dueDate = dueDateOf(period, set.dueDays);
  return {
    set: { code: set.code, name: set.name, nameEn: set.nameEn, periodType: set.periodType },
    area: namedArea(ref, area),
    donor: namedOrg(ref, donor),
    period: period.key,
    previousPeriod: previous,
    dueDate,
    status: statusOf(entered === fields.length, entered, dueDate, todayUtc()),
    can: { enter: can(ctx.actor, 'indicators.enter', valueScope(ref, area, donor)) },
    fields,
    indicators,
  };
}
