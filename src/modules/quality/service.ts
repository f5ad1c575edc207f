/**
 * Data-quality findings: the declarative rules of `domain/data-quality.ts` run over facts loaded
 * in bulk, for one project (as visible as the project) or programme-wide (only the projects the
 * caller may see, by the registry's own SQL visibility filter).
 */
import { evaluate, type Finding, RULES, type Severity } from '../../domain/data-quality.js';
import { InvalidInputError } from '../../domain/errors.js';
import type { ServiceContext } from '../../http/types.js';
import { findOrganisation } from '../organisations/repository.js';
import { hasDonorUnder, visibleProjects } from '../projects/repository.js';
import { readableProject } from '../projects/service.js';
import { loadProjectFacts } from './facts.js';
import type { QualityList, QualityListQuery } from './schema.js';

type Ctx = ServiceContext;

/** The rule catalogue, most severe first. */
export function listRules() {
  return {
    items: RULES.map((r) => ({ id: r.id, severity: r.severity, description: r.description })),
  };
}

function countFindings(findings: readonly Pick<Finding, 'rule' | 'severity'>[]) {
  const bySeverity: Record<Severity, number> = { critical: 0, error: 0, warning: 0 };
  const byRule: Record<string, number> = {};
  for (const f of findings) {
    bySeverity[f.severity] += 1;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  }
  return { bySeverity, byRule };
}

/** The findings of one project. @throws NotFoundError when there is none or the caller may not see it */
export async function projectQuality(ctx: Ctx, code: string) {
  const { row } = await readableProject(ctx, code);
  const [facts] = await loadProjectFacts(ctx.db, [row.id]);
  const findings = facts ? evaluate(facts) : [];
  return { project: row.code, findings, counts: countFindings(findings) };
}

/**
 * Findings programme-wide, over the projects the caller may see that match the project filters
 * (programme, year, donor subtree), then filtered by severity and rule and paged. Ordered by
 * severity, then project code.
 */
export async function listQuality(ctx: Ctx, q: QualityListQuery): Promise<QualityList> {
  if (q.rule !== undefined && !RULES.some((r) => r.id === q.rule)) {
    throw InvalidInputError.field('rule', `no rule ${q.rule}; see /api/quality/rules`);
  }
  if (q.donor !== undefined && !(await findOrganisation(ctx.db, q.donor))) {
    throw InvalidInputError.field('donor', `no organisation ${q.donor}`);
  }
  let query = ctx.db
    .selectFrom('projects as p')
    .select(['p.id', 'p.code', 'p.nameZh', 'p.nameEn', 'p.leadDonorCode']);
  if (ctx.actor.kind === 'anonymous') query = query.where('p.publishedAt', 'is not', null);
  else {
    const visible = visibleProjects(ctx.actor);
    if (visible) query = query.where(visible);
  }
  if (q.programme) query = query.where('p.programmeCode', '=', q.programme);
  if (q.year !== undefined) query = query.where('p.year', '=', q.year);
  if (q.donor) {
    const donor = q.donor;
    query = query.where((eb) => hasDonorUnder(eb, donor));
  }
  const projects = await query.orderBy('p.code').execute();
  const byId = new Map(projects.map((p) => [p.id, p]));
  const facts = await loadProjectFacts(
    ctx.db,
    projects.map((p) => p.id),
  );
  const all = facts.flatMap((f) => {
    const p = byId.get(f.id);
    const project = {
      code: f.code,
      name: p?.nameZh ?? '',
      nameEn: p?.nameEn ?? null,
      leadDonor: p?.leadDonorCode ?? '',
    };
    return evaluate(f).map((finding) => ({ ...finding, project }));
  });
  const rank: Record<Severity, number> = { critical: 0, error: 1, warning: 2 };
  const matching = all
    .filter(
      (f) =>
        (q.severity === undefined || f.severity === q.severity) &&
        (q.rule === undefined || f.rule === q.rule),
    )
    .sort(
      (a, b) =>
        rank[a.severity] - rank[b.severity] ||
        (a.project.code < b.project.code ? -1 : a.project.code > b.project.code ? 1 : 0),
    );
  return {
    items: matching.slice(q.offset, q.offset + q.limit),
    total: matching.length,
    projects: projects.length,
    counts: countFindings(all),
  };
}
