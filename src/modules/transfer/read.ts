/**
 * Reading an uploaded file into rows of cells: an XLSX workbook (its zip directory checked and
 * every entry's inflation bounded before ExcelJS inflates it) or CSV text (UTF-8 with or without
 * BOM, UTF-16 with BOM, else GB18030 — what Chinese Excel writes by default). A file that is
 * neither is unreadable.
 */
import { inflateRawSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { InvalidInputError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import type { RawCell } from './cells.js';

/** What one entry of a workbook may inflate to, all entries together (zip-bomb bound). */
export const MAX_INFLATED_BYTES = 512 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

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

const unreadable = () => InvalidInputError.field('file', problem('import.unreadable'));
const tooLarge = () =>
  InvalidInputError.field(
    'file',
    problem('import.tooLarge', { limit: MAX_INFLATED_BYTES / 1024 / 1024 }),
  );

/**
 * Checks a zip's central directory (entry count, the sum of the declared uncompressed sizes) and
 * then inflates each entry with its declared size as a hard bound, so a directory that lies
 * cannot make the real inflation (by ExcelJS, after this) any larger. Throws 422
 * `import.tooLarge` or `import.unreadable`.
 */
export function checkZip(buf: Buffer): void {
  const min = Math.max(0, buf.length - 65_557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw unreadable();
  const entries = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (entries === 0xffff || cdOffset === 0xffffffff) throw tooLarge(); // ZIP64: not for templates
  if (entries > MAX_ENTRIES) throw tooLarge();
  if (cdOffset + cdSize > buf.length) throw unreadable();
  let total = 0;
  let p = cdOffset;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw unreadable();
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extra = buf.readUInt16LE(p + 30);
    const comment = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    if (size === 0xffffffff || compressed === 0xffffffff) throw tooLarge();
    total += size;
    if (total > MAX_INFLATED_BYTES) throw tooLarge();
    inflateBounded(buf, { method, compressed, size, local });
    p += 46 + nameLength + extra + comment;
  }
}

function inflateBounded(
  buf: Buffer,
  e: { method: number; compressed: number; size: number; local: number },
): void {
  if (e.local + 30 > buf.length || buf.readUInt32LE(e.local) !== 0x04034b50) throw unreadable();
  const start = e.local + 30 + buf.readUInt16LE(e.local + 26) + buf.readUInt16LE(e.local + 28);
  if (start + e.compressed > buf.length) throw unreadable();
  if (e.method === 0) {
    if (e.compressed !== e.size) throw unreadable();
    return;
  }
  if (e.method !== 8) throw unreadable();
  let out: Buffer;
  try {
    out = inflateRawSync(buf.subarray(start, start + e.compressed), {
      maxOutputLength: Math.max(1, e.size),
    });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw unreadable();
  }
  if (out.length !== e.size) throw tooLarge();
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

interface Merge {
  top: number;
  bottom: number;
  range: string;
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

async function readXlsx(buf: Buffer): Promise<ReadFile> {
  checkZip(buf);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw unreadable();
  }
  let meta: ReadFile['meta'] = null;
  const metaSheet = wb.getWorksheet(META_SHEET);
  if (metaSheet && metaSheet.getCell('A1').value === META_MARK) {
    meta = {
      kind: String(metaSheet.getCell('B1').value ?? ''),
      version: Number(metaSheet.getCell('B2').value ?? 0),
      lang: String(metaSheet.getCell('B3').value ?? ''),
    };
  }
  const sheets: SheetRows[] = [];
  wb.eachSheet((ws) => {
    if (ws.state !== 'visible') return;
    const merges = Object.values(
      (ws as unknown as { _merges: Record<string, Merge> })._merges ?? {},
    ).filter(Boolean);
    const rows: SheetRows['rows'] = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
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
    });
    sheets.push({ name: ws.name, rows });
  });
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
