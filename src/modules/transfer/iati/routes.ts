/** `POST /api/imports/iati`: the IATI import behind the CLI's (issue 11 point 6, decision 0052). */
import { z } from 'zod';
import { requestContext } from '../../core/context.js';
import type { App } from '../../core/routing.js';
import { areaCode, orgCode, programmeCode, typeCode } from '../../core/schemas.js';
import { importBody, importProblem, MAX_IMPORT_BYTES } from '../schema.js';
import { runIatiImport } from './import.js';

export const iatiBody = importBody.extend({
  programme: programmeCode.meta({ description: 'The programme the activities become projects of' }),
  donor: orgCode.optional().meta({
    description: 'The donor of activities none of whose funding organisations is a Shanhai one',
  }),
  type: typeCode.optional().meta({ description: 'The project type of activities that carry none' }),
  area: areaCode
    .optional()
    .meta({ description: 'The area of activities that carry no GB/T 2260 location' }),
});

export const iatiReport = z.object({
  dryRun: z.boolean(),
  kind: z.literal('iati'),
  rows: z.number().int().meta({ description: 'Activities read' }),
  accepted: z.number().int().meta({ description: 'Activities imported (or that would be)' }),
  skipped: z.number().int(),
  problems: z.array(importProblem),
  counts: z.object({
    activities: z.number().int(),
    transactions: z.number().int().meta({ description: 'Entered in the ledger' }),
    transactionsSkipped: z.number().int().meta({
      description: 'Kept as read but not in the ledger (type, value, date, currency or no rate)',
    }),
    transactionsByType: z.record(z.string(), z.number().int()).meta({
      description: 'Every transaction read, by its code as written (3, D, IF…)',
    }),
    existing: z.number().int().meta({ description: 'Activities imported already: skipped' }),
  }),
  sha256: z.string(),
});

export async function iatiRoutes(app: App) {
  app.post(
    '/imports/iati',
    {
      config: { access: 'projects.write' },
      bodyLimit: Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 64 * 1024,
      schema: {
        tags: ['transfer'],
        summary: 'Import an IATI activity file (1.0x or 2.0x): a dry run (default) or a commit',
        description:
          'Activities become projects of the programme (their iati-identifier kept: a re-import ' +
          'skips them), transactions ledger entries (every one kept as read with its currency ' +
          'and value date). A DOCTYPE or malformed XML is a critical problem; nothing is stored ' +
          'unless the whole commit succeeds.',
        body: iatiBody,
        response: { 200: iatiReport },
      },
    },
    async (request) => {
      const { contentBase64, dryRun, programme, filename, lang, donor, type, area } = request.body;
      const { report } = await runIatiImport(
        requestContext(app, request),
        Buffer.from(contentBase64, 'base64'),
        {
          dryRun,
          programme,
          donor,
          type,
          area,
          filename,
          lang: lang ?? (/^\s*en/i.test(request.headers['accept-language'] ?? '') ? 'en' : 'zh'),
        },
      );
      return report;
    },
  );
}
