import { z } from 'zod';
import type { App } from '../core/routing.js';
import { listHistory, verifyHistoryAs } from './service.js';

const entry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  hash: z.string(),
});

/** The change history and its verification. */
export async function historyRoutes(app: App) {
  app.get(
    '/history',
    {
      config: { access: 'history.read' },
      schema: {
        tags: ['history'],
        summary: 'Change history, newest first',
        querystring: z.object({
          entityType: z.string().min(1).optional(),
          entityId: z.string().min(1).optional(),
          beforeId: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: z.object({ items: z.array(entry) }) },
      },
    },
    async (request) => ({
      items: await listHistory({ actor: request.actor, db: app.deps.database.db }, request.query),
    }),
  );

  app.post(
    '/history/verify',
    {
      config: { access: 'history.verify' },
      schema: {
        tags: ['history'],
        summary: 'Check the hash chain of the whole history',
        response: {
          200: z.object({
            ok: z.boolean(),
            entries: z.number().int(),
            problems: z.array(z.object({ kind: z.string(), id: z.number(), detail: z.string() })),
          }),
        },
      },
    },
    async (request) => verifyHistoryAs({ actor: request.actor, db: app.deps.database.db }),
  );
}
