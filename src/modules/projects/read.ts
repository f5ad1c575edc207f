/** Reading one project, as visible as it is to the caller. */
import type { ServiceContext } from '../core/context.js';
import { presentProject } from './presenters.js';
import type { ProjectView } from './schema.js';
import { readableProject } from './scope.js';

/** One project as the actor may see it. @throws NotFoundError (also when not visible) */
export async function getProject(ctx: ServiceContext, code: string): Promise<ProjectView> {
  const { project, ref } = await readableProject(ctx, code);
  return presentProject(project, ref, ctx.actor);
}
