/** Changing a project's fields, donors, locations, type, livelihood share, dates or publication. */
import type { Updateable } from 'kysely';
import type { ProjectsTable } from '../../db/schema.js';
import { InvalidInputError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { checkLocations, resolveDonors, resolveLivelihood } from './rules.js';
import type { ProjectView, UpdateProjectInput } from './schema.js';
import {
  assertAreas,
  assertOrganisation,
  assertProgramme,
  donorPaths,
  projectType,
} from './validation.js';
import { writeDonors, writeLocations, writeProject, writeStageDates } from './write.js';

/**
 * The history's name for a change: `publish` / `unpublish` when publication is all it changes,
 * else `update`.
 */
function actionOf(input: UpdateProjectInput): 'publish' | 'unpublish' | 'update' {
  const given = Object.entries(input)
    .filter(([key, value]) => value !== undefined && key !== 'version' && key !== 'code')
    .map(([key]) => key);
  if (given.length === 1 && given[0] === 'published') {
    return input.published ? 'publish' : 'unpublish';
  }
  return 'update';
}

/**
 * Changes a project. Not its stage (see transitions.ts) nor its code. The actor must cover every
 * donor, before and after.
 */
export async function updateProject(
  ctx: ServiceContext,
  code: string,
  input: UpdateProjectInput,
  expectedVersion?: number,
): Promise<ProjectView> {
  if (input.code !== undefined && input.code !== code) {
    throw InvalidInputError.field('code', problem('project.codeFixed'));
  }
  return writeProject(ctx, code, {
    action: actionOf(input),
    expectedVersion: expectedVersion ?? input.version,
    check: ({ scope }) => authorize(ctx.actor, 'projects.write', scope),
    change: async ({ trx, project, ref }) => {
      const row = project.row;
      if (input.stage !== undefined && input.stage !== row.stage) {
        throw InvalidInputError.field(
          'stage',
          problem('project.stageByTransition', { code, from: row.stage, to: input.stage }),
        );
      }
      const set: Updateable<ProjectsTable> = {};
      if (input.donor !== undefined || input.donors !== undefined) {
        const listed = input.donors !== undefined && input.donors.length > 0;
        const keep = !listed && input.donor === row.leadDonorCode;
        if (!keep) {
          const { lead, shares } = resolveDonors(input);
          authorize(ctx.actor, 'projects.write', { donorPaths: donorPaths(ref, shares, listed) });
          await writeDonors(trx, row.id, shares, true);
          set.leadDonorCode = lead;
        }
      }
      if (input.locations !== undefined) {
        checkLocations(input.locations);
        assertAreas(ref, input.locations);
        await writeLocations(trx, row.id, input.locations, true);
      }
      if (input.programme !== undefined) {
        assertProgramme(ref, input.programme);
        set.programmeCode = input.programme;
      }
      if (
        input.type !== undefined ||
        input.livelihoodShareBp !== undefined ||
        input.livelihoodReason !== undefined
      ) {
        const type = projectType(ref, input.type ?? row.typeCode);
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
        assertOrganisation(ref, 'implementingOrg', input.implementingOrg);
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
        await writeStageDates(trx, row.id, input.stageDates, project.stageDates);
      }
      return set;
    },
  });
}
