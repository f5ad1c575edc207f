/**
 * Use cases of projects: create (at any stage), read (visibility-filtered), change, list. Stage
 * moves, results and documents build on `writeProject` (transitions.ts, results.ts,
 * documents.ts). Every write is one transaction with one history entry and a version bump.
 */
import type { Transaction, Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { DB, ProjectsTable } from '../../db/schema.js';
import { todayUtc } from '../../domain/dates.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.js';
import type { Stage } from '../../domain/stages.js';
import type { ServiceContext } from '../../http/types.js';
import { authorize, can } from '../access/authorize.js';
import { findArea } from '../areas/repository.js';
import { refreshComplianceParts } from '../compliance/parts.js';
import { recordHistory } from '../history/service.js';
import { findOrganisation, organisationPath } from '../organisations/repository.js';
import { classifyLocation } from '../pairings/donors.js';
import { assertUpdated, assertVersion, inTransaction } from '../tx.js';
import type { ProjectScope } from './policy.js';
import {
  type ProjectSections,
  presentProject,
  presentSummary,
  projectSnapshot,
} from './presenters.js';
import {
  findProject,
  loadParts,
  locatedUnder,
  matchesText,
  orgSubtree,
  type ProjectParts,
  type ProjectRow,
  projectScope,
  visibleProjects,
} from './repository.js';
import { checkLocations, type DonorShare, resolveDonors, resolveLivelihood } from './rules.js';
import type {
  CreateProjectData,
  ProjectListQuery,
  ProjectView,
  ResultInput,
  UpdateProjectInput,
} from './schema.js';
import { refreshProjectSearch } from './search.js';

type Ctx = ServiceContext;
type StageDatesInput = CreateProjectData['stageDates'];
type StageDateInput = { planned?: string | null | undefined; actual?: string | null | undefined };

/** The parts of a view computed beside the rows (see {@link ProjectSections}). */
async function projectSections(
  db: Executor,
  row: ProjectRow,
  parts: ProjectParts,
): Promise<ProjectSections> {
  const date = row.approvalDate ?? todayUtc();
  const classifications = new Map<string, 'in-pair' | 'cross-pair'>();
  for (const l of parts.locations) {
    const c = await classifyLocation(db, {
      donorCode: row.leadDonorCode,
      areaCode: l.areaCode,
      date,
      programme: row.programmeCode,
    });
    classifications.set(l.areaCode, c.classification);
  }
  return { classifications, classifiedOn: date };
}

async function present(db: Executor, row: ProjectRow, parts?: ProjectParts): Promise<ProjectView> {
  const p = parts ?? (await loadParts(db, row.id));
  return presentProject(row, p, await projectSections(db, row, p));
}

async function scopeOf(db: Executor, row: ProjectRow, parts: ProjectParts): Promise<ProjectScope> {
  return projectScope(
    db,
    row,
    parts.donors.map((d) => d.orgCode),
    parts.locations.map((l) => l.areaCode),
  );
}

/** Whether the actor may see the project (anonymous callers: published ones). */
function canRead(ctx: Ctx, scope: ProjectScope): boolean {
  return scope.published || can(ctx.actor, 'projects.read', scope);
}

/**
 * A project the actor may see, with its parts. A project it may not see is reported exactly as
 * one that does not exist (404), so its existence does not leak.
 */
export async function readableProject(ctx: Ctx, code: string) {
  const row = await findProject(ctx.db, code);
  const notFound = () => new NotFoundError(`no project ${code}`);
  if (!row) throw notFound();
  const parts = await loadParts(ctx.db, row.id);
  if (!canRead(ctx, await scopeOf(ctx.db, row, parts))) throw notFound();
  return { row, parts };
}

/** One project as the actor may see it. @throws NotFoundError (also when not visible) */
export async function getProject(ctx: Ctx, code: string): Promise<ProjectView> {
  const { row, parts } = await readableProject(ctx, code);
  return present(ctx.db, row, parts);
}

/** What a write use case receives: the project before, its parts and scope. */
export interface WriteState {
  trx: Transaction<DB>;
  row: ProjectRow;
  parts: ProjectParts;
  scope: ProjectScope;
}

/**
 * One write on a project: in one transaction, load it (404), let `check` authorize, compare the
 * expected version (409), apply `change` (which may write parts and returns the columns to set),
 * bump the version, and record one history entry with the before and after snapshots.
 */
export async function writeProject(
  ctx: Ctx,
  code: string,
  options: {
    action: string;
    expectedVersion?: number | undefined;
    check: (state: WriteState) => void | Promise<void>;
    change: (state: WriteState) => Promise<Updateable<ProjectsTable>>;
  },
): Promise<ProjectView> {
  return inTransaction(ctx.db, async (trx) => {
    const row = await findProject(trx, code);
    if (!row) throw new NotFoundError(`no project ${code}`);
    const parts = await loadParts(trx, row.id);
    const state = { trx, row, parts, scope: await scopeOf(trx, row, parts) };
    await options.check(state);
    assertVersion(options.expectedVersion, row.version, `project ${code}`);
    const set = await options.change(state);
    const result = await trx
      .updateTable('projects')
      .set({ ...set, version: row.version + 1, updatedAt: new Date().toISOString() })
      .where('id', '=', row.id)
      .where('version', '=', row.version)
      .executeTakeFirst();
    assertUpdated(result, `project ${code}`);
    await refreshComplianceParts(trx, [row.id]);
    await refreshProjectSearch(trx, [row.id]);
    const after = await findProject(trx, code);
    if (!after) throw new Error(`project ${code} vanished`);
    const afterParts = await loadParts(trx, after.id);
    await recordHistory(trx, {
      actor: ctx.actor,
      action: options.action,
      entityType: 'project',
      entityId: code,
      before: projectSnapshot(row, parts),
      after: projectSnapshot(after, afterParts),
      requestId: ctx.requestId ?? null,
    });
    return present(trx, after, afterParts);
  });
}

/** The organisation path of each donor; an unknown one is a 422 on its field. */
async function donorPaths(
  db: Executor,
  shares: readonly DonorShare[],
  listed: boolean,
): Promise<string[][]> {
  return Promise.all(
    shares.map(async (d, i) => {
      const path = await organisationPath(db, d.org);
      if (path.length === 0) {
        throw InvalidInputError.field(
          listed ? `donors.${i}.org` : 'donor',
          `no organisation ${d.org}`,
        );
      }
      return path;
    }),
  );
}

async function assertProgramme(db: Executor, code: string): Promise<void> {
  const found = await db
    .selectFrom('programmes')
    .select('code')
    .where('code', '=', code)
    .executeTakeFirst();
  if (!found) throw InvalidInputError.field('programme', `no programme ${code}`);
}

async function projectType(db: Executor, code: string) {
  const type = await db
    .selectFrom('projectTypes')
    .selectAll()
    .where('code', '=', code)
    .executeTakeFirst();
  if (!type)
    throw InvalidInputError.field('type', `no project type ${code}; see /api/project-types`);
  return type;
}

async function assertOrganisation(db: Executor, field: string, code: string | null | undefined) {
  if (code != null && !(await findOrganisation(db, code))) {
    throw InvalidInputError.field(field, `no organisation ${code}`);
  }
}

async function assertAreas(db: Executor, locations: readonly { area: string }[]): Promise<void> {
  for (const [i, l] of locations.entries()) {
    if (!(await findArea(db, l.area))) {
      throw InvalidInputError.field(`locations.${i}.area`, `no area ${l.area}`);
    }
  }
}

/** A suspended project names the stage it was suspended from; suspended and cancelled a reason. */
function checkInitialStage(input: CreateProjectData): void {
  if (input.stage === 'suspended' && !input.stageBeforeSuspension) {
    throw InvalidInputError.field('stageBeforeSuspension', 'name the stage it was suspended from');
  }
  if ((input.stage === 'suspended' || input.stage === 'cancelled') && !input.stageReason) {
    throw InvalidInputError.field('stageReason', `say why the project is ${input.stage}`);
  }
  if (input.stageBeforeSuspension && input.stage !== 'suspended' && input.stage !== 'cancelled') {
    throw InvalidInputError.field(
      'stageBeforeSuspension',
      'only for a suspended or cancelled project',
    );
  }
}

async function writeDonors(trx: Transaction<DB>, projectId: number, shares: DonorShare[]) {
  await trx.deleteFrom('projectDonors').where('projectId', '=', projectId).execute();
  await trx
    .insertInto('projectDonors')
    .values(shares.map((d) => ({ projectId, orgCode: d.org, shareBp: d.shareBp })))
    .execute();
}

async function writeLocations(
  trx: Transaction<DB>,
  projectId: number,
  locations: readonly { area: string; shareBp: number }[],
) {
  await trx.deleteFrom('projectLocations').where('projectId', '=', projectId).execute();
  if (locations.length === 0) return;
  await trx
    .insertInto('projectLocations')
    .values(locations.map((l) => ({ projectId, areaCode: l.area, shareBp: l.shareBp })))
    .execute();
}

/** Merges planned / actual dates: a date given replaces, null clears, absent keeps. */
async function writeStageDates(
  trx: Transaction<DB>,
  projectId: number,
  dates: StageDatesInput,
  existing: ProjectParts['stageDates'] = [],
) {
  const entries = Object.entries(dates ?? {}) as [Stage, StageDateInput | undefined][];
  for (const [stage, given] of entries) {
    if (!given) continue;
    const old = existing.find((d) => d.stage === stage);
    const plannedDate = given.planned === undefined ? (old?.plannedDate ?? null) : given.planned;
    const actualDate = given.actual === undefined ? (old?.actualDate ?? null) : given.actual;
    if (plannedDate === null && actualDate === null) {
      await trx
        .deleteFrom('projectStageDates')
        .where('projectId', '=', projectId)
        .where('stage', '=', stage)
        .execute();
      continue;
    }
    await trx
      .insertInto('projectStageDates')
      .values({ projectId, stage, plannedDate, actualDate })
      .onConflict((oc) =>
        oc.columns(['projectId', 'stage']).doUpdateSet({ plannedDate, actualDate }),
      )
      .execute();
  }
}

/** Replaces a project's results. */
export async function writeResults(
  trx: Transaction<DB>,
  projectId: number,
  results: readonly ResultInput[],
) {
  await trx.deleteFrom('projectResults').where('projectId', '=', projectId).execute();
  if (results.length === 0) return;
  await trx
    .insertInto('projectResults')
    .values(
      results.map((r) => ({
        projectId,
        metric: r.metric,
        planned: r.planned ? 1 : 0,
        value: r.value,
        female: r.female ?? null,
        male: r.male ?? null,
        ethnicMinority: r.ethnicMinority ?? null,
        asOf: r.asOf ?? null,
        note: r.note ?? null,
      })),
    )
    .execute();
}

function yearOf(date: string | null): number {
  return date ? Number(date.slice(0, 4)) : new Date().getUTCFullYear();
}

/**
 * Creates a project at any stage (existing projects are entered mid-way). The actor must cover
 * every donor. Shares, codes, the type and the livelihood override are checked; each refusal
 * names its field and nothing is written.
 */
export async function createProject(ctx: Ctx, input: CreateProjectData): Promise<ProjectView> {
  const listed = input.donors !== undefined && input.donors.length > 0;
  const { lead, shares } = resolveDonors(input);
  checkLocations(input.locations);
  checkInitialStage(input);
  return inTransaction(ctx.db, async (trx) => {
    authorize(ctx.actor, 'projects.write', { donorPaths: await donorPaths(trx, shares, listed) });
    if (await findProject(trx, input.code)) {
      throw new ConflictError(`project ${input.code} already exists`, [
        { field: 'code', message: `project ${input.code} already exists` },
      ]);
    }
    await assertProgramme(trx, input.programme);
    const type = await projectType(trx, input.type);
    const livelihood = resolveLivelihood(
      type.defaultLivelihoodBp,
      input.livelihoodShareBp ?? type.defaultLivelihoodBp,
      input.livelihoodReason,
    );
    await assertOrganisation(trx, 'implementingOrg', input.implementingOrg);
    await assertAreas(trx, input.locations);
    const approvalDate = input.approvalDate ?? input.stageDates?.approved?.actual ?? null;
    const at = new Date().toISOString();
    const { id } = await trx
      .insertInto('projects')
      .values({
        code: input.code,
        programmeCode: input.programme,
        nameZh: input.name.zh,
        nameEn: input.name.en ?? null,
        nameUg: input.name.ug ?? null,
        typeCode: type.code,
        ...livelihood,
        fixedAsset: input.fixedAsset ? 1 : 0,
        deliveryMode: input.deliveryMode ?? null,
        continuing: input.continuing ? 1 : 0,
        stage: input.stage,
        stageBeforeSuspension: input.stageBeforeSuspension ?? null,
        stageReason: input.stageReason ?? null,
        budgetFen: input.budgetFen,
        implementingOrgCode: input.implementingOrg ?? null,
        leadDonorCode: lead,
        year: input.year ?? yearOf(approvalDate),
        approvalDate,
        publishedAt: input.published ? at : null,
        createdAt: at,
        updatedAt: at,
        version: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeDonors(trx, id, shares);
    await writeLocations(trx, id, input.locations);
    await writeStageDates(trx, id, input.stageDates);
    await writeResults(trx, id, input.results ?? []);
    await refreshComplianceParts(trx, [id]);
    await refreshProjectSearch(trx, [id]);
    const row = await findProject(trx, input.code);
    if (!row) throw new Error(`project ${input.code} vanished`);
    const parts = await loadParts(trx, id);
    await recordHistory(trx, {
      actor: ctx.actor,
      action: 'create',
      entityType: 'project',
      entityId: input.code,
      after: projectSnapshot(row, parts),
      requestId: ctx.requestId ?? null,
    });
    return present(trx, row, parts);
  });
}

/**
 * Changes a project's fields, donors, locations, type, livelihood share, stage dates or
 * publication. Not its stage (see transitions.ts) nor its code. The actor must cover every
 * donor, before and after.
 */
export async function updateProject(
  ctx: Ctx,
  code: string,
  input: UpdateProjectInput,
  expectedVersion?: number,
): Promise<ProjectView> {
  if (input.code !== undefined && input.code !== code) {
    throw InvalidInputError.field('code', 'a project code does not change');
  }
  return writeProject(ctx, code, {
    action: 'update',
    expectedVersion: expectedVersion ?? input.version,
    check: ({ scope }) => authorize(ctx.actor, 'projects.write', scope),
    change: async ({ trx, row, parts }) => {
      if (input.stage !== undefined && input.stage !== row.stage) {
        throw InvalidInputError.field(
          'stage',
          `stages change through POST /api/projects/${code}/transitions (${row.stage} → ${input.stage})`,
        );
      }
      const set: Updateable<ProjectsTable> = {};
      if (input.donor !== undefined || input.donors !== undefined) {
        const listed = input.donors !== undefined && input.donors.length > 0;
        const keep = !listed && input.donor === row.leadDonorCode;
        if (!keep) {
          const { lead, shares } = resolveDonors(input);
          authorize(ctx.actor, 'projects.write', {
            donorPaths: await donorPaths(trx, shares, listed),
          });
          await writeDonors(trx, row.id, shares);
          set.leadDonorCode = lead;
        }
      }
      if (input.locations !== undefined) {
        checkLocations(input.locations);
        await assertAreas(trx, input.locations);
        await writeLocations(trx, row.id, input.locations);
      }
      if (input.programme !== undefined) {
        await assertProgramme(trx, input.programme);
        set.programmeCode = input.programme;
      }
      if (
        input.type !== undefined ||
        input.livelihoodShareBp !== undefined ||
        input.livelihoodReason !== undefined
      ) {
        const type = await projectType(trx, input.type ?? row.typeCode);
        const followsType = type.code !== row.typeCode && row.livelihoodReason === null;
        const share =
          input.livelihoodShareBp ??
          (followsType ? type.defaultLivelihoodBp : row.livelihoodShareBp);
        const reason =
          input.livelihoodReason === undefined ? row.livelihoodReason : input.livelihoodReason;
        Object.assign(
          set,
          { typeCode: type.code },
          resolveLivelihood(type.defaultLivelihoodBp, share, reason),
        );
      }
      if (input.implementingOrg !== undefined) {
        await assertOrganisation(trx, 'implementingOrg', input.implementingOrg);
        set.implementingOrgCode = input.implementingOrg;
      }
      if (input.name !== undefined) {
        set.nameZh = input.name.zh;
        if (input.name.en !== undefined) set.nameEn = input.name.en;
        if (input.name.ug !== undefined) set.nameUg = input.name.ug;
      }
      if (input.fixedAsset !== undefined) set.fixedAsset = input.fixedAsset ? 1 : 0;
      if (input.continuing !== undefined) set.continuing = input.continuing ? 1 : 0;
      if (input.deliveryMode !== undefined) set.deliveryMode = input.deliveryMode;
      if (input.budgetFen !== undefined) set.budgetFen = input.budgetFen;
      if (input.year !== undefined) set.year = input.year;
      if (input.approvalDate !== undefined) set.approvalDate = input.approvalDate;
      if (input.published !== undefined) {
        set.publishedAt = input.published ? (row.publishedAt ?? new Date().toISOString()) : null;
      }
      if (input.stageDates !== undefined) {
        await writeStageDates(trx, row.id, input.stageDates, parts.stageDates);
      }
      return set;
    },
  });
}

function sortOf(q: ProjectListQuery) {
  const m = /^(-?)(\w+)(?::(asc|desc))?$/.exec(q.sort);
  const field = (m?.[2] ?? 'code') as 'code' | 'name' | 'budgetFen' | 'updatedAt' | 'year';
  const direction = q.order ?? m?.[3] ?? (m?.[1] === '-' ? 'desc' : 'asc');
  const column = {
    code: 'p.code',
    name: 'p.nameZh',
    budgetFen: 'p.budgetFen',
    updatedAt: 'p.updatedAt',
    year: 'p.year',
  } as const;
  return { column: column[field], direction: direction as 'asc' | 'desc' };
}

/**
 * The project registry: what the actor may see (anonymous callers: published projects), filtered,
 * sorted and paged, with the total. Filters on programme, lead donor, year and stage use the
 * registry indexes; the total counts `projects` alone, without joins.
 */
export async function listProjects(ctx: Ctx, q: ProjectListQuery) {
  if (q.area !== undefined && !(await findArea(ctx.db, q.area))) {
    throw InvalidInputError.field('area', `no area ${q.area}`);
  }
  if (q.donor !== undefined && !(await findOrganisation(ctx.db, q.donor))) {
    throw InvalidInputError.field('donor', `no organisation ${q.donor}`);
  }
  let query = ctx.db.selectFrom('projects as p');
  const visible = ctx.actor.kind === 'anonymous' ? null : visibleProjects(ctx.actor);
  if (ctx.actor.kind === 'anonymous') query = query.where('p.publishedAt', 'is not', null);
  else if (visible) query = query.where(visible);
  if (q.programme) query = query.where('p.programmeCode', '=', q.programme);
  if (q.donor) {
    const donor = q.donor;
    query = query.where('p.leadDonorCode', 'in', orgSubtree(donor));
  }
  if (q.year !== undefined) query = query.where('p.year', '=', q.year);
  if (q.stage) query = query.where('p.stage', '=', q.stage);
  if (q.type) query = query.where('p.typeCode', '=', q.type);
  if (q.published) {
    query = query.where('p.publishedAt', q.published === 'true' ? 'is not' : 'is', null);
  }
  if (q.area) {
    const area = q.area;
    query = query.where((eb) => locatedUnder(eb, area));
  }
  if (q.q) {
    const term = q.q;
    query = query.where((eb) => matchesText(eb, term));
  }
  const { column, direction } = sortOf(q);
  const [count, rows] = await Promise.all([
    query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    query
      .innerJoin('organisations as d', 'd.code', 'p.leadDonorCode')
      .select([
        'p.code',
        'p.nameZh',
        'p.nameEn',
        'p.nameUg',
        'p.programmeCode',
        'p.leadDonorCode',
        'd.name as donorName',
        'p.typeCode',
        'p.stage',
        'p.budgetFen',
        'p.year',
        'p.publishedAt',
        'p.updatedAt',
        'p.version',
      ])
      .orderBy(column, direction)
      .orderBy('p.code', direction)
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
  ]);
  return { items: rows.map(presentSummary), total: Number(count.n) };
}
