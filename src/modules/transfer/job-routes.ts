/**
 * Import jobs over HTTP (decision 0081): `POST /api/imports/{kind}/jobs` and
 * `POST /api/imports/iati/jobs` take the same body as the synchronous routes and answer 202
 * with the job; `GET /api/imports/jobs/{id}` gives its state, phase, progress and, once done, the
 * synchronous route's report.
 */
import { z } from 'zod';
import { requestContext } from '../core/context.js';
import type { Access, App } from '../core/routing.js';
import { idParam } from '../core/schemas.js';
import { iatiBody, iatiReport } from './iati/routes.js';
import { readImportJob, startImportJob } from './import-jobs.js';
import { KINDS } from './kinds.js';
import { importBody, importReport, MAX_IMPORT_BYTES } from './schema.js';
import type { Lang } from './template.js';

const tags = ['transfer'];

export const importJobView = z.object({
  id: z.number().int(),
  kind: z.string().meta({ description: 'The template kind, or `iati`' }),
  dryRun: z.boolean(),
  filename: z.string().nullable(),
  size: z.number().int().meta({ description: 'The file’s size in bytes' }),
  state: z.enum(['queued', 'running', 'done', 'failed']),
  phase: z.enum(['reading', 'checking', 'applying']).nullable().meta({
    description:
      'While running: reading the file, checking its rows, applying them (in the transaction)',
  }),
  progress: z.object({
    unit: z.enum(['rows', 'bytes']).meta({
      description: 'rows of a workbook or CSV (checked, then applied); bytes of an IATI file read',
    }),
    done: z.number().int(),
    total: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'Unknown (null) until the file is read' }),
  }),
  report: z
    .union([importReport, iatiReport])
    .nullable()
    .meta({ description: 'Once done: the same report the synchronous route answers' }),
  error: z.object({ code: z.string(), message: z.string() }).nullable().meta({
    description:
      'Why a failed job failed (importJob.interrupted: the server restarted; nothing was stored)',
  }),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});

const jobQuery = z.object({
  lang: z.enum(['zh', 'en', 'ug']).optional().meta({
    description: 'The language of a failed job’s message; default from Accept-Language',
  }),
});

/** Which policy an import of each kind is behind (routes.ts passes its table). */
export async function importJobRoutes(
  app: App,
  access: Record<(typeof KINDS)[number], Access>,
  langOf: (asked: Lang | undefined, header: string | string[] | undefined) => Lang,
) {
  const bodyLimit = Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 64 * 1024;
  const description =
    'The same import as the synchronous route, run in the background: answered 202 at once with ' +
    'the job; its owner reads its progress and, once done, its report at GET /api/imports/jobs/{id}. ' +
    'A commit is still one transaction: a job the server does not finish (a restart) stores ' +
    'nothing and is marked failed.';
  for (const kind of KINDS) {
    app.post(
      `/imports/${kind}/jobs`,
      {
        config: { access: access[kind] },
        bodyLimit,
        schema: {
          tags,
          summary: `Start a ${kind} import (dry run or commit) as a job`,
          description,
          body: importBody,
          response: { 202: importJobView },
        },
      },
      async (request, reply) => {
        const { contentBase64, dryRun, programme, filename, lang } = request.body;
        const job = await startImportJob(
          requestContext(app, request),
          {
            kind,
            options: {
              dryRun,
              programme,
              filename,
              lang: langOf(lang, request.headers['accept-language']),
            },
          },
          Buffer.from(contentBase64, 'base64'),
        );
        return reply.code(202).send(job);
      },
    );
  }

  app.post(
    '/imports/iati/jobs',
    {
      config: { access: 'projects.write' },
      bodyLimit,
      schema: {
        tags,
        summary: 'Start an IATI import (dry run or commit) as a job',
        description: `${description} Progress counts the bytes of the file read.`,
        body: iatiBody,
        response: { 202: importJobView },
      },
    },
    async (request, reply) => {
      const { contentBase64, dryRun, programme, filename, lang, donor, type, area } = request.body;
      const job = await startImportJob(
        requestContext(app, request),
        {
          kind: 'iati',
          options: {
            dryRun,
            programme,
            donor,
            type,
            area,
            filename,
            lang: langOf(lang, request.headers['accept-language']),
          },
        },
        Buffer.from(contentBase64, 'base64'),
      );
      return reply.code(202).send(job);
    },
  );

  app.get(
    '/imports/jobs/:id',
    {
      config: { access: 'imports.job.read' },
      schema: {
        tags,
        summary: 'An import job: its state, progress and, once done, its report',
        description:
          'Its owner’s and the programme office’s (403 for anyone else). A job whose server ' +
          'stopped before it ended is failed with importJob.interrupted (nothing was stored).',
        params: z.object({ id: idParam }),
        querystring: jobQuery,
        response: { 200: importJobView },
      },
    },
    async (request) =>
      readImportJob(
        requestContext(app, request),
        request.params.id,
        langOf(request.query.lang, request.headers['accept-language']),
      ),
  );
}
