/**
 * Indicator values as a kind (decision 0064): saved through `saveForm` (one value per row: the
 * set, its reporting unit and period type, the element in the set, the value's type and
 * decimals, overlapping periods), identified by element, area, period and donor: a value that
 * exists is skipped (an import does not change values). An area or donor outside the caller's
 * `indicators.enter` grants is refused on that column before the use case. Exported: the totals
 * every signed-in caller may read, each under the first set (by code) that holds its element,
 * its period type and its reporting unit.
 */
import type { z } from 'zod';
import { hasRole } from '../../domain/access.js';
import { InvalidInputError } from '../../domain/errors.js';
import { parsePeriod, typedValue } from '../../domain/indicators.js';
import { problem } from '../../domain/problems.js';
import { authorize, can } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { loadCatalog, loadSet, type SetRecord, storedOf } from '../indicators/catalog.js';
import { valueScope } from '../indicators/presenters.js';
import { saveForm } from '../indicators/save-form.js';
import { formQuery } from '../indicators/schema.js';
import { periodOf, requireSet } from '../indicators/sets.js';
import { loadReference } from '../reference/reference.js';
import {
  type ExportFilters,
  type ExportRecord,
  type KindHandler,
  orderedRecords,
  pastRow,
} from './kind-handler.js';
import type { Row } from './rows.js';

interface ValueRow {
  set: string;
  area: string;
  period: string;
  donor?: string | null;
  element: string;
  value: string;
  note?: string | null;
}

const identity = (row: Row) => {
  const b = row.body as unknown as ValueRow;
  return [b.element, b.area, b.period, b.donor ?? ''].join('|');
};

/**
 * The entry screen's choices (`GET /api/indicators/form`'s set, area, period and donor), each
 * optional: an export holds the values they select (decision 0082).
 */
const valueFilters = formQuery.partial();

export const indicatorValueHandler: KindHandler = {
  complete(row) {
    // Excel reads 2026-07 as a date: its first day back to the month.
    const p = row.body.period;
    if (typeof p === 'string' && /^\d{4}-\d{2}-01$/.test(p)) row.body.period = p.slice(0, 7);
  },
  identity,
  async checker(ctx) {
    const ref = await loadReference(ctx.db);
    return async (row) => {
      const b = row.body as unknown as ValueRow;
      const donor = b.donor ?? null;
      if (
        ref.areas.has(b.area) &&
        (donor === null || ref.orgs.has(donor)) &&
        !can(ctx.actor, 'indicators.enter', valueScope(ref, b.area, donor))
      ) {
        // A donor editor's grant is its donor's; anyone else's the area's (as the form says).
        const donorSide =
          hasRole(ctx.actor, 'donor-editor') && !hasRole(ctx.actor, 'recipient-editor');
        const field = donorSide ? 'donor' : 'area';
        return {
          severity: 'error',
          ref: problem('import.outOfScope', {
            code: field === 'donor' ? (donor ?? '') : b.area,
          }),
          field,
        };
      }
      const same = await ctx.db
        .selectFrom('indicatorValues')
        .select('id')
        .where('elementCode', '=', b.element)
        .where('areaCode', '=', b.area)
        .where('period', '=', b.period)
        .where((eb) => (donor === null ? eb('donorCode', 'is', null) : eb('donorCode', '=', donor)))
        .where('cell', '=', '')
        .executeTakeFirst();
      return same
        ? { severity: 'warning', ref: problem('import.exists', { code: row.key }) }
        : null;
    };
  },
  async apply(ctx, row) {
    const b = row.body as unknown as ValueRow;
    await saveForm(ctx, {
      set: b.set,
      area: b.area,
      period: b.period,
      donor: b.donor ?? null,
      values: [{ element: b.element, value: b.value, note: b.note ?? null }],
    });
  },
  filters: valueFilters,
  records: valueRecords,
};

/**
 * The totals every signed-in caller may read that the entry screen's choices select: the set's
 * elements from its reporters in its period type, the area, the donor, the period (each exactly,
 * as the form shows them); newest period first, then by id (decision 0082).
 */
async function* valueRecords(
  ctx: ServiceContext,
  filters: ExportFilters,
): AsyncGenerator<ExportRecord> {
  authorize(ctx.actor, 'indicators.read');
  const f = filters as z.infer<typeof valueFilters>;
  const chosen = f.set === undefined ? undefined : await requireSet(ctx, f.set, 'set');
  const ref = await loadReference(ctx.db);
  if (f.area !== undefined && !ref.areas.has(f.area)) {
    throw InvalidInputError.field('area', problem('area.unknown', { code: f.area }));
  }
  if (f.donor !== undefined && !ref.orgs.has(f.donor)) {
    throw InvalidInputError.field('donor', problem('organisation.unknown', { code: f.donor }));
  }
  if (f.period !== undefined) periodOf(f.period, 'period');
  const catalog = await loadCatalog(ctx.db);
  const codes = await ctx.db.selectFrom('indicatorSets').select('code').orderBy('code').execute();
  const sets = (await Promise.all(codes.map((c) => loadSet(ctx.db, c.code)))).filter(
    (s): s is SetRecord => s !== undefined,
  );
  const setOf = (element: string, area: string, donor: string | null, period: string) =>
    sets.find(
      (s) =>
        s.items.includes(element) &&
        s.periodType === parsePeriod(period)?.type &&
        s.reporters.some((r) => r.areaCode === area && r.donorCode === donor),
    )?.code ?? null;
  /** A value the chosen set holds: one of its elements, from one of its reporters, in its period type. */
  const inChosen = (v: { areaCode: string; donorCode: string | null; period: string }) =>
    chosen === undefined ||
    (chosen.periodType === parsePeriod(v.period)?.type &&
      chosen.reporters.some((r) => r.areaCode === v.areaCode && r.donorCode === v.donorCode));
  if (chosen !== undefined && chosen.items.length === 0) return;
  const page = (last: { period: string; id: number } | undefined, size: number) => {
    let q = ctx.db
      .selectFrom('indicatorValues')
      .selectAll()
      .where('cell', '=', '')
      .orderBy('period', 'desc')
      .orderBy('id', 'desc')
      .limit(size);
    if (chosen !== undefined) q = q.where('elementCode', 'in', chosen.items);
    if (f.area !== undefined) q = q.where('areaCode', '=', f.area);
    if (f.donor !== undefined) q = q.where('donorCode', '=', f.donor);
    if (f.period !== undefined) q = q.where('period', '=', f.period);
    if (last) q = q.where(pastRow('period', 'id', 'desc', last.period, last.id));
    return q.execute();
  };
  yield* orderedRecords(page, async function* (rows) {
    for (const v of rows) {
      if (!inChosen(v)) continue;
      const element = catalog.elements.get(v.elementCode);
      const value = element ? typedValue(element, storedOf(v)) : v.valueText;
      yield {
        set: setOf(v.elementCode, v.areaCode, v.donorCode, v.period),
        area: v.areaCode,
        period: v.period,
        donor: v.donorCode,
        element: v.elementCode,
        value: value === null ? null : String(value),
        note: v.note,
      };
    }
  });
}
