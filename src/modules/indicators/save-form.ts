/**
 * Saving a reporting form (decision 0048): a batch of values for one set, area, period and
 * optional donor. Every field is checked before anything is written — an unknown element or
 * one not in the set, a malformed cell, a non-numeric number, a field given twice, a total
 * mixed with cells, a value for an overlapping period of another type — and the first refusal
 * names its field (`values.N.value` …) with every other refusal listed; nothing is stored then.
 * A value of null clears the field. Each created, changed or cleared value is a history entry.
 */
import { actorLabel } from '../../domain/access.js';
import { InvalidInputError } from '../../domain/errors.js';
import { cellKey, type StoredValue, storedValue } from '../../domain/indicators.js';
import { type ProblemRef, problem } from '../../domain/problems.js';
import type { ServiceContext } from '../core/context.js';
import { referenceIn } from '../reference/reference.js';
import { write } from '../write.js';
import { loadCatalog } from './catalog.js';
import { assertMayEnter, checkUnit, getForm } from './form.js';
import type { FormBody, FormView } from './schema.js';
import { requireSet, setPeriod } from './sets.js';

interface Change {
  index: number;
  element: string;
  cell: string;
  value: StoredValue | null;
  note: string | null | undefined;
}

const snapshot = (r: {
  elementCode: string;
  areaCode: string;
  period: string;
  donorCode: string | null;
  cell: string;
  valueInt: unknown;
  valueText: string | null;
  note: string | null;
}) => ({
  element: r.elementCode,
  area: r.areaCode,
  period: r.period,
  donor: r.donorCode,
  cell: r.cell,
  valueInt: r.valueInt === null ? null : String(r.valueInt),
  valueText: r.valueText,
  note: r.note,
});

export async function saveForm(ctx: ServiceContext, body: FormBody): Promise<FormView> {
  const donor = body.donor ?? null;
  await write(ctx, async (uow) => {
    const set = await requireSet({ ...ctx, db: uow.trx }, body.set, 'set');
    const [ref, catalog] = await Promise.all([
      referenceIn(uow.trx, uow.memo),
      loadCatalog(uow.trx),
    ]);
    checkUnit(ref, set, body.area, donor);
    const period = setPeriod(ref, set, body.period, 'period');
    assertMayEnter(ctx.actor, ref, body.area, donor);

    const errors: { field: string; problem: ProblemRef }[] = [];
    const changes: Change[] = [];
    const seen = new Set<string>();
    for (const [i, v] of body.values.entries()) {
      const at = `values.${i}`;
      const element = catalog.elements.get(v.element);
      if (!element) {
        errors.push({
          field: `${at}.element`,
          problem: problem('indicators.unknownItem', { code: v.element }),
        });
        continue;
      }
      if (!set.items.includes(v.element)) {
        errors.push({
          field: `${at}.element`,
          problem: problem('indicators.elementNotInSet', { element: v.element, set: set.code }),
        });
        continue;
      }
      const key =
        // A text has no cells (they could not be added up to a total).
        element.valueType === 'text' && cellKey(element, v.cell) !== ''
          ? { reason: 'unknownCategory' as const, name: Object.keys(v.cell ?? {})[0] ?? '' }
          : cellKey(element, v.cell);
      if (typeof key !== 'string') {
        errors.push({
          field: `${at}.cell`,
          problem: problem('indicators.badCell', { element: v.element, name: key.name }),
        });
        continue;
      }
      if (seen.has(`${v.element}|${key}`)) {
        errors.push({
          field: `${at}.element`,
          problem: problem('indicators.fieldTwice', { element: v.element }),
        });
        continue;
      }
      seen.add(`${v.element}|${key}`);
      if (v.value === null) {
        changes.push({ index: i, element: v.element, cell: key, value: null, note: v.note });
        continue;
      }
      const stored = storedValue(element, v.value);
      if ('code' in stored) {
        errors.push({ field: `${at}.value`, problem: problem(stored.code, stored.params) });
        continue;
      }
      changes.push({ index: i, element: v.element, cell: key, value: stored, note: v.note });
    }

    const codes = [...new Set(changes.map((c) => c.element))];
    const existing =
      codes.length === 0
        ? []
        : await uow.trx
            .selectFrom('indicatorValues')
            .selectAll()
            .where('elementCode', 'in', codes)
            .where('areaCode', '=', body.area)
            .where((eb) =>
              donor === null ? eb('donorCode', 'is', null) : eb('donorCode', '=', donor),
            )
            .where('periodStart', '<=', period.end)
            .where('periodEnd', '>=', period.start)
            .execute();
    for (const c of changes) {
      if (c.value === null) continue;
      const other = existing.find((r) => r.elementCode === c.element && r.period !== period.key);
      if (other) {
        errors.push({
          field: `values.${c.index}.element`,
          problem: problem('indicators.periodOverlap', { element: c.element, other: other.period }),
        });
      }
    }
    // After the batch, an element holds either its total or its cells.
    for (const code of codes) {
      const cells = new Set(
        existing
          .filter((r) => r.elementCode === code && r.period === period.key)
          .map((r) => r.cell),
      );
      for (const c of changes.filter((x) => x.element === code)) {
        if (c.value === null) cells.delete(c.cell);
        else cells.add(c.cell);
      }
      if (cells.has('') && cells.size > 1) {
        const c = changes.find((x) => x.element === code) as Change;
        errors.push({
          field: `values.${c.index}.cell`,
          problem: problem('indicators.mixedCells', { element: code }),
        });
      }
    }
    const [first] = errors;
    if (first) throw new InvalidInputError(first.problem, errors);

    const at = new Date().toISOString();
    const by = actorLabel(ctx.actor);
    for (const c of changes) {
      const row = existing.find(
        (r) => r.elementCode === c.element && r.period === period.key && r.cell === c.cell,
      );
      if (c.value === null) {
        if (!row) continue;
        await uow.trx.deleteFrom('indicatorValues').where('id', '=', row.id).execute();
        uow.record({
          action: 'delete',
          entityType: 'indicator-value',
          entityId: String(row.id),
          before: snapshot(row),
        });
        continue;
      }
      const fields = {
        valueInt: c.value.int,
        valueText: c.value.text,
        note: c.note === undefined ? (row?.note ?? null) : c.note,
      };
      if (row) {
        const same =
          (row.valueInt === null ? null : String(row.valueInt)) ===
            (fields.valueInt === null ? null : String(fields.valueInt)) &&
          row.valueText === fields.valueText &&
          row.note === fields.note;
        if (same) continue;
        await uow.trx
          .updateTable('indicatorValues')
          .set({ ...fields, enteredBy: by, updatedAt: at, version: row.version + 1 })
          .where('id', '=', row.id)
          .execute();
        uow.record({
          action: 'update',
          entityType: 'indicator-value',
          entityId: String(row.id),
          before: snapshot(row),
          after: snapshot({ ...row, ...fields }),
        });
      } else {
        const values = {
          elementCode: c.element,
          areaCode: body.area,
          period: period.key,
          periodStart: period.start,
          periodEnd: period.end,
          donorCode: donor,
          cell: c.cell,
          ...fields,
        };
        const { id } = await uow.trx
          .insertInto('indicatorValues')
          .values({ ...values, enteredBy: by, version: 1, createdAt: at, updatedAt: at })
          .returning('id')
          .executeTakeFirstOrThrow();
        uow.record({
          action: 'create',
          entityType: 'indicator-value',
          entityId: String(id),
          after: snapshot(values),
        });
      }
    }
  });
  return getForm(ctx, {
    set: body.set,
    area: body.area,
    period: body.period,
    ...(donor === null ? {} : { donor }),
  });
}
