import type { App } from '../../http/types.js';

/** TODO(helper): the programmes routes. */
export async function programmeRoutes(_app: App) {}
