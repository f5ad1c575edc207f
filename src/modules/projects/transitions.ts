/** Moving a project through its stages (see src/domain/stages.ts for the machine). */
import { todayUtc } from '../../domain/dates.js';
import { InvalidInputError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import {
  checkTransition,
  needsRecipient,
  type ProgressStage,
  REASON_REQUIRED,
  reachedStage,
} from '../../domain/stages.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import type { ProjectView, TransitionInput } from './schema.js';
import { writeProject } from './write.js';

/**
 * Moves a project to another stage, recording the actual date of the new stage (default today).
 * Only legal moves (422 on `to`); suspending and cancelling need a `reason`; resuming returns
 * to the stage the project was suspended from and keeps that stage's original date. Acceptance
 * (验收移交) is confirmed by the recipient side: a recipient editor covering one of the project's
 * locations, or the programme office; a donor editor gets 403.
 */
export async function transitionProject(
  ctx: ServiceContext,
  code: string,
  input: TransitionInput,
  expectedVersion?: number,
): Promise<ProjectView> {
  return writeProject(ctx, code, {
    action: 'transition',
    expectedVersion,
    check: ({ project, scope }) =>
      authorize(ctx.actor, 'projects.transition', {
        ...scope,
        acceptance: needsRecipient(project.row.stage, input.to),
      }),
    change: async ({ trx, project }) => {
      const row = project.row;
      const before = row.stageBeforeSuspension as ProgressStage | null;
      const refused = checkTransition(row.stage, input.to, before);
      if (refused) throw InvalidInputError.field('to', refused);
      const reason = input.reason?.trim() || null;
      if (REASON_REQUIRED.includes(input.to) && reason === null) {
        throw InvalidInputError.field(
          'reason',
          problem('project.reasonRequired', { stage: input.to }),
        );
      }
      const date = input.date ?? todayUtc();
      const since = project.stageDates.find((d) => d.stage === row.stage)?.actualDate ?? null;
      if (since !== null && date < since) {
        throw InvalidInputError.field(
          'date',
          problem('stage.dateBefore', { since, stage: row.stage }),
        );
      }
      const setActual = async (stage: typeof input.to) => {
        await trx
          .insertInto('projectStageDates')
          .values({ projectId: row.id, stage, plannedDate: null, actualDate: date })
          .onConflict((oc) => oc.columns(['projectId', 'stage']).doUpdateSet({ actualDate: date }))
          .execute();
      };

      if (input.to === 'suspended') {
        await setActual('suspended');
        return { stage: 'suspended', stageBeforeSuspension: row.stage, stageReason: reason };
      }
      if (input.to === 'cancelled') {
        await setActual('cancelled');
        return {
          stage: 'cancelled',
          stageBeforeSuspension: reachedStage(row.stage, before),
          stageReason: reason,
        };
      }
      if (row.stage === 'suspended') {
        // Resuming: the stage keeps the date it was first reached; the resumption is in history.
        return { stage: input.to, stageBeforeSuspension: null, stageReason: reason };
      }
      await setActual(input.to);
      return {
        stage: input.to,
        stageReason: null,
        ...(input.to === 'approved' && row.approvalDate === null ? { approvalDate: date } : {}),
      };
    },
  });
}
