/**
 * Data-quality findings: the declarative rules of `domain/data-quality.ts`, kept per project by
 * the `quality-findings` projection (projection.ts). One project's findings are evaluated from
 * its facts as it is read; the programme-wide list reads the stored findings by index, over the
 * projects the caller may see (the registry's own SQL visibility filter).
 */

import { type SqlBool, sql } from 'kysely';
import { evaluate, type Finding, RULES, type Severity } from '../../domain/data-quality.js';
import { InvalidInputError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import type { ServiceContext } from '../core/context.js';
import { hasDonorIn, visibleCondition, visibleProjects } from '../projects/repository.js';
import { readableProject } from '../projects/scope.js';
import { loadReference } from '../reference/reference.js';
import { qualityFactsOf } from './facts.js';
import { SEVERITY_RANK } from './projection.js';
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
  const { project, ref } = await readableProject(ctx, code);
  const findings = evaluate(qualityFactsOf(project, ref));
  return { project: project.row.code, findings, counts: countFindings(findings) };
}

/**
 * Findings programme-wide, over the projects the caller may see that match the project filters
 * (programme, year, donor subtree), then filtered by severity and rule and paged. Ordered by
 * severity, then project code, then rule order.
 */
export async function listQuality(ctx: Ctx, q: QualityListQuery): Promise<QualityList> {
  if (q.rule !== undefined && !RULES.some((r) => r.id === q.rule)) {
    throw InvalidInputError.field('rule', problem('quality.ruleUnknown', { rule: q.rule }));
  }
  const ref = await loadReference(ctx.db);
  if (q.donor !== undefined && !ref.orgs.has(q.donor)) {
    throw InvalidInputError.field('donor', problem('organisation.unknown', { code: q.donor }));
  }
  // The projects checked: visible to the caller, and matching the project filters.
  const visible = visibleProjects(ctx.actor, ref, { donor: q.donor });
  let projects = ctx.db.selectFrom('projects as p');
  if (visible) projects = projects.where(visible);
  if (q.programme) projects = projects.where('p.programmeCode', '=', q.programme);
  if (q.year !== undefined) projects = projects.where('p.year', '=', q.year);
  const donorOrgs = q.donor === undefined ? null : ref.orgs.subtree(q.donor);
  if (donorOrgs) projects = projects.where((eb) => hasDonorIn(eb.ref('p.id'), donorOrgs));
  // Their findings: the same filters on the finding's own copy of the project's fields.
  const seen = visibleCondition(ctx.actor, ref, { donor: q.donor });
  let findings = ctx.db.selectFrom('qualityFindings as f');
  if (q.programme) findings = findings.where('f.programmeCode', '=', q.programme);
  if (q.year !== undefined) findings = findings.where('f.year', '=', q.year);
  if (seen) {
    findings = findings.where((eb) =>
      seen(eb.ref('f.projectId'), sql<SqlBool>`${eb.ref('f.published')} = 1`),
    );
  }
  if (donorOrgs) findings = findings.where((eb) => hasDonorIn(eb.ref('f.projectId'), donorOrgs));
  const [projectCount, grouped] = await Promise.all([
    projects.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    findings
      .select((eb) => ['f.rule', 'f.severity', eb.fn.countAll<number | string>().as('n')])
      .groupBy(['f.rule', 'f.severity'])
      .execute(),
  ]);
  const bySeverity: Record<Severity, number> = { critical: 0, error: 0, warning: 0 };
  const byRule: Record<string, number> = {};
  let total = 0;
  for (const g of grouped) {
    const n = Number(g.n);
    bySeverity[g.severity] += n;
    byRule[g.rule] = (byRule[g.rule] ?? 0) + n;
    if (
      (q.severity === undefined || g.severity === q.severity) &&
      (q.rule === undefined || g.rule === q.rule)
    ) {
      total += n;
    }
  }
  let page = findings
    .innerJoin('projects as pj', 'pj.id', 'f.projectId')
    .select([
      'f.rule',
      'f.severity',
      'f.field',
      'f.messageZh',
      'f.messageEn',
      'f.projectCode',
      'pj.nameZh',
      'pj.nameEn',
      'pj.leadDonorCode',
    ]);
  if (q.severity) page = page.where('f.severityRank', '=', SEVERITY_RANK[q.severity]);
  if (q.rule) page = page.where('f.rule', '=', q.rule);
  const rows =
    total === 0
      ? []
      : await page
          .orderBy('f.severityRank')
          .orderBy('f.projectCode')
          .orderBy('f.ordinal')
          .limit(q.limit)
          .offset(q.offset)
          .execute();
  return {
    items: rows.map((r) => ({
      rule: r.rule,
      severity: r.severity,
      field: r.field,
      message: { zh: r.messageZh, en: r.messageEn },
      project: {
        code: r.projectCode,
        name: r.nameZh,
        nameEn: r.nameEn,
        leadDonor: r.leadDonorCode,
      },
    })),
    total,
    projects: Number(projectCount.n),
    counts: { bySeverity, byRule },
  };
}
