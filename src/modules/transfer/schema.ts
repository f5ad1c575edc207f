/** Request and response shapes of templates, imports and exports (issue 11, decision 0050). */
import { z } from 'zod';
import { programmeCode } from '../core/schemas.js';
import { EXPORT_FORMATS } from './export.js';
import { KINDS } from './kinds.js';

/** An uploaded file is at most this large (base64 in a JSON body: 4/3 of it). */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

export const kindParams = z.object({
  kind: z.enum(KINDS).meta({
    description:
      'projects (with locations and donor shares), ledger, plan-items (annual plans, one row per project), people (persons with their postings), training (sessions), exchanges (exchange activities), companies, company-cases (cases of registered companies), sales (consumption-aid sales), indicator-values (totals of data elements by set, area, period and donor)',
  }),
});

const lang = z.enum(['zh', 'en', 'ug']).optional().meta({
  description:
    'Headers / messages in Chinese, English or Uyghur (right-to-left sheets); default from Accept-Language',
});

export const templateQuery = z.object({ lang });

export const exportQuery = z.object({
  format: z.enum(EXPORT_FORMATS).default('xlsx'),
  lang,
});
export type ExportQuery = z.infer<typeof exportQuery>;

export const importBody = z.object({
  filename: z.string().trim().min(1).max(500).optional(),
  contentBase64: z
    .string()
    .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'standard base64')
    .meta({
      description: 'The .xlsx or .csv file (UTF-8 or GB18030), base64-encoded; at most 32 MiB',
    }),
  dryRun: z.boolean().default(true).meta({
    description:
      'true (default): report every problem and change nothing; false: commit the accepted rows',
  }),
  programme: programmeCode
    .optional()
    .meta({ description: 'The programme of rows that name none; ledger rows must be of it' }),
  lang,
});

/** The marked report: the import's body; it is always a dry run. */
export const importReportBody = importBody.omit({ dryRun: true });

export const importProblem = z.object({
  severity: z.enum(['critical', 'error', 'warning']).meta({
    description:
      'critical: nothing is imported; error: the row is skipped; warning: imported as read',
  }),
  sheet: z.string().nullable(),
  row: z
    .number()
    .int()
    .nullable()
    .meta({ description: 'The row number in the sheet (1 is the header)' }),
  column: z.string().nullable().meta({ description: "The column's header" }),
  value: z.string().nullable().meta({ description: 'The cell as read' }),
  message: z.string(),
});

export const importReport = z.object({
  dryRun: z.boolean(),
  kind: z.enum(KINDS),
  rows: z
    .number()
    .int()
    .meta({ description: 'Data rows read (the example row and blank rows aside)' }),
  accepted: z
    .number()
    .int()
    .meta({ description: 'Rows applied (commit) or that would be (dry run)' }),
  skipped: z.number().int(),
  problems: z.array(importProblem),
  counts: z.record(z.string(), z.number().int()).meta({
    description:
      'created, existing (skipped as already there: idempotence), refused (by the use case)',
  }),
  sha256: z.string().meta({ description: "The file's SHA-256, as the history records it" }),
});
