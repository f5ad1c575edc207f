import { PassThrough } from 'node:stream';
import { requestContext } from '../core/context.js';
import type { App } from '../core/routing.js';
import { startExport, writeExport } from './export.js';
import { HANDLERS } from './handlers.js';
import { iatiRoutes } from './iati/routes.js';
import { runImport } from './import.js';
import { importJobRoutes } from './job-routes.js';
import { KINDS } from './kinds.js';
import { markedReport } from './marked.js';
import {
  type ExportQuery,
  exportQuery,
  importBody,
  importReport,
  importReportBody,
  kindParams,
  MAX_IMPORT_BYTES,
  templateQuery,
} from './schema.js';
import { buildTemplate, type Lang } from './template.js';

const tags = ['transfer'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The language asked for, else the first of Accept-Language that is zh, en or ug; else Chinese. */
function langOf(asked: Lang | undefined, header: string | string[] | undefined): Lang {
  if (asked) return asked;
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  for (const part of text.split(',')) {
    const tag = part.trim().split(';')[0]?.toLowerCase() ?? '';
    if (tag.startsWith('zh')) return 'zh';
    if (tag.startsWith('en')) return 'en';
    if (tag.startsWith('ug')) return 'ug';
  }
  return 'zh';
}

const attachment = (name: string) =>
  `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** Which policy an import of each kind is behind (the kind's own write policy). */
const IMPORT_ACCESS = {
  projects: 'projects.write',
  ledger: 'ledger.write',
  'plan-items': 'plans.write',
  people: 'people.write',
  training: 'training.write',
  exchanges: 'training.write',
  companies: 'companies.write',
  'company-cases': 'companies.write',
  sales: 'consumption.write',
  'indicator-values': 'indicators.enter',
} as const satisfies Record<(typeof KINDS)[number], string>;

/**
 * Which policy an export of each kind is behind: its list route's, for the kinds whose export
 * follows the list's filters (a caller who may not read the list may not export it: plan items
 * are the programme office's, auditors' and donor editors'); else any signed-in caller (what the
 * file holds is scoped by the kind's visibility).
 */
const EXPORT_ACCESS = {
  projects: 'authenticated',
  ledger: 'authenticated',
  'plan-items': 'plans.read',
  people: 'people.read',
  training: 'training.read',
  exchanges: 'training.read',
  companies: 'companies.read',
  'company-cases': 'companies.read',
  sales: 'consumption.read',
  'indicator-values': 'indicators.read',
} as const satisfies Record<(typeof KINDS)[number], string>;

/** Templates, imports and exports (issue 11). */
export async function transferRoutes(app: App) {
  await iatiRoutes(app);
  await importJobRoutes(app, IMPORT_ACCESS, langOf);
  app.get(
    '/templates/:kind',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'The Excel template of a kind',
        description:
          'Headers in Chinese or English, a comment on each, drop-down lists for coded columns, ' +
          'formats, an example row and a hidden sheet naming the kind and version.',
        params: kindParams,
        querystring: templateQuery,
      },
    },
    async (request, reply) => {
      const lang = langOf(request.query.lang, request.headers['accept-language']);
      const buf = await buildTemplate(requestContext(app, request), request.params.kind, lang);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', attachment(`shanhai-${request.params.kind}-${lang}.xlsx`))
        .header('cache-control', 'private, no-cache')
        .send(buf);
    },
  );

  for (const kind of KINDS) {
    app.post(
      `/imports/${kind}`,
      {
        config: { access: IMPORT_ACCESS[kind] },
        bodyLimit: Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 64 * 1024,
        schema: {
          tags,
          summary: `Import a filled ${kind} template or CSV: a dry run (default) or a commit`,
          description:
            'Every problem triaged critical / error / warning with its sheet, row, column and ' +
            'value, in the language asked. A commit applies the accepted rows in one ' +
            'transaction, idempotent by code, and records the import with its SHA-256. A file ' +
            'that cannot be read at all is 422.',
          body: importBody,
          response: { 200: importReport },
        },
      },
      async (request) => {
        const { contentBase64, dryRun, programme, filename, lang } = request.body;
        return runImport(requestContext(app, request), kind, Buffer.from(contentBase64, 'base64'), {
          dryRun,
          programme,
          filename,
          lang: langOf(lang, request.headers['accept-language']),
        });
      },
    );

    app.post(
      `/imports/${kind}/report`,
      {
        config: { access: IMPORT_ACCESS[kind] },
        bodyLimit: Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 64 * 1024,
        schema: {
          tags,
          summary: `The dry run of a ${kind} file as a workbook with the problems marked`,
          description:
            'The same dry run as the import (nothing is stored); the answer is an XLSX: the ' +
            'rows read, each problem filled by severity in its cell with the message in its ' +
            'note, and a sheet listing every problem with a link to its cell. The summary is ' +
            'in the X-Import-Rows, X-Import-Accepted and X-Import-Problems headers.',
          body: importReportBody,
        },
      },
      async (request, reply) => {
        const { contentBase64, programme, filename, lang } = request.body;
        const asked = langOf(lang, request.headers['accept-language']);
        const { report, workbook } = await markedReport(
          requestContext(app, request),
          kind,
          Buffer.from(contentBase64, 'base64'),
          { programme, filename, lang: asked },
        );
        return reply
          .header('content-type', XLSX)
          .header('content-disposition', attachment(`shanhai-${kind}-report-${asked}.xlsx`))
          .header('cache-control', 'private, no-cache')
          .header('x-import-rows', String(report.rows))
          .header('x-import-accepted', String(report.accepted))
          .header('x-import-problems', String(report.problems.length))
          .send(workbook);
      },
    );
  }

  // One export route per kind: a kind whose list screen has filters takes them, by the list
  // route's own schema and behind the list route's own policy (decision 0074).
  for (const kind of KINDS) {
    const { filters } = HANDLERS[kind];
    app.get(
      `/exports/${kind}`,
      {
        config: { access: EXPORT_ACCESS[kind] },
        schema: {
          tags,
          summary: `Export ${kind} as XLSX or CSV, streamed${filters ? ', filtered as its list' : ''}`,
          description:
            'Only what the caller may see' +
            (filters
              ? ', selected by the same filters as the list screen (validated as the list validates them; all pages, in id order)'
              : '') +
            '. The columns are the template’s (an export imports again); text cells beginning ' +
            'with = + - @ are neutralised with an apostrophe.',
          querystring: filters ? exportQuery.extend(filters.shape) : exportQuery,
        },
      },
      async (request, reply) => {
        const {
          format,
          lang: asked,
          ...given
        } = request.query as ExportQuery & Record<string, unknown>;
        const lang = langOf(asked, request.headers['accept-language']);
        const ctx = requestContext(app, request);
        const records = await startExport(ctx, kind, given);
        const out = new PassThrough();
        writeExport(ctx, kind, format, lang, out, records).catch((err: unknown) => {
          request.log.error({ err }, 'export failed');
          out.destroy(err as Error);
        });
        return reply
          .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : XLSX)
          .header('content-disposition', attachment(`shanhai-${kind}.${format}`))
          .header('cache-control', 'private, no-cache')
          .send(out);
      },
    );
  }
}
