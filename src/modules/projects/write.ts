/**
 * The shell every change to an existing project runs in, and the writers of a project's child
 * rows. Every write is one unit of work: one history entry, a version bump, and the projections
 * kept at commit.
 */
import type { Transaction, Updateable } from 'kysely';
import type { DB, ProjectsTable } from '../../db/schema.js';
import type { Stage } from '../../domain/stages.js';
import type { ServiceContext } from '../core/context.js';
import type { UnitOfWork } from '../core/unit-of-work.js';
import { assertUpdated, assertVersion } from '../core/versions.js';
import { type Reference, referenceIn } from '../reference/reference.js';
import { write } from '../write.js';
import { PROJECTS, type ProjectAggregate } from './aggregate.js';
import type { ProjectScope } from './policy.js';
import { presentProject, projectSnapshot } from './presenters.js';
import type { CreateProjectData, ProjectView, ResultInput } from './schema.js';
import { projectForWrite, scopeOf } from './scope.js';

type StageDatesInput = CreateProjectData['stageDates'];
type StageDateInput = { planned?: string | null | undefined; actual?: string | null | undefined };

/** What a change of a project receives: the unit of work, the project before, its scope. */
export interface WriteState {
  uow: UnitOfWork;
  trx: Transaction<DB>;
  project: ProjectAggregate;
  ref: Reference;
  scope: ProjectScope;
}

/**
 * One write on a project: load it (404) and lock it, let `check` authorize, compare the
 * expected version (409), apply `change` (which may write child rows and returns the columns to
 * set), bump the version, record the history with the before and after snapshots.
 */
export function writeProject(
  ctx: ServiceContext,
  code: string,
  options: {
    action: string;
    expectedVersion?: number | undefined;
    check: (state: WriteState) => void | Promise<void>;
    change: (state: WriteState) => Promise<Updateable<ProjectsTable>>;
  },
): Promise<ProjectView> {
  return write(ctx, async (uow) => {
    const project = await projectForWrite(uow, code);
    const ref = await referenceIn(uow.trx, uow.memo);
    const state = { uow, trx: uow.trx, project, ref, scope: scopeOf(project, ref) };
    await options.check(state);
    assertVersion(options.expectedVersion, project.row.version, `project ${code}`);
    const set = await options.change(state);
    const result = await uow.trx
      .updateTable('projects')
      .set({ ...set, version: project.row.version + 1, updatedAt: new Date().toISOString() })
      .where('id', '=', project.id)
      .where('version', '=', project.row.version)
      .executeTakeFirst();
    assertUpdated(result, `project ${code}`);
    uow.touch(PROJECTS, project.id);
    const [after] = await uow.facts(PROJECTS, [project.id]);
    if (!after) throw new Error(`project ${code} vanished`);
    uow.record({
      action: options.action,
      entityType: 'project',
      entityId: code,
      before: projectSnapshot(project),
      after: projectSnapshot(after),
    });
    return presentProject(after, ref, ctx.actor);
  });
}

export async function writeDonors(
  trx: Transaction<DB>,
  projectId: number,
  shares: readonly { org: string; shareBp: number }[],
  replace: boolean,
) {
  if (replace) await trx.deleteFrom('projectDonors').where('projectId', '=', projectId).execute();
  await trx
    .insertInto('projectDonors')
    .values(shares.map((d) => ({ projectId, orgCode: d.org, shareBp: d.shareBp })))
    .execute();
}

export async function writeLocations(
  trx: Transaction<DB>,
  projectId: number,
  locations: readonly { area: string; shareBp: number }[],
  replace: boolean,
) {
  if (replace) {
    await trx.deleteFrom('projectLocations').where('projectId', '=', projectId).execute();
  }
  if (locations.length === 0) return;
  await trx
    .insertInto('projectLocations')
    .values(locations.map((l) => ({ projectId, areaCode: l.area, shareBp: l.shareBp })))
    .execute();
}

/** Merges planned / actual dates: a date given replaces, null clears, absent keeps. */
export async function writeStageDates(
  trx: Transaction<DB>,
  projectId: number,
  dates: StageDatesInput,
  existing: ProjectAggregate['stageDates'] = [],
) {
  const entries = Object.entries(dates ?? {}) as [Stage, StageDateInput | undefined][];
  const upserts: {
    projectId: number;
    stage: Stage;
    plannedDate: string | null;
    actualDate: string | null;
  }[] = [];
  const cleared: Stage[] = [];
  for (const [stage, given] of entries) {
    if (!given) continue;
    const old = existing.find((d) => d.stage === stage);
    const plannedDate = given.planned === undefined ? (old?.plannedDate ?? null) : given.planned;
    const actualDate = given.actual === undefined ? (old?.actualDate ?? null) : given.actual;
    if (plannedDate === null && actualDate === null) cleared.push(stage);
    else upserts.push({ projectId, stage, plannedDate, actualDate });
  }
  if (cleared.length > 0) {
    await trx
      .deleteFrom('projectStageDates')
      .where('projectId', '=', projectId)
      .where('stage', 'in', cleared)
      .execute();
  }
  if (upserts.length > 0) {
    await trx
      .insertInto('projectStageDates')
      .values(upserts)
      .onConflict((oc) =>
        oc.columns(['projectId', 'stage']).doUpdateSet((eb) => ({
          plannedDate: eb.ref('excluded.plannedDate'),
          actualDate: eb.ref('excluded.actualDate'),
        })),
      )
      .execute();
  }
}

/** Replaces a project's results. */
export async function writeResults(
  trx: Transaction<DB>,
  projectId: number,
  results: readonly ResultInput[],
  replace: boolean,
) {
  if (replace) await trx.deleteFrom('projectResults').where('projectId', '=', projectId).execute();
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
