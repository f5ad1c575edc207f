/** A project's results: jobs created, people trained, beneficiaries, output value. */

import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import type { ResultInput } from './schema.js';
import { writeProject, writeResults } from './write.js';

/**
 * Replaces the project's list of results (targets and achieved figures, with female / male /
 * ethnic-minority counts where known). Written by those who write the project.
 */
export async function replaceResults(
  ctx: ServiceContext,
  code: string,
  results: readonly ResultInput[],
  expectedVersion?: number,
) {
  const project = await writeProject(ctx, code, {
    action: 'results',
    expectedVersion,
    check: ({ scope }) => authorize(ctx.actor, 'projects.write', scope),
    change: async ({ trx, project }) => {
      await writeResults(trx, project.id, results, true);
      return {};
    },
  });
  return { items: project.results, version: project.version };
}
