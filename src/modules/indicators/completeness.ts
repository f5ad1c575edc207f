/**
 * Reporting completeness (decision 0048): for an indicator set and a period, each reporting unit
 * (area, optionally with a donor) with how many of the set's data elements it has entered —
 * complete, partial, missing (nothing yet), or late (incomplete after the due date).
 */
import { sql } from 'kysely';
import { todayUtc } from '../../domain/dates.js';
import { dueDateOf } from '../../domain/indicators.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { loadReference } from '../reference/reference.js';
import { loadCatalog } from './catalog.js';
import { statusOf } from './form.js';
import { namedArea, namedOrg } from './presenters.js';
import type { CompletenessView } from './schema.js';
import { requireSet, setPeriod } from './sets.js';

export async function completeness(
  ctx: ServiceContext,
  q: { set: string; period: string; asOf?: string | undefined },
): Promise<CompletenessView> {
  authorize(ctx.actor, 'indicators.read');
  const set = await requireSet(ctx, q.set, 'set');
  const [ref, catalog] = await Promise.all([loadReference(ctx.db), loadCatalog(ctx.db)]);
  const period = setPeriod(ref, set, q.period, 'period');
  const elements = set.items.filter((c) => catalog.elements.has(c));
  const entered =
    elements.length === 0
      ? []
      : await ctx.db
          .selectFrom('indicatorValues')
          .select([
            'areaCode',
            'donorCode',
            'elementCode',
            sql<string>`max(updated_at)`.as('lastAt'),
          ])
          .where('elementCode', 'in', elements)
          .where('period', '=', period.key)
          .groupBy(['areaCode', 'donorCode', 'elementCode'])
          .execute();
  const dueDate = dueDateOf(period, set.dueDays);
  const asOf = q.asOf ?? todayUtc();
  const reporters = set.reporters.map((r) => {
    const mine = entered.filter((e) => e.areaCode === r.areaCode && e.donorCode === r.donorCode);
    const have = new Set(mine.map((e) => e.elementCode));
    const missing = elements.filter((c) => !have.has(c));
    const last =
      mine
        .map((e) => String(e.lastAt))
        .sort()
        .at(-1) ?? null;
    return {
      area: namedArea(ref, r.areaCode),
      donor: namedOrg(ref, r.donorCode),
      status: statusOf(missing.length === 0, have.size, dueDate, asOf),
      entered: have.size,
      expected: elements.length,
      missing,
      lastEnteredAt: last,
    };
  });
  const count = (s: string) => reporters.filter((r) => r.status === s).length;
  return {
    set: { code: set.code, name: set.name, nameEn: set.nameEn },
    period: period.key,
    dueDate,
    asOf,
    reporters,
    summary: {
      complete: count('complete'),
      partial: count('partial'),
      missing: count('missing'),
      late: count('late'),
    },
  };
}
