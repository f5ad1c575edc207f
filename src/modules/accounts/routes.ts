import type { App } from '../../http/types.js';

/** TODO(helper): the accounts routes. */
export async function accountRoutes(_app: App) {}
