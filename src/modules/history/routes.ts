import { z } from 'zod';
import { requestContext } from '../core/context.js';
import type { App } from '../core/routing.js';
import { fenValue, idParam, projectCode } from '../core/schemas.js';
import { personHistory } from './person-history.js';
import { projectHistory } from './project-history.js';
import { recordHistoryList } from './record-history.js';
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

const name = z.object({ zh: z.string(), en: z.string().nullable() });
const namedShare = z.object({ name, shareBp: z.number().int() });
const resultFigure = z.object({
  metric: z.string(),
  planned: z.boolean(),
  value: z.number().int(),
});
/** One field's change: its path and its value before and after, of the same kind. */
const change = <K extends string, V extends z.ZodType>(kind: K, value: V, description: string) =>
  z
    .object({
      field: z.string(),
      kind: z.literal(kind),
      before: value.nullable(),
      after: value.nullable(),
    })
    .meta({ description });

const projectChange = z.discriminatedUnion('kind', [
  change('text', z.string(), 'Names, reasons: the text'),
  change('money', z.number().int(), 'The budget: integer fen'),
  change('date', z.string(), 'The approval date, a stage’s planned or actual date: YYYY-MM-DD'),
  change('published', z.string(), 'When it was published (UTC); null: not published'),
  change('share', z.number().int(), 'The livelihood share: basis points'),
  change('flag', z.boolean(), 'Fixed asset, continuing'),
  change('year', z.number().int(), 'The plan year'),
  change('stage', z.string(), 'A stage code (the screen names it)'),
  change('deliveryMode', z.string(), 'A delivery mode code (the screen names it)'),
  change('name', name, 'An organisation, programme or project type, by name'),
  change('shares', z.array(namedShare), 'Donors or locations by name with their shares (bp)'),
  change('results', z.array(resultFigure), 'The results: metric, target or achieved, value'),
  change('documents', z.array(z.string()), 'The documents’ file names'),
]);

const projectEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string().meta({ description: 'Who: `user:NAME` or `system:JOB`' }),
  actorName: z
    .string()
    .nullable()
    .meta({ description: "The person's display name; null for the system (a generator, a job)" }),
  action: z.string().meta({
    description:
      'What, as a code: create, update, transition, results, document-add … on a project; ' +
      'create, reverse (delete, before decision 0018) on a ledger entry',
  }),
  entityType: z.enum(['project', 'fund-transaction']),
  fields: z.array(z.string()).meta({
    description:
      'The fields a change of the project touched, as paths (`implementingOrgCode`, ' +
      '`stageDates.tendering.actual`); empty for a creation and a ledger entry',
  }),
  changes: z.array(projectChange).meta({
    description:
      'For each field of `fields`, in the same order: its value before and after, by kind, ' +
      'codes given as names',
  }),
  transaction: z
    .object({
      id: z.number().int(),
      type: z.string(),
      planned: z.boolean(),
      valueFen: fenValue,
      date: z.string(),
      reverses: z.number().int().nullable(),
    })
    .nullable()
    .meta({ description: 'The ledger entry recorded or reversed (for a ledger entry)' }),
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

  app.get(
    '/projects/:code/history',
    {
      config: { access: 'history.readProject' },
      schema: {
        tags: ['history'],
        summary:
          "A project's change history, newest first: the project's entries and its ledger's " +
          '(the programme office, auditors and the editors of its donors)',
        params: z.object({ code: projectCode }),
        querystring: z.object({
          beforeId: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: {
          200: z.object({
            items: z.array(projectEntry),
            more: z.boolean().meta({ description: 'Older entries remain (page with beforeId)' }),
          }),
        },
      },
    },
    async (request) =>
      projectHistory(requestContext(app, request), request.params.code, request.query),
  );

  app.get(
    '/people/persons/:id/history',
    {
      config: { access: 'people.readHistory' },
      schema: {
        tags: ['people'],
        summary:
          "A person's change history and their postings', newest first (the programme office, " +
          "auditors and their donor's editors; personal data masked as on the person's page)",
        params: z.object({ id: idParam }),
        response: { 200: recordHistoryList },
      },
    },
    async (request) => personHistory(requestContext(app, request), request.params.id),
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
