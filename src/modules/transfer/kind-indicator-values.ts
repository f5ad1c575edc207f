/**
 * Indicator values as a kind (decision 0064): saved through `saveForm` (one value per row: the
 * set, its reporting unit and period type, the element in the set, the value's type and
 * decimals, overlapping periods), identified by element, area, period and donor: a value that
 * exists is skipped (an import does not change values). An area or donor outside the caller's
 * `indicators.enter` grants is refused on that column before the use case. Exported: the totals
 * every signed-in caller may read, each under the first set (by code) that holds its element,
 * its period type and its reporting unit.
 */
import { hasRole } from '../../domain/access.js';
import { parsePeriod, typedValue } from '../../domain/indicators.js';
import { problem } from '../../domain/problems.js';
import { can } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { loadCatalog, loadSet, type SetRecord, storedOf } from '../indicators/catalog.js';
import { valueScope } from '../indicators/presenters.js';
import { saveForm } from '../indicators/save-form.js';
import { loadReference } from '../reference/reference.js';
import { type ExportRecord, type KindHandler, pagedRecords } from './kind-handler.js';
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
  records: valueRecords,
};

async function* valueRecords(ctx: ServiceContext): AsyncGenerator<ExportRecord> {
  if (!can(ctx.actor, 'indicators.read')) return;
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
  const page = (after: number, size: number) => {
    return ctx.db
      .selectFrom('indicatorValues')
      .selectAll()
      .where('id', '>', after)
      .where('cell', '=', '')
      .orderBy('id')
      .limit(size)
      .execute();
  };
  yield* pagedRecords(
    page,
    (r) => r.id,
    async function* (rows) {
      for (const v of rows) {
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
    },
  );
}
