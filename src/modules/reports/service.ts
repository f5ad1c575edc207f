/**
 * The annual work report of a donor or of a recipient area for a year (issue 11 point 4,
 * decision 0058): gathered through the existing services — the analytics measures, the
 * compliance report, the project registry, the batches and the warning queue — each of which
 * holds only what the caller may see. Nothing here reads a table of its own.
 */
import { ForbiddenError, InvalidInputError, NotFoundError } from '../../domain/errors.js';
import { type ExactFen, exactFen } from '../../domain/money.js';
import { problem } from '../../domain/problems.js';
import { STAGES } from '../../domain/stages.js';
import { authorize, can } from '../access/authorize.js';
import { queryAnalytics } from '../analytics/query.js';
import type { AnalyticsQueryBody, AnalyticsQueryView } from '../analytics/schema.js';
import { complianceReport } from '../compliance/service.js';
import type { ServiceContext } from '../core/context.js';
import { configuredMeasureSetOf } from '../measures.js';
import { listBatches } from '../people/batches.js';
import { listProjects } from '../projects/registry.js';
import { loadReference, type Reference } from '../reference/reference.js';
import { listWarnings } from '../warnings/service.js';
import { stageName } from './labels.js';
import type { ReportKind, ReportView } from './schema.js';

type Ctx = ServiceContext;
type Row = AnalyticsQueryView['rows'][number];
type Filters = { donor?: string; area?: string };
type AnalyticsFilters = AnalyticsQueryBody['filters'];

/** How many of the largest projects, open warnings and batches the report lists. */
export const LARGEST = 10;
const OPEN_LISTED = 10;
const BATCHES_LISTED = 12;

const fenOf = (v: Row[string] | undefined): ExactFen =>
  typeof v === 'bigint' ? exactFen(v) : typeof v === 'number' ? v : 0;
const countOf = (v: Row[string] | undefined): number =>
  typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : 0;

/** A section the caller's grants refuse as a whole is null, not an error for the whole report. */
async function seen<T>(run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof ForbiddenError) return null;
    throw err;
  }
}

function period(year: number) {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The subject as the report names it. @throws NotFoundError for an unknown donor or area */
function subjectOf(ref: Reference, kind: ReportKind, code: string) {
  if (kind === 'donor') {
    const org = ref.orgs.get(code);
    if (!org) throw new NotFoundError(problem('organisation.notFound', { code }));
    return { code, name: org.name, nameEn: org.nameEn ?? org.name, level: null };
  }
  const area = ref.areas.get(code);
  if (!area) throw new NotFoundError(problem('area.notFound', { code }));
  return { code, name: area.name, nameEn: area.nameEn ?? area.name, level: area.level };
}

function orgNamed(ref: Reference, code: string) {
  const o = ref.orgs.get(code);
  return { code, name: o?.name ?? code, nameEn: o?.nameEn ?? o?.name ?? code };
}

function areaNamed(ref: Reference, code: string) {
  const a = ref.areas.get(code);
  return { code, name: a?.name ?? code, nameEn: a?.nameEn ?? a?.name ?? code };
}

/**
 * The annual report of a donor (`kind` donor, an organisation code) or of an area (any level),
 * for a year.
 *
 * @throws NotFoundError for an unknown donor or area; ForbiddenError for a donor's report the
 *   caller may not read (another donor's editor, a recipient editor, a viewer)
 */
export async function annualReport(
  ctx: Ctx,
  kind: ReportKind,
  code: string,
  year: number,
): Promise<ReportView> {
  const ref = await loadReference(ctx.db);
  const subject = subjectOf(ref, kind, code);
  if (kind === 'donor') authorize(ctx.actor, 'reports.donor', { orgPath: ref.orgs.pathOf(code) });
  else authorize(ctx.actor, 'reports.area');
  const filters: Filters = kind === 'donor' ? { donor: code } : { area: code };
  const inYear = { ...filters, period: period(year) };
  // The other side of each line: a donor's money by recipient prefecture, an area's by donor.
  const by = kind === 'donor' ? 'area' : 'donor';
  const nameBy = (key: string) => (by === 'area' ? areaNamed(ref, key) : orgNamed(ref, key));
  const ask = (measures: string[], dimensions: string[] = [], f: AnalyticsFilters = inYear) =>
    queryAnalytics(ctx, { measures, dimensions, filters: f, totals: false });

  const money = ['committed_fen', 'arrived_fen', 'disbursed_fen', 'spent_fen'];
  const fundsOf = (r: Row | undefined) => ({
    committedFen: fenOf(r?.committed_fen),
    arrivedFen: fenOf(r?.arrived_fen),
    disbursedFen: fenOf(r?.disbursed_fen),
    spentFen: fenOf(r?.spent_fen),
  });

  const [
    fundsTotal,
    fundsBy,
    byStage,
    byType,
    projectTotal,
    largest,
    people,
    training,
    companies,
    sales,
    indicators,
    warnings,
  ] = await Promise.all([
    seen(async () => fundsOf((await ask(money)).rows[0])),
    seen(async () =>
      (await ask(money, [by])).rows
        .filter((r) => r[by] !== null)
        .map((r) => ({ ...nameBy(String(r[by])), ...fundsOf(r) }))
        .sort((a, b) => Number(BigInt(b.committedFen) - BigInt(a.committedFen))),
    ),
    ask(['projects'], ['stage']),
    ask(['projects'], ['projectType']),
    ask(['projects', 'jobs_created']),
    listProjects(ctx, {
      ...filters,
      year,
      sort: '-budgetFen',
      limit: LARGEST,
      offset: 0,
    }),
    seen(() => peopleOf(ctx, ref, kind, code, filters, inYear, nameBy, by)),
    seen(async () => {
      const r = (await ask(['people_trained', 'training_person_times', 'training_jobs_found']))
        .rows[0];
      return {
        peopleTrained: countOf(r?.people_trained),
        personTimes: countOf(r?.training_person_times),
        jobsFound: countOf(r?.training_jobs_found),
      };
    }),
    seen(async () => {
      const r = (await ask(['companies', 'company_investment_fen', 'company_jobs', 'cases_open']))
        .rows[0];
      return {
        companies: countOf(r?.companies),
        investmentFen: fenOf(r?.company_investment_fen),
        jobs: countOf(r?.company_jobs),
        casesOpen: countOf(r?.cases_open),
      };
    }),
    seen(async () => {
      const [total, lines] = await Promise.all([
        ask(['consumption_sales_fen']),
        ask(['consumption_sales_fen'], [by]),
      ]);
      return {
        salesFen: fenOf(total.rows[0]?.consumption_sales_fen),
        byCounterpart: lines.rows
          .filter((r) => r[by] !== null)
          .map((r) => ({ ...nameBy(String(r[by])), salesFen: fenOf(r.consumption_sales_fen) }))
          .sort((a, b) => Number(BigInt(b.salesFen) - BigInt(a.salesFen))),
      };
    }),
    indicatorsOf(ctx, inYear),
    warningsOf(ctx, filters),
  ]);

  const keyedStage = STAGES.map((stage) => {
    const row = byStage.rows.find((r) => r.stage === stage);
    return {
      key: stage,
      name: stageName(stage, 'zh'),
      nameEn: stageName(stage, 'en'),
      projects: countOf(row?.projects),
    };
  }).filter((s) => s.projects > 0);
  const keyedType = byType.rows
    .filter((r) => r.projectType !== null)
    .map((r) => {
      const t = ref.projectTypes.get(String(r.projectType));
      return {
        key: String(r.projectType),
        name: t?.name ?? String(r.projectType),
        nameEn: t?.nameEn ?? String(r.projectType),
        projects: countOf(r.projects),
      };
    })
    .sort((a, b) => b.projects - a.projects || a.key.localeCompare(b.key));

  return {
    kind,
    subject,
    year,
    generatedAt: new Date().toISOString(),
    funds: fundsTotal,
    fundsBy,
    rules: await rulesOf(ctx, ref, kind, code, year, fundsBy),
    projects: {
      total: countOf(projectTotal.rows[0]?.projects),
      jobsCreated: countOf(projectTotal.rows[0]?.jobs_created),
      byStage: keyedStage,
      byType: keyedType,
    },
    largestProjects: largest.items.map((p) => ({
      code: p.code,
      name: p.name.zh,
      nameEn: p.name.en,
      donor: { code: p.donor, name: p.donorName, nameEn: p.donorNameEn ?? p.donorName },
      type: p.type,
      stage: p.stage,
      budgetFen: p.budgetFen,
      areas: p.locations.map((l) => ({
        code: l.code,
        name: l.name,
        nameEn: l.nameEn,
        nameUg: l.nameUg,
      })),
    })),
    people,
    training,
    companies,
    sales,
    indicators,
    warnings,
  };
}

async function peopleOf(
  ctx: Ctx,
  ref: Reference,
  kind: ReportKind,
  code: string,
  filters: Filters,
  inYear: AnalyticsFilters,
  nameBy: (key: string) => { code: string; name: string; nameEn: string },
  by: string,
) {
  const ask = (measures: string[], dimensions: string[], f: AnalyticsFilters) =>
    queryAnalytics(ctx, { measures, dimensions, filters: f, totals: false });
  const [sent, serving, lines, batches] = await Promise.all([
    ask(['people_sent', 'people_sent_flexible'], [], inYear),
    ask(['people_serving', 'people_serving_flexible'], [], filters),
    ask(['people_sent'], [by], inYear),
    kind === 'donor' ? listBatches(ctx, { donor: code }) : Promise.resolve([]),
  ]);
  const yearEnd = inYear.period?.to ?? '9999-12-31';
  return {
    sent: countOf(sent.rows[0]?.people_sent),
    sentFlexible: countOf(sent.rows[0]?.people_sent_flexible),
    servingNow: countOf(serving.rows[0]?.people_serving),
    servingFlexibleNow: countOf(serving.rows[0]?.people_serving_flexible),
    byCounterpart: lines.rows
      .filter((r) => r[by] !== null)
      .map((r) => ({ ...nameBy(String(r[by])), sent: countOf(r.people_sent) }))
      .sort((a, b) => b.sent - a.sent),
    batches: batches
      .filter((b) => b.startsOn === null || b.startsOn <= yearEnd)
      .slice(0, BATCHES_LISTED)
      .map((b) => ({
        number: b.number,
        name: b.name,
        startsOn: b.startsOn,
        programme: b.programme,
        donor: orgNamed(ref, b.donor.code),
      })),
  };
}

/**
 * The two rules for the year on both bases: the donor's own in each programme it reports in; for
 * an area, those of each donor with money there that the caller may see (over all its areas).
 */
async function rulesOf(
  ctx: Ctx,
  ref: Reference,
  kind: ReportKind,
  code: string,
  year: number,
  fundsBy: { code: string }[] | null,
): Promise<ReportView['rules']> {
  if (!can(ctx.actor, 'compliance.read')) return null;
  const donors =
    kind === 'donor' ? [ref.orgs.rootOf(code)] : [...new Set((fundsBy ?? []).map((l) => l.code))];
  const out: NonNullable<ReportView['rules']> = [];
  for (const programme of [...ref.programmes.values()].sort((a, b) =>
    a.code.localeCompare(b.code),
  )) {
    const reportable = new Set(ref.topLevelDonors(programme.code));
    for (const donor of donors.filter((d) => reportable.has(d)).sort()) {
      if (!can(ctx.actor, 'compliance.read', { orgPath: ref.orgs.pathOf(donor) })) continue;
      for (const basis of ['plan', 'actual'] as const) {
        const report = await complianceReport(ctx, {
          programme: programme.code,
          year,
          basis,
          donor,
        });
        for (const l of report.items) {
          out.push({
            programme: { code: programme.code, name: programme.name, nameEn: programme.nameEn },
            basis,
            donor: l.donor,
            totalFen: l.totalFen,
            countyAndBelowFen: l.countyAndBelowFen,
            livelihoodFen: l.livelihoodFen,
            countyAndBelowBp: l.countyAndBelowBp,
            livelihoodBp: l.livelihoodBp,
            thresholds: l.thresholds,
            countyAndBelowOk: l.countyAndBelowOk,
            livelihoodOk: l.livelihoodOk,
            marginFen: l.marginFen,
          });
        }
      }
    }
  }
  return out;
}

/**
 * The configured outcome indicators (decision 0048) for the subject and year: each data element
 * and indicator asked on its own (one that cannot be filtered so is left out); those with no
 * value are left out too.
 */
async function indicatorsOf(ctx: Ctx, inYear: AnalyticsFilters): Promise<ReportView['indicators']> {
  const set = await configuredMeasureSetOf(ctx.db);
  const out: ReportView['indicators'] = [];
  for (const m of set.measures) {
    let value: Row[string] | undefined;
    try {
      value = (
        await queryAnalytics(ctx, {
          measures: [m.name],
          dimensions: [],
          filters: inYear,
          totals: false,
        })
      ).rows[0]?.[m.name];
    } catch (err) {
      if (err instanceof InvalidInputError || err instanceof ForbiddenError) continue;
      throw err;
    }
    if (value === null || value === undefined) continue;
    if (typeof value === 'string') continue;
    out.push({
      code: m.name,
      name: m.label.zh,
      nameEn: m.label.en,
      unit: m.unit,
      value: typeof value === 'bigint' ? exactFen(value) : value,
    });
  }
  return out;
}

/** The warnings about the subject by status as they stand, and the newest open ones. */
async function warningsOf(ctx: Ctx, filters: Filters): Promise<ReportView['warnings']> {
  const ask = (status: 'open' | 'acknowledged' | 'resolved' | 'dismissed', limit: number) =>
    listWarnings(ctx, { ...filters, status, limit, offset: 0 });
  const [open, acknowledged, resolved, dismissed] = await Promise.all([
    ask('open', OPEN_LISTED),
    ask('acknowledged', 1),
    ask('resolved', 1),
    ask('dismissed', 1),
  ]);
  return {
    open: open.total,
    acknowledged: acknowledged.total,
    resolved: resolved.total,
    dismissed: dismissed.total,
    openItems: open.items.map((w) => ({
      id: w.id,
      kind: w.kind,
      status: w.status,
      subject: w.project?.name ?? w.person?.name ?? w.company?.name ?? w.area?.name ?? '',
      detectedAt: w.detectedAt,
    })),
  };
}
