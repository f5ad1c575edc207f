/**
 * Rates per programme and year, narrowed to a donor, an area and/or a project; and one row per
 * donor. Four grouped queries whatever the size of the ledger (projects of the year, their donors,
 * their locations in the area, their actual transactions summed per project and type); the
 * weighting and the rates are exact integer arithmetic in {@link RateAccumulator}.
 */
import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { grantsOf, hasRole } from '../../domain/access.js';
import { InvalidInputError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { authorize, can } from '../access/authorize.js';
import { descendantPrefixLength } from '../areas/repository.js';
import type { ServiceContext } from '../core/context.js';
import { hasDonorIn } from '../projects/repository.js';
import { canReadProject, loadScopes } from '../projects/scope.js';
import { loadReference, type Reference } from '../reference/reference.js';
import { type ProjectFigures, RateAccumulator } from './rates-math.js';
import type { DonorRatesQuery, DonorRatesView, RatesQuery, RatesView } from './rates-schema.js';

type Ctx = ServiceContext;

interface Scope {
  programme: string;
  year: number;
  project?: string | undefined;
}

/**
 * The projects of the programme and year (and code) as the rates need them (project-figures);
 * with `donorOrgs`, only the projects with a donor among them (the others weigh nothing).
 */
async function loadFigures(
  db: Executor,
  scope: Scope,
  donorOrgs?: readonly string[],
  areaPrefixes?: readonly string[],
): Promise<Map<number, ProjectFigures>> {
  let query = db
    .selectFrom('projectFigures as f')
    .select([
      'f.projectId',
      'f.stage',
      'f.stageBeforeSuspension',
      'f.budgetFen',
      'f.committedFen',
      'f.arrivedFen',
      'f.disbursedFen',
      'f.expendedFen',
    ])
    .where('f.programmeCode', '=', scope.programme)
    .where('f.year', '=', scope.year);
  if (scope.project !== undefined) query = query.where('f.projectCode', '=', scope.project);
  if (donorOrgs !== undefined) {
    query = query.where((eb) => hasDonorIn(eb.ref('f.projectId'), donorOrgs));
  }
  if (areaPrefixes !== undefined) {
    // Only the projects located in the areas weigh anything (see loadAreaShares): probed per
    // project of the year by the locations' primary key, as loadAreaShares reads them.
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('projectLocations as l')
          .select('l.projectId')
          .whereRef('l.projectId', '=', 'f.projectId')
          .where((e) => e.or(areaPrefixes.map((p) => e('l.areaCode', 'like', `${p}%`)))),
      ),
    );
  }
  const rows = await query.execute();
  return new Map(
    rows.map((f) => [
      Number(f.projectId),
      {
        stage: f.stage,
        stageBeforeSuspension: f.stageBeforeSuspension,
        budgetFen: Number(f.budgetFen),
        sums: {
          commitment: Number(f.committedFen),
          arrival: Number(f.arrivedFen),
          disbursement: Number(f.disbursedFen),
          expenditure: Number(f.expendedFen),
        },
      },
    ]),
  );
}

/** Each project's donors with their shares (only donors among `orgs`, when given). */
function loadDonorShares(db: Executor, scope: Scope, orgs?: readonly string[]) {
  let query = db
    .selectFrom('projectDonors as d')
    .innerJoin('projectFigures as f', 'f.projectId', 'd.projectId')
    .select(['d.projectId', 'd.orgCode', 'd.shareBp'])
    .where('f.programmeCode', '=', scope.programme)
    .where('f.year', '=', scope.year);
  if (scope.project !== undefined) query = query.where('f.projectCode', '=', scope.project);
  if (orgs !== undefined)
    query = query.where('d.orgCode', 'in', orgs.length > 0 ? [...orgs] : ['']);
  return query.execute();
}

/** The code prefix of the area's subtree. */
function areaPrefixOf(area: { code: string; level: string }): string {
  return area.code.slice(0, descendantPrefixLength(area.level));
}

/**
 * The rates of every project of the programme and year at weight 1, from sums grouped by stage
 * in the database (a dozen rows) rather than a row per project (20,000 a year at national
 * scale). The sums are read as text: exact past 2^53 on both engines (decision 0031).
 */
async function unweightedRates(db: Executor, scope: Scope): Promise<RateAccumulator> {
  const sum = (column: string, unlessCancelled = false) =>
    sql<string>`cast(sum(${
      unlessCancelled
        ? sql`case when f.stage = 'cancelled' then 0 else ${sql.ref(column)} end`
        : sql.ref(column)
    }) as text)`;
  let query = db
    .selectFrom('projectFigures as f')
    .select((eb) => [
      'f.stage',
      'f.stageBeforeSuspension',
      eb.fn.countAll<number | string>().as('projects'),
      sum('f.budgetFen', true).as('budgetFen'),
      sum('f.committedFen').as('committedFen'),
      sum('f.arrivedFen').as('arrivedFen'),
      sum('f.disbursedFen').as('disbursedFen'),
      sum('f.expendedFen').as('expendedFen'),
    ])
    .where('f.programmeCode', '=', scope.programme)
    .where('f.year', '=', scope.year)
    .groupBy(['f.stage', 'f.stageBeforeSuspension']);
  if (scope.project !== undefined) query = query.where('f.projectCode', '=', scope.project);
  const acc = new RateAccumulator(1n);
  for (const g of await query.execute()) {
    acc.addGroup(
      {
        stage: g.stage,
        stageBeforeSuspension: g.stageBeforeSuspension,
        projects: Number(g.projects),
      },
      {
        budgetFen: BigInt(g.budgetFen ?? 0),
        committedFen: BigInt(g.committedFen ?? 0),
        arrivedFen: BigInt(g.arrivedFen ?? 0),
        disbursedFen: BigInt(g.disbursedFen ?? 0),
        expendedFen: BigInt(g.expendedFen ?? 0),
      },
    );
  }
  return acc;
}

/**
 * Each project's share (bp) located in the subtrees of the areas: every location counted once,
 * so a project located in two of them (or in a county of a prefecture also given) counts once.
 */
async function loadAreaShares(
  db: Executor,
  scope: Scope,
  areas: readonly { code: string; level: string }[],
): Promise<Map<number, number>> {
  const prefixes = areas.map(areaPrefixOf);
  let query = db
    .selectFrom('projectLocations as l')
    .innerJoin('projectFigures as f', 'f.projectId', 'l.projectId')
    .select('l.projectId')
    .select((eb) => eb.fn.sum<number | string>('l.shareBp').as('bp'))
    .where('f.programmeCode', '=', scope.programme)
    .where('f.year', '=', scope.year)
    .where((eb) => eb.or(prefixes.map((prefix) => eb('l.areaCode', 'like', `${prefix}%`))))
    .groupBy('l.projectId');
  if (scope.project !== undefined) query = query.where('f.projectCode', '=', scope.project);
  return new Map((await query.execute()).map((r) => [r.projectId, Number(r.bp)]));
}

function assertProgramme(ref: Reference, code: string): void {
  if (!ref.programmes.has(code))
    throw InvalidInputError.field('programme', problem('programme.unknown', { code }));
}

/**
 * The donor whose figures a caller gets when it names none: everyone's for the programme office
 * and auditors; its own for a donor editor (it must name one when it acts for several).
 */
function defaultDonor(ctx: Ctx): string | undefined {
  if (ctx.actor.kind !== 'user' || hasRole(ctx.actor, 'coordinator', 'auditor')) return undefined;
  const grants = grantsOf(ctx.actor, 'donor-editor');
  if (grants.some((g) => g.orgCode === null)) return undefined;
  const codes = [...new Set(grants.map((g) => g.orgCode as string))];
  if (codes.length === 1) return codes[0];
  throw InvalidInputError.field(
    'donor',
    problem('rates.donorRequired', { donors: codes.join(', ') }),
  );
}

/** Rates for a programme and year, narrowed by donor, area and project. */
export async function getRates(ctx: Ctx, q: RatesQuery): Promise<RatesView> {
  authorize(ctx.actor, 'rates.read');
  const ref = await loadReference(ctx.db);
  assertProgramme(ref, q.programme);
  const orgs = ref.orgs;
  const donor = q.donor ?? defaultDonor(ctx);
  if (donor !== undefined) {
    if (!orgs.has(donor))
      throw InvalidInputError.field('donor', problem('organisation.unknown', { code: donor }));
    authorize(ctx.actor, 'rates.read', { orgPath: orgs.pathOf(donor) });
  }
  const area = q.area === undefined ? undefined : ref.areas.get(q.area);
  if (q.area !== undefined && !area)
    throw InvalidInputError.field('area', problem('area.unknown', { code: q.area }));
  if (q.project !== undefined) {
    const found = await ctx.db
      .selectFrom('projects')
      .select('id')
      .where('code', '=', q.project)
      .where('programmeCode', '=', q.programme)
      .executeTakeFirst();
    // A project the caller may not see is answered as one that is not there (issue 12 defect 5).
    const scope = found ? (await loadScopes(ctx.db, ref, [found.id])).get(found.id) : undefined;
    if (!found || !scope || !canReadProject(ctx, scope)) {
      throw InvalidInputError.field(
        'project',
        problem('rates.projectNotInProgramme', { project: q.project, programme: q.programme }),
      );
    }
  }

  return ratesOf(ctx.db, ref, { ...q, donor, area });
}

/**
 * The rates of a programme's year, narrowed to donors, areas and/or a project, without an
 * access check: for a use case that has already decided what its caller may see (the home
 * page's figures of a donor editor's or a recipient editor's own). With several donors a
 * project weighs the sum of their shares (each donor row once: a project of two of them counts
 * once, not twice); with several areas, the sum of its location shares inside any of them.
 */
export async function ratesOf(
  db: Executor,
  ref: Reference,
  q: {
    programme: string;
    year: number;
    donor?: string | undefined;
    area?: { code: string; level: string } | undefined;
    donors?: readonly string[] | undefined;
    areas?: readonly { code: string; level: string }[] | undefined;
    project?: string | undefined;
  },
): Promise<RatesView> {
  const orgs = ref.orgs;
  const wantedDonors = q.donors ?? (q.donor === undefined ? undefined : [q.donor]);
  const wantedAreas = q.areas ?? (q.area === undefined ? undefined : [q.area]);
  const scope: Scope = { programme: q.programme, year: q.year, project: q.project };
  // Only the donors' subtrees can count for them (see countsFor below).
  const donorOrgs =
    wantedDonors === undefined
      ? undefined
      : [...new Set(wantedDonors.flatMap((d) => orgs.subtree(d)))];
  const view = (acc: RateAccumulator): RatesView => ({
    scope: {
      programme: q.programme,
      year: q.year,
      donor: wantedDonors?.length === 1 ? (wantedDonors[0] as string) : null,
      area: wantedAreas?.length === 1 ? (wantedAreas[0] as { code: string }).code : null,
      project: q.project ?? null,
    },
    ...acc.result(),
  });
  if (donorOrgs === undefined && wantedAreas === undefined) {
    return view(await unweightedRates(db, scope));
  }
  const [figures, donorShares, areaShares] = await Promise.all([
    loadFigures(db, scope, donorOrgs, wantedAreas?.map(areaPrefixOf)),
    donorOrgs === undefined ? undefined : loadDonorShares(db, scope, donorOrgs),
    wantedAreas === undefined ? undefined : loadAreaShares(db, scope, wantedAreas),
  ]);
  // An organisation's money counts for a wanted donor when the donor lies on its path with no
  // other programme donor in between (Guangdong's figures leave out Shenzhen's, as the donor
  // rows do, unless Shenzhen is wanted too).
  const donors =
    wantedDonors === undefined ? new Set<string>() : new Set(ref.topLevelDonors(q.programme));
  const countsFor = (org: string) => {
    const path = orgs.pathOf(org);
    return (wantedDonors ?? []).some((donor) => {
      const at = path.indexOf(donor);
      return at >= 0 && !path.slice(0, at).some((c) => donors.has(c));
    });
  };
  const donorWeight = new Map<number, number>();
  for (const d of donorShares ?? []) {
    if (countsFor(d.orgCode)) {
      donorWeight.set(d.projectId, (donorWeight.get(d.projectId) ?? 0) + d.shareBp);
    }
  }
  let scale = 1n;
  if (donorShares) scale *= 10000n;
  if (areaShares) scale *= 10000n;
  const acc = new RateAccumulator(scale);
  for (const [id, f] of figures) {
    let weight = 1n;
    if (donorShares) weight *= BigInt(Math.min(10000, donorWeight.get(id) ?? 0));
    if (areaShares) weight *= BigInt(Math.min(10000, areaShares.get(id) ?? 0));
    acc.add(f, weight);
  }
  return view(acc);
}

/**
 * One row of rates per donor of the programme's national pairings. Money given through an
 * organisation counts for the nearest such donor on its path (an HQ for its province, Hangzhou
 * for Zhejiang, Shenzhen for itself), else for its root; each project is weighted by the
 * donor's share. A donor editor gets its own donors' rows only.
 */
export async function getDonorRates(ctx: Ctx, q: DonorRatesQuery): Promise<DonorRatesView> {
  authorize(ctx.actor, 'rates.read');
  const ref = await loadReference(ctx.db);
  assertProgramme(ref, q.programme);
  const scope: Scope = { programme: q.programme, year: q.year };
  const orgs = ref.orgs;
  const donors = new Set(ref.topLevelDonors(q.programme));
  const [figures, shares] = await Promise.all([
    loadFigures(ctx.db, scope),
    loadDonorShares(ctx.db, scope),
  ]);
  const weights = new Map<string, Map<number, number>>();
  for (const s of shares) {
    const path = orgs.pathOf(s.orgCode);
    const donor = path.find((c) => donors.has(c)) ?? orgs.rootOf(s.orgCode);
    const byProject = weights.get(donor) ?? new Map<number, number>();
    byProject.set(s.projectId, (byProject.get(s.projectId) ?? 0) + s.shareBp);
    weights.set(donor, byProject);
  }
  const codes = [...new Set([...donors, ...weights.keys()])].filter((code) =>
    can(ctx.actor, 'rates.read', { orgPath: orgs.pathOf(code) }),
  );
  const names =
    codes.length === 0
      ? []
      : await ctx.db
          .selectFrom('organisations')
          .select(['code', 'name', 'nameEn'])
          .where('code', 'in', codes)
          .orderBy('code')
          .execute();
  const items = names.map((d) => {
    const acc = new RateAccumulator(10000n);
    for (const [id, bp] of weights.get(d.code) ?? []) {
      const f = figures.get(id);
      if (f) acc.add(f, BigInt(bp));
    }
    return { donor: { code: d.code, name: d.name, nameEn: d.nameEn }, ...acc.result() };
  });
  return { scope: { programme: q.programme, year: q.year }, items };
}
