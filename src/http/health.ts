import { z } from 'zod';
import { isMigrated } from '../db/migrate.js';
import type { App } from './types.js';

/** `GET /healthz`: 200 once the database answers and every migration is applied. */
export async function healthRoutes(app: App) {
  app.get(
    '/healthz',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Health: the database answers and is fully migrated',
        response: {
          200: z.object({ status: z.literal('ok') }),
          503: z.object({ status: z.literal('unavailable'), detail: z.string() }),
        },
      },
    },
    async (_request, reply) => {
      try {
        if (await isMigrated(app.deps.database)) return { status: 'ok' as const };
        return reply.code(503).send({ status: 'unavailable', detail: 'migrations pending' });
      } catch (err) {
        const detail = err instanceof Error ? err.message : 'database unavailable';
        return reply.code(503).send({ status: 'unavailable', detail });
      }
    },
  );
}
