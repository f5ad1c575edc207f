/**
 * Reading an uploaded file into rows of cells: an XLSX workbook (its zip directory checked and
 * every entry's inflation bounded before ExcelJS inflates it) or CSV text (UTF-8 with or without
 * BOM, UTF-16 with BOM, else GB18030 — what Chinese Excel writes by default). A file that is
 * neither is unreadable.
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { InvalidInputError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import type { RawCell } from './cells.js';
import { checkZip, unreadable, WORKBOOK_PARTS } from './zip.js';

export interface SheetRows {
  name: string;
  /** Rows by their number in the sheet (1 is the header); cells by column, 0-based. */
  rows: Array<{ number: number; cells: RawCell[]; merged: string | null }>;
}

export interface ReadFile {
  format: 'xlsx' | 'csv';
  /** The workbook's identification sheet: kind, version, language; null for CSV or none. */
  meta: { kind: string; version: number; lang: string } | null;
  /** The visible sheets, in order (one for CSV). */
  sheets: SheetRows[];
  encoding?: string;
}

/** Decodes CSV bytes: a BOM says UTF-8 or UTF-16; else strict UTF-8, else GB18030. */
export function decodeText(buf: Buffer): { text: string; encoding: string } {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(buf.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le' };
  }
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(buf), encoding: 'gb18030' };
  }
}

/** Text a person could have written: no NUL and few control characters or undecodable bytes. */
function looksLikeText(text: string): boolean {
  if (text.includes('\u0000')) return false;
  let odd = 0;
  for (const ch of text.slice(0, 65_536)) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) odd++;
  }
  return odd <= Math.max(2, text.length / 1000);
}

function readCsv(buf: Buffer): ReadFile {
  const { text, encoding } = decodeText(buf);
  if (!looksLikeText(text)) throw unreadable();
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: true });
  } catch {
    throw unreadable();
  }
  return {
    format: 'csv',
    meta: null,
    encoding,
    sheets: [
      {
        name: 'CSV',
        rows: records.map((cells, i) => ({ number: i + 1, cells, merged: null })),
      },
    ],
  };
}

/** An ExcelJS cell value as a RawCell. */
function rawOf(value: ExcelJS.CellValue, formula?: string): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value as RawCell;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return { error: String(value.error) };
  if ('formula' in value || 'sharedFormula' in value) {
    const v = value as { formula?: string; sharedFormula?: string; result?: unknown };
    const result = v.result === undefined ? undefined : rawOf(v.result as ExcelJS.CellValue);
    return { formula: formula ?? v.formula ?? v.sharedFormula ?? '', result };
  }
  if ('text' in value) {
    const t = (value as { text: unknown }).text;
    return typeof t === 'string' ? t : rawOf(t as ExcelJS.CellValue);
  }
  return null;
}

/** The rows of a streamed worksheet, cells as RawCells (a percentage as the text shown). */
async function sheetRows(
  ws: AsyncIterable<ExcelJS.Row>,
  merges: Array<{ range: string; top: number; bottom: number }>,
): Promise<SheetRows['rows']> {
  const rows: SheetRows['rows'] = [];
  for await (const row of ws) {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const raw = rawOf(cell.value, cell.formula || undefined);
      // A percentage cell holds 0.6 for 60%: read it as the text the user sees.
      cells[col - 1] =
        typeof raw === 'number' && /%/.test(cell.numFmt ?? '')
          ? `${+(raw * 100).toFixed(6)}%`
          : raw;
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    const merge = merges.find((m) => m.top <= row.number && m.bottom >= row.number);
    rows.push({ number: row.number, cells, merged: merge ? merge.range : null });
  }
  return rows;
}

/**
 * The part parsers of ExcelJS's streaming reader (4.4). Its own `parse()` unzips in one pass
 * and now and then loses a part (the workbook, so every sheet is named "SheetN" and the
 * template is not recognised: exceljs#3064). We give it the parts that `checkZip` inflated, in
 * the order it needs them. test/transfer/read-order.test.ts reads one file many times.
 */
interface PartReader {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(
    entry: Readable,
    sheetNo: string,
  ): Generator<{ value: AsyncIterable<ExcelJS.Row> & { name: string; state?: string } }>;
}

const part = (buf: Buffer) => Readable.from([buf]);

/**
 * A workbook, read with ExcelJS's streaming part parsers once its zip has passed `checkZip`
 * (which also gives the parts and the merged cells): the visible sheets' rows and the
 * identification sheet.
 */
async function readXlsx(buf: Buffer): Promise<ReadFile> {
  const facts = checkZip(buf);
  let meta: ReadFile['meta'] = null;
  const sheets: SheetRows[] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    }) as unknown as PartReader;
    const { rels, workbook, sharedStrings, styles } = WORKBOOK_PARTS;
    const at = (path: string) => facts.parts.get(path);
    const relsXml = at(rels);
    const workbookXml = at(workbook);
    if (!relsXml || !workbookXml) throw unreadable();
    await reader._parseRels(part(relsXml));
    await reader._parseWorkbook(part(workbookXml));
    const strings = at(sharedStrings);
    if (strings) for await (const _ of reader._parseSharedStrings(part(strings)));
    const styleXml = at(styles);
    if (styleXml) await reader._parseStyles(part(styleXml));
    for (const { number, path } of facts.worksheets) {
      const xml = at(path);
      if (!xml) continue;
      for (const { value: ws } of reader._parseWorksheet(part(xml), String(number))) {
        const rows = await sheetRows(ws, facts.mergesBySheet.get(ws.name) ?? []);
        if (ws.name === META_SHEET) {
          const cell = (r: number, c: number) =>
            rows.find((x) => x.number === r)?.cells[c - 1] ?? null;
          if (cell(1, 1) === META_MARK) {
            meta = {
              kind: String(cell(1, 2) ?? ''),
              version: Number(cell(2, 2) ?? 0),
              lang: String(cell(3, 2) ?? ''),
            };
          }
        } else if (ws.state === undefined || ws.state === 'visible') {
          sheets.push({ name: ws.name, rows });
        }
      }
    }
  } catch (err) {
    if (err instanceof InvalidInputError) throw err;
    throw unreadable();
  }
  return { format: 'xlsx', meta, sheets };
}

/** The hidden sheet naming a template's kind, version and language. */
export const META_SHEET = '_shanhai';
export const META_MARK = 'shanhai-template';
/** The hidden sheet holding the drop-down lists. */
export const LISTS_SHEET = '_lists';

/**
 * Reads a file by its content, never its name: a zip is a workbook, an OLE file is old Excel
 * (refused, save as .xlsx), text is CSV; anything else is unreadable (422).
 */
export async function readUpload(buf: Buffer): Promise<ReadFile> {
  if (buf.length === 0) throw unreadable();
  if (buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50) return readXlsx(buf);
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0 && buf.readUInt32BE(4) === 0xa1b11ae1) {
    throw InvalidInputError.field('file', problem('import.oldExcel'));
  }
  return readCsv(buf);
}
