/** Creating a project, at any stage (existing projects are entered mid-way). */
import { ConflictError, InvalidInputError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { isUniqueViolation } from '../core/unique.js';
import { referenceIn } from '../reference/reference.js';
import { write } from '../write.js';
import { PROJECTS } from './aggregate.js';
import { presentProject, projectSnapshot } from './presenters.js';
import { findProject } from './repository.js';
import { checkLocations, resolveDonors, resolveLivelihood } from './rules.js';
import type { CreateProjectData, ProjectView } from './schema.js';
import {
  assertAreas,
  assertOrganisation,
  assertProgramme,
  donorPaths,
  projectType,
} from './validation.js';
import { writeDonors, writeLocations, writeResults, writeStageDates } from './write.js';

/** A suspended project names the stage it was suspended from; suspended and cancelled a reason. */
function checkInitialStage(input: CreateProjectData): void {
  if (input.stage === 'suspended' && !input.stageBeforeSuspension) {
    throw InvalidInputError.field(
      'stageBeforeSuspension',
      problem('project.suspendedFromRequired'),
    );
  }
  if ((input.stage === 'suspended' || input.stage === 'cancelled') && !input.stageReason) {
    throw InvalidInputError.field(
      'stageReason',
      problem('project.reasonRequired', { stage: input.stage }),
    );
  }
  if (input.stageBeforeSuspension && input.stage !== 'suspended' && input.stage !== 'cancelled') {
    throw InvalidInputError.field('stageBeforeSuspension', problem('project.suspendedFromOnly'));
  }
}

function yearOf(date: string | null): number {
  return date ? Number(date.slice(0, 4)) : new Date().getUTCFullYear();
}

/**
 * Creates a project at any stage. The actor must cover every donor. Shares, codes, the type and
 * the livelihood override are checked; each refusal names its field and nothing is written.
 */
export async function createProject(
  ctx: ServiceContext,
  input: CreateProjectData,
): Promise<ProjectView> {
  const listed = input.donors !== undefined && input.donors.length > 0;
  const { lead, shares } = resolveDonors(input);
  checkLocations(input.locations);
  checkInitialStage(input);
  return write(ctx, async (uow) => {
    const trx = uow.trx;
    const ref = await referenceIn(trx, uow.memo);
    authorize(ctx.actor, 'projects.write', { donorPaths: donorPaths(ref, shares, listed) });
    const taken = () =>
      ConflictError.field('code', problem('project.exists', { code: input.code }));
    if (await findProject(trx, input.code)) throw taken();
    assertProgramme(ref, input.programme);
    const type = projectType(ref, input.type);
    const livelihood = resolveLivelihood(
      type.defaultLivelihoodBp,
      input.livelihoodShareBp ?? type.defaultLivelihoodBp,
      input.livelihoodReason,
    );
    assertOrganisation(ref, 'implementingOrg', input.implementingOrg);
    assertAreas(ref, input.locations);
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
      .executeTakeFirstOrThrow()
      // Another request may take the code between the look-up and here: the unique index says so.
      .catch((err: unknown) => {
        throw isUniqueViolation(err) ? taken() : err;
      });
    await writeDonors(trx, id, shares, false);
    await writeLocations(trx, id, input.locations, false);
    await writeStageDates(trx, id, input.stageDates);
    await writeResults(trx, id, input.results ?? [], false);
    uow.created(PROJECTS, id);
    const [project] = await uow.facts(PROJECTS, [id]);
    if (!project) throw new Error(`project ${input.code} vanished`);
    uow.record({
      action: 'create',
      entityType: 'project',
      entityId: input.code,
      after: projectSnapshot(project),
    });
    return presentProject(project, ref, ctx.actor);
  });
}
