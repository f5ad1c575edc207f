import type { App } from '../../http/types.js';

/** TODO(helper): the pairings routes. */
export async function pairingRoutes(_app: App) {}
