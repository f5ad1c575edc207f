import type { App } from '../../http/types.js';

/** TODO(helper): the organisations routes. */
export async function organisationRoutes(_app: App) {}
