/**
 * The home page's figures for the caller: the programme's for the programme office and
 * auditors, its own donors' for a donor editor, its own areas' for a recipient editor, and only
 * counts of published projects for anyone else. A donor editor never sees another donor's
 * unpublished figures: every figure is narrowed to its donors' projects (rates weighted by its
 * donors' shares, warnings of its donors' projects, rules of its own donors).
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { type Actor, grantsOf, hasRole } from '../../domain/access.js';
import { InvalidInputError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { PROJECT_WARNING_KINDS, type ProjectWarningKind } from '../../domain/warnings.js';
import { authorize, can } from '../access/authorize.js';
import { yearsWithParts } from '../compliance/repository.js';
import { complianceReport } from '../compliance/service.js';
import type { ServiceContext } from '../core/context.js';
import { ratesOf } from '../ledger/rates.js';
import { hasDonorIn, isLocatedIn } from '../projects/repository.js';
import { loadReference, type Reference } from '../reference/reference.js';
import type { SummaryQuery, SummaryView } from './schema.js';

type Scope =
  | { kind: 'programme' }
  | { kind: 'donor'; donors: string[] }
  | { kind: 'area'; areas: string[] }
  | { kind: 'public' };

/**
 * Whose figures the actor gets, from its grants: unscoped (programme office, auditors, an
 * unscoped editor) the programme; else a donor editor's organisations; else a recipient
 * editor's areas; else published projects only.
 */
export function summaryScopeOf(actor: Actor): Scope {
  if (actor.kind === 'system' || hasRole(actor, 'coordinator', 'auditor')) {
    return { kind: 'programme' };
  }
  const donorGrants = grantsOf(actor, 'donor-editor').filter((g) => g.areaCode === null);
  const areaGrants = grantsOf(actor, 'recipient-editor').filter((g) => g.orgCode === null);
  if (donorGrants.some((g) => g.orgCode === null) || areaGrants.some((g) => g.areaCode === null)) {
    return { kind: 'programme' };
  }
  const donors = [...new Set(donorGrants.map((g) => g.orgCode as string))].sort();
  if (donors.length > 0) return { kind: 'donor', donors };
  const areas = [...new Set(areaGrants.map((g) => g.areaCode as string))].sort();
  if (areas.length > 0) return { kind: 'area', areas };
  return { kind: 'public' };
}

/** The scope's projects `projectId`, as a condition (null: every project of the programme). */
function scopeCondition(ref: Reference, scope: Scope) {
  switch (scope.kind) {
    case 'programme':
      return null;
    case 'donor': {
      const orgs = [...new Set(scope.donors.flatMap((d) => ref.orgs.subtree(d)))];
      return (id: Expression<number>, _published: Expression<SqlBool>) => hasDonorIn(id, orgs);
    }
    case 'area': {
      const areas = [...new Set(scope.areas.flatMap((a) => ref.areas.subtree(a)))];
      return (id: Expression<number>, _published: Expression<SqlBool>) => isLocatedIn(id, areas);
    }
    case 'public':
      return (_id: Expression<number>, published: Expression<SqlBool>) => published;
  }
}

/**
 * How many of the scope's projects the programme has, and in the year. Read from
 * `project_figures` (one narrow row per project with its programme and year, indexed by both:
 * the programme's count is an index-only read), not from the wide project rows; only the
 * published projects' count needs `projects` (publication is not in the figures).
 */
async function projectCounts(
  db: Executor,
  programme: string,
  year: number,
  scope: Scope,
  condition: ReturnType<typeof scopeCondition>,
) {
  const inYear = (column: string) =>
    sql<number | string>`sum(case when ${sql.ref(column)} = ${year} then 1 else 0 end)`;
  const row =
    scope.kind === 'public'
      ? await db
          .selectFrom('projects as p')
          .where('p.programmeCode', '=', programme)
          .where('p.publishedAt', 'is not', null)
          .select((eb) => [
            eb.fn.countAll<number | string>().as('n'),
            inYear('p.year').as('inYear'),
          ])
          .executeTakeFirstOrThrow()
      : await db
          .selectFrom('projectFigures as f')
          .where('f.programmeCode', '=', programme)
          .where((eb) =>
            condition ? condition(eb.ref('f.projectId'), sql<SqlBool>`1 = 1`) : sql<SqlBool>`1 = 1`,
          )
          .select((eb) => [
            eb.fn.countAll<number | string>().as('n'),
            inYear('f.year').as('inYear'),
          ])
          .executeTakeFirstOrThrow();
  return { projects: Number(row.n), projectsInYear: Number(row.inYear ?? 0) };
}

/** Open and acknowledged warnings of the scope's projects, by kind. */
async function warningsByKind(
  db: Executor,
  programme: string,
  condition: ReturnType<typeof scopeCondition>,
) {
  let query = db
    .selectFrom('warnings as w')
    .innerJoin('projects as p', 'p.id', 'w.projectId')
    .where('p.programmeCode', '=', programme)
    .where('w.status', 'in', ['open', 'acknowledged']);
  if (condition) {
    query = query.where((eb) =>
      condition(eb.ref('p.id'), sql<SqlBool>`${eb.ref('p.publishedAt')} is not null`),
    );
  }
  const rows = await query
    .select((eb) => ['w.kind', eb.fn.countAll<number | string>().as('n')])
    .groupBy('w.kind')
    .execute();
  const counts = new Map(rows.map((r) => [r.kind, Number(r.n)]));
  const byKind = PROJECT_WARNING_KINDS.map((kind: ProjectWarningKind) => ({
    kind,
    count: counts.get(kind) ?? 0,
  }));
  return { open: byKind.reduce((s, k) => s + k.count, 0), byKind };
}

/**
 * The caller's home figures for a programme and year (default: the latest year with actual
 * disbursements).
 *
 * @throws InvalidInputError for an unknown programme
 */
export async function getSummary(ctx: ServiceContext, q: SummaryQuery): Promise<SummaryView> {
  authorize(ctx.actor, 'summary.read');
  const ref = await loadReference(ctx.db);
  if (!ref.programmes.has(q.programme)) {
    throw InvalidInputError.field('programme', problem('programme.unknown', { code: q.programme }));
  }
  // Read once: the compliance report below is given them rather than reading them again.
  const years = await yearsWithParts(ctx.db, q.programme, 'actual');
  const year = q.year ?? years[0] ?? new Date().getUTCFullYear();
  const scope = summaryScopeOf(ctx.actor);
  const condition = scopeCondition(ref, scope);
  const donors = scope.kind === 'donor' ? scope.donors.filter((d) => ref.orgs.has(d)) : [];
  const areas = scope.kind === 'area' ? scope.areas.filter((a) => ref.areas.has(a)) : [];
  const areaRows = areas.flatMap((code) => {
    const a = ref.areas.get(code);
    return a ? [a] : [];
  });

  const rulesWanted = scope.kind !== 'public' && can(ctx.actor, 'compliance.read');
  const [report, progress, warnings, counts] = await Promise.all([
    rulesWanted
      ? complianceReport(ctx, { programme: q.programme, year, basis: 'actual' }, years)
      : null,
    // Several donors or areas: one progress over all of them, each project once.
    scope.kind === 'programme'
      ? ratesOf(ctx.db, ref, { programme: q.programme, year })
      : donors.length > 0
        ? ratesOf(ctx.db, ref, { programme: q.programme, year, donors })
        : areaRows.length > 0
          ? ratesOf(ctx.db, ref, { programme: q.programme, year, areas: areaRows })
          : null,
    scope.kind === 'public' ? null : warningsByKind(ctx.db, q.programme, condition),
    projectCounts(ctx.db, q.programme, year, scope, condition),
  ]);
  const thresholds = ref.thresholdsFor(q.programme, year);
  return {
    programme: q.programme,
    year,
    years,
    scope: scope.kind,
    donors: donors.map((code) => {
      const org = ref.orgs.get(code);
      return { code, name: org?.name ?? code, nameEn: org?.nameEn ?? code };
    }),
    areas: areas.flatMap((code) => {
      const a = ref.areas.get(code);
      return a
        ? [{ code: a.code, name: a.name, nameEn: a.nameEn, nameUg: a.nameUg, level: a.level }]
        : [];
    }),
    rules: report
      ? {
          items: report.items.map((i) => ({
            donor: i.donor,
            totalFen: i.totalFen,
            countyAndBelowBp: i.countyAndBelowBp,
            livelihoodBp: i.livelihoodBp,
            countyAndBelowOk: i.countyAndBelowOk,
            livelihoodOk: i.livelihoodOk,
          })),
          totals: report.totals,
          thresholds: thresholds
            ? {
                countyAndBelowBp: thresholds.countyAndBelowBp,
                livelihoodBp: thresholds.livelihoodBp,
              }
            : null,
        }
      : null,
    progress: progress ? (({ scope: _scope, ...rest }) => rest)(progress) : null,
    warnings,
    counts,
  };
}
