/**
 * Exports of each kind, as XLSX or CSV, streamed: each kind's records (handlers.ts) are read in
 * pages by id (keyset) and written one by one, so memory stays flat however many rows there are.
 * Only what the caller may see (each kind's own visibility condition). The columns are the
 * template's, so an export is a filled template that imports again. Text cells beginning with
 * = + - @ (or a tab or carriage return) are neutralised with a leading apostrophe against
 * formula injection; the importer takes that apostrophe off again.
 */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ServiceContext } from '../core/context.js';
import { listLabel, writeCodes } from './cells.js';
import { HANDLERS } from './handlers.js';
import type { ExportFilters, ExportRecord } from './kind-handler.js';
import { type Column, type Kind, type KindSpec, SPECS } from './kinds.js';
import { type Lists, loadLists } from './lists.js';
import { columnStyle, headerText, type Lang, writeMeta, YES_NO } from './template.js';

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A text cell that a spreadsheet could take for a formula gets a leading apostrophe. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A record's cell for a column: yuan as numbers, dates as dates (XLSX), codes as list labels. */
function cellOf(
  column: Column,
  value: string | number | boolean | null | undefined,
  lists: Lists,
  lang: Lang,
  format: ExportFormat,
): string | number | Date | null {
  if (value === null || value === undefined) return null;
  switch (column.type) {
    case 'yuan':
      return format === 'csv' ? (Number(value) / 100).toFixed(2) : Number(value) / 100;
    case 'percent':
      return Number(value) / 100;
    case 'int':
      return Number(value);
    case 'bool':
      return YES_NO[lang][value ? 0 : 1];
    case 'date':
      return format === 'xlsx' ? new Date(`${value}T00:00:00Z`) : String(value);
    case 'code': {
      const entry = column.list
        ? lists[column.list].entries.find((e) => e.code === value)
        : undefined;
      return neutralise(entry ? listLabel(entry, lang) : String(value));
    }
    default:
      return neutralise(String(value));
  }
}

/** One CSV field, quoted when it holds a quote, comma or line break. */
export function csvField(v: string | number | Date | null): string {
  if (v === null) return '';
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes, waiting when the stream asks to (backpressure keeps memory flat). */
async function put(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

/**
 * Starts the export of `kind` with the list's `filters`: reads up to its first record, so that
 * what the kind refuses before any row (an unknown code in a filter, a policy) is the request's
 * error, answered before the file starts, not a file cut short.
 */
export async function startExport(
  ctx: ServiceContext,
  kind: Kind,
  filters: ExportFilters = {},
): Promise<AsyncIterable<ExportRecord>> {
  const records = HANDLERS[kind].records(ctx, filters);
  const first = await records.next();
  return (async function* () {
    if (first.done) return;
    yield first.value;
    yield* records;
  })();
}

/**
 * Streams the export of `kind` to `out` in `format` (the records `startExport` started, or all
 * the caller may see); returns the number of rows. The caller ends nothing: this ends `out`.
 */
export async function writeExport(
  ctx: ServiceContext,
  kind: Kind,
  format: ExportFormat,
  lang: Lang,
  out: Writable,
  started?: AsyncIterable<ExportRecord>,
): Promise<number> {
  const spec: KindSpec = SPECS[kind];
  const { lists } = await loadLists(ctx.db);
  const labels = labelMaps(lists, lang);
  const records = started ?? HANDLERS[kind].records(ctx, {});
  const cell = (c: Column, v: string | number | boolean | null | undefined) => {
    if (c.type === 'code' && c.list && v !== null && v !== undefined) {
      return neutralise(labels[c.list].get(String(v)) ?? String(v));
    }
    if (c.type === 'codes' && c.list && typeof v === 'string') {
      const list = labels[c.list];
      return neutralise(writeCodes(v.split('; ').map((code) => list.get(code) ?? code)));
    }
    return cellOf(c, v, lists, lang, format);
  };
  let n = 0;
  if (format === 'csv') {
    await put(
      out,
      `\uFEFF${spec.columns.map((c) => csvField(headerText(spec, c, lang))).join(',')}\r\n`,
    );
    for await (const r of records) {
      await put(out, `${spec.columns.map((c) => csvField(cell(c, r[c.field]))).join(',')}\r\n`);
      n++;
    }
    await new Promise<void>((resolve, reject) =>
      out.end((err?: Error | null) => (err ? reject(err) : resolve())),
    );
    return n;
  }
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet(spec.sheet[lang], {
    views: [{ state: 'frozen', ySplit: 1, rightToLeft: lang === 'ug' }],
  });
  ws.columns = spec.columns.map((c) => ({
    header: headerText(spec, c, lang),
    key: c.field,
    width: c.width,
    style: columnStyle(c),
  }));
  ws.getRow(1).font = { bold: true };
  for await (const r of records) {
    ws.addRow(spec.columns.map((c) => cell(c, r[c.field]))).commit();
    n++;
  }
  ws.commit();
  const meta = writeMeta(wb as unknown as ExcelJS.Workbook, kind, lang);
  (meta as unknown as { commit(): void }).commit();
  await wb.commit();
  return n;
}

function labelMaps(lists: Lists, lang: Lang): Record<keyof Lists, Map<string, string>> {
  const out = {} as Record<keyof Lists, Map<string, string>>;
  for (const [name, list] of Object.entries(lists) as [keyof Lists, Lists[keyof Lists]][]) {
    out[name] = new Map(list.entries.map((e) => [e.code, listLabel(e, lang)]));
  }
  return out;
}
