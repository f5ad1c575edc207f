/**
 * Projects as a kind (decision 0050): created through `createProject`, idempotent by code (a code
 * that exists is skipped, whoever owns it, as the API's create answers 409 for any code taken),
 * exported from the registry's own visibility condition with their donor shares and locations.
 */
import { problem } from '../../domain/problems.js';
import type { ServiceContext } from '../core/context.js';
import { createProject } from '../projects/create.js';
import { filteredProjects, type ProjectFilters } from '../projects/registry.js';
import { type CreateProjectData, projectListQuery } from '../projects/schema.js';
import { loadReference } from '../reference/reference.js';
import { writeShares } from './cells.js';
import { PROJECT_COLUMNS } from './columns.js';
import {
  type ExportFilters,
  type ExportRecord,
  type KindHandler,
  orderedRecords,
  pastRow,
} from './kind-handler.js';
import { existingCodes, keyOf } from './rows.js';

const BUDGET = PROJECT_COLUMNS.find((c) => c.field === 'budgetFen') ?? null;

/**
 * The registry's filters (`GET /api/projects`) without its paging and sorting (an export is in id
 * order): the projects export's, and the ledger's (the entries of the projects they select).
 */
export const registryFilters = projectListQuery.omit({
  limit: true,
  offset: true,
  sort: true,
  order: true,
});

export const projectHandler: KindHandler = {
  complete(row, options) {
    if (row.body.programme === undefined && options.programme) {
      row.body.programme = options.programme;
    }
    const budget = row.body.budgetFen;
    if (typeof budget === 'number' && budget > 0 && budget < 100_000) {
      row.problems.push({
        severity: 'warning',
        ref: problem('import.looksLikeWanYuan', { value: budget / 100 }),
        column: BUDGET,
        value: String(budget / 100),
      });
    }
  },
  identity: keyOf,
  async checker(ctx, rows) {
    const existing = await existingCodes(ctx, rows);
    return async (row) =>
      existing.has(row.key)
        ? { severity: 'warning', ref: problem('import.exists', { code: row.key }) }
        : null;
  },
  async apply(ctx, row) {
    await createProject(ctx, row.body as CreateProjectData);
  },
  filters: registryFilters,
  records: projectRecords,
};

/** The projects the caller may see that the registry's filters select (its own query). */
async function* projectRecords(
  ctx: ServiceContext,
  filters: ExportFilters,
): AsyncGenerator<ExportRecord> {
  const ref = await loadReference(ctx.db);
  const selected = filteredProjects(ctx, ref, filters as ProjectFilters, { withArea: true });
  // The registry's default order: by code (decision 0082).
  const page = (last: { code: string; id: number } | undefined, size: number) => {
    let q = selected.selectAll('p').orderBy('p.code').orderBy('p.id').limit(size);
    if (last) q = q.where(pastRow('p.code', 'p.id', 'asc', last.code, last.id));
    return q.execute();
  };
  yield* orderedRecords(page, async function* (rows) {
    const ids = rows.map((r) => Number(r.id));
    const [donors, locations] = await Promise.all([
      ctx.db
        .selectFrom('projectDonors')
        .select(['projectId', 'orgCode', 'shareBp'])
        .where('projectId', 'in', ids)
        .orderBy('projectId')
        .orderBy('shareBp', 'desc')
        .orderBy('orgCode')
        .execute(),
      ctx.db
        .selectFrom('projectLocations')
        .select(['projectId', 'areaCode', 'shareBp'])
        .where('projectId', 'in', ids)
        .orderBy('projectId')
        .orderBy('shareBp', 'desc')
        .orderBy('areaCode')
        .execute(),
    ]);
    const group = <T extends { projectId: number }>(list: T[]) => {
      const m = new Map<number, T[]>();
      for (const x of list) m.set(Number(x.projectId), [...(m.get(Number(x.projectId)) ?? []), x]);
      return m;
    };
    const donorsOf = group(donors);
    const placesOf = group(locations);
    for (const p of rows) {
      const id = Number(p.id);
      const ds = donorsOf.get(id) ?? [];
      yield {
        code: p.code,
        'name.zh': p.nameZh,
        'name.en': p.nameEn,
        programme: p.programmeCode,
        donor: p.leadDonorCode,
        donors:
          ds.length > 1
            ? writeShares(ds.map((d) => ({ code: d.orgCode, shareBp: Number(d.shareBp) })))
            : null,
        type: p.typeCode,
        stage: p.stage,
        budgetFen: Number(p.budgetFen),
        year: Number(p.year),
        approvalDate: p.approvalDate,
        locations: writeShares(
          (placesOf.get(id) ?? []).map((l) => ({ code: l.areaCode, shareBp: Number(l.shareBp) })),
        ),
        implementingOrg: p.implementingOrgCode,
        deliveryMode: p.deliveryMode,
        livelihoodShareBp: Number(p.livelihoodShareBp),
        livelihoodReason: p.livelihoodReason,
        fixedAsset: Number(p.fixedAsset) === 1,
        continuing: Number(p.continuing) === 1,
        published: p.publishedAt !== null,
        stageBeforeSuspension: p.stageBeforeSuspension,
        stageReason: p.stageReason,
      };
    }
  });
}
