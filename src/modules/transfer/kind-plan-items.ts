/**
 * Annual plan items (年度计划项) as a kind (decision 0056): one row per project of a donor's plan
 * for a programme and year, with the plan's total. A row goes through the plans' own use cases:
 * the first row of a plan that does not exist drafts it (`createPlan`, the total required), a row
 * of a plan that exists adds its project (`updatePlan` with the items it has plus this one, so
 * every rule of the API applies: the project seen, of the programme, funded by the donor, the
 * items within the total, the plan still a draft or returned). Idempotent by plan and project: a
 * project the plan lists already is skipped (an import does not change existing items). Exported
 * from the plans the caller may read.
 */
import type { z } from 'zod';
import { InvalidInputError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { can } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { planListQuery } from '../plans/schema.js';
import { createPlan, filteredPlans, updatePlan } from '../plans/service.js';
import { loadReference } from '../reference/reference.js';
import type { Column } from './columns.js';
import { PLAN_ITEM_COLUMNS } from './columns-plan-items.js';
import type { ExportFilters, ExportRecord, KindHandler } from './kind-handler.js';
import type { Row } from './rows.js';

const TOTAL = PLAN_ITEM_COLUMNS.find((c) => c.field === 'totalFen') as Column;

interface PlanItemRow {
  programme: string;
  donor: string;
  year: number;
  totalFen?: number;
  project: string;
  plannedFen: number;
}

const planKey = (b: { programme: string; donor: string; year: number }) =>
  `${b.programme}|${b.donor}|${Number(b.year)}`;

async function findPlan(ctx: ServiceContext, b: PlanItemRow) {
  return ctx.db
    .selectFrom('plans')
    .select(['id', 'totalFen'])
    .where('programmeCode', '=', b.programme)
    .where('donorCode', '=', b.donor)
    .where('year', '=', b.year)
    .executeTakeFirst();
}

/** The plans list's filters (`GET /api/plans`) without its paging. */
const planFilters = planListQuery.omit({ limit: true, offset: true });

export const planItemHandler: KindHandler = {
  complete(row, options) {
    if (row.body.programme === undefined && options.programme) {
      row.body.programme = options.programme;
    }
  },
  identity: (row: Row) => `${planKey(row.body as unknown as PlanItemRow)}|${row.key}`,
  async checker(ctx) {
    const { orgs } = await loadReference(ctx.db);
    return async (row) => {
      const b = row.body as unknown as PlanItemRow;
      if (!can(ctx.actor, 'plans.write', { orgPath: orgs.pathOf(b.donor) })) {
        return {
          severity: 'error',
          ref: problem('import.outOfScope', { code: b.donor }),
          field: 'donor',
        };
      }
      const plan = await findPlan(ctx, b);
      if (!plan) return null;
      const listed = await ctx.db
        .selectFrom('planItems as i')
        .innerJoin('projects as p', 'p.id', 'i.projectId')
        .select('p.code')
        .where('i.planId', '=', plan.id)
        .where('p.code', '=', b.project)
        .executeTakeFirst();
      return listed
        ? {
            severity: 'warning',
            ref: problem('import.exists', { code: `${b.donor} ${b.year}: ${b.project}` }),
          }
        : null;
    };
  },
  async apply(ctx, row, options) {
    const b = row.body as unknown as PlanItemRow;
    const item = { project: b.project, plannedFen: b.plannedFen };
    const plan = await findPlan(ctx, b);
    if (!plan) {
      if (b.totalFen === undefined) {
        throw InvalidInputError.field(
          'totalFen',
          problem('import.required', { column: TOTAL.header[options.lang] }),
        );
      }
      await createPlan(ctx, {
        programme: b.programme,
        donor: b.donor,
        year: b.year,
        totalFen: b.totalFen,
        items: [item],
      });
      return;
    }
    const items = await ctx.db
      .selectFrom('planItems as i')
      .innerJoin('projects as p', 'p.id', 'i.projectId')
      .select(['p.code', 'i.plannedFen'])
      .where('i.planId', '=', plan.id)
      .orderBy('p.code')
      .execute();
    await updatePlan(ctx, plan.id, {
      totalFen: b.totalFen ?? Number(plan.totalFen),
      items: [...items.map((i) => ({ project: i.code, plannedFen: Number(i.plannedFen) })), item],
    });
  },
  filters: planFilters,
  records: planItemRecords,
};

/**
 * Every item of the plans the caller may read that the list's filters select (the list's own
 * query), by plan and project code.
 */
async function* planItemRecords(
  ctx: ServiceContext,
  filters: ExportFilters,
): AsyncGenerator<ExportRecord> {
  const { orgs } = await loadReference(ctx.db);
  const plans = await filteredPlans(ctx, filters as z.infer<typeof planFilters>)
    .orderBy('pl.id')
    .execute();
  for (const plan of plans) {
    if (!can(ctx.actor, 'plans.read', { orgPath: orgs.pathOf(plan.donorCode) })) continue;
    const items = await ctx.db
      .selectFrom('planItems as i')
      .innerJoin('projects as p', 'p.id', 'i.projectId')
      .select(['p.code', 'i.plannedFen'])
      .where('i.planId', '=', plan.id)
      .orderBy('p.code')
      .execute();
    for (const i of items) {
      yield {
        programme: plan.programmeCode,
        donor: plan.donorCode,
        year: Number(plan.year),
        totalFen: Number(plan.totalFen),
        project: i.code,
        plannedFen: Number(i.plannedFen),
      };
    }
  }
}
