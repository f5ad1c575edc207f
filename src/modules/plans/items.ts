/** Checks a plan's items against the projects: shared by saving a plan and by "what if". */
import type { Executor } from '../../db/database.js';
import { InvalidInputError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import type { OrgTree } from '../reference/trees.js';
import type { PlanItemInput } from './schema.js';

export interface ResolvedItem {
  projectId: number;
  code: string;
  plannedFen: number;
}

/**
 * Resolves each item's project and checks it: it exists and the caller may see it (an unseen
 * project is unknown, as a missing one: its programme and donors are not told; issue 12 defect
 * 5), belongs to the programme and has the plan's donor (or one of the donor's organisations)
 * among its donors; no project twice. The first fault is a 422 naming `items.N.project`.
 */
export async function resolveItems(
  db: Executor,
  orgs: OrgTree,
  plan: { programme: string; donor: string },
  items: readonly PlanItemInput[],
  seen: (ids: readonly number[]) => Promise<ReadonlySet<number>>,
): Promise<ResolvedItem[]> {
  if (items.length === 0) return [];
  const codes = [...new Set(items.map((i) => i.project))];
  const [projects, donors] = await Promise.all([
    db
      .selectFrom('projects')
      .select(['id', 'code', 'programmeCode'])
      .where('code', 'in', codes)
      .execute(),
    db
      .selectFrom('projectDonors as d')
      .innerJoin('projects as p', 'p.id', 'd.projectId')
      .select(['p.code', 'd.orgCode'])
      .where('p.code', 'in', codes)
      .execute(),
  ]);
  const visible = await seen(projects.map((p) => p.id));
  const byCode = new Map(projects.filter((p) => visible.has(p.id)).map((p) => [p.code, p]));
  const listed = new Set<string>();
  return items.map((item, n) => {
    const field = `items.${n}.project`;
    const project = byCode.get(item.project);
    if (!project)
      throw InvalidInputError.field(field, problem('project.unknown', { code: item.project }));
    if (project.programmeCode !== plan.programme) {
      throw InvalidInputError.field(
        field,
        problem('plan.itemProgramme', {
          project: item.project,
          programme: project.programmeCode,
          planProgramme: plan.programme,
        }),
      );
    }
    const funded = donors.some(
      (d) => d.code === item.project && orgs.pathOf(d.orgCode).includes(plan.donor),
    );
    if (!funded) {
      throw InvalidInputError.field(
        field,
        problem('plan.itemNotDonor', { donor: plan.donor, project: item.project }),
      );
    }
    if (listed.has(item.project)) {
      throw InvalidInputError.field(field, problem('plan.itemTwice', { project: item.project }));
    }
    listed.add(item.project);
    return { projectId: project.id, code: project.code, plannedFen: item.plannedFen };
  });
}

/** Refuses items that add up to more than the total (422 on `totalFen`). */
export function assertWithinTotal(totalFen: number, items: readonly ResolvedItem[]): void {
  const sum = items.reduce((s, i) => s + BigInt(i.plannedFen), 0n);
  if (sum > BigInt(totalFen)) {
    throw InvalidInputError.field(
      'totalFen',
      problem('plan.itemsOverTotal', { sum: Number(sum), total: totalFen }),
    );
  }
}
