import type { App } from '../../http/types.js';

/** TODO(helper): the areas routes. */
export async function areaRoutes(_app: App) {}
