/**
 * A workbook's zip, checked before anything else reads it (decision 0050): the central
 * directory's entry count and declared sizes bounded, each entry inflated with its declared size
 * as a hard limit (a directory that lies cannot inflate more). The inflated parts a reader needs
 * are kept (the workbook, its relationships, shared strings, styles and each worksheet), so the
 * reader takes them from here in a fixed order instead of from ExcelJS's own one-pass unzip,
 * which now and then lost the workbook part (exceljs#3064, decision 0061); on the way the merged
 * cells of each sheet are noted (ExcelJS's streaming reader does not report them).
 */
import { inflateRawSync } from 'node:zlib';
import { InvalidInputError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';

/** What all entries of a workbook may inflate to together (zip-bomb bound). */
export const MAX_INFLATED_BYTES = 512 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

export const unreadable = () => InvalidInputError.field('file', problem('import.unreadable'));
const tooLarge = () =>
  InvalidInputError.field(
    'file',
    problem('import.tooLarge', { limit: MAX_INFLATED_BYTES / 1024 / 1024 }),
  );

/** A merged range with its first and last rows. */
export interface MergedRange {
  range: string;
  top: number;
  bottom: number;
}

export interface ZipFacts {
  /** The merged ranges of each sheet, by the sheet's name. */
  mergesBySheet: Map<string, MergedRange[]>;
  /** The inflated parts a reader needs, by their path in the zip (`xl/workbook.xml`, …). */
  parts: Map<string, Buffer>;
  /** The worksheet parts with their number (`xl/worksheets/sheet3.xml` is 3), in the workbook's order. */
  worksheets: Array<{ number: number; path: string }>;
}

/** The parts kept for the reader besides the worksheets. */
export const WORKBOOK_PARTS = {
  rels: 'xl/_rels/workbook.xml.rels',
  workbook: 'xl/workbook.xml',
  sharedStrings: 'xl/sharedStrings.xml',
  styles: 'xl/styles.xml',
} as const;
const KEPT = new Set<string>(Object.values(WORKBOOK_PARTS));
const WORKSHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/** The `ref`s of a sheet's `<mergeCell>` elements (after its data, so searched from the end). */
function mergesIn(xml: Buffer): string[] {
  const at = xml.lastIndexOf('<mergeCells');
  if (at < 0) return [];
  const text = xml.subarray(at).toString('utf8');
  return [...text.matchAll(/<mergeCell\b[^>]*\bref="([A-Z]+\d+(?::[A-Z]+\d+)?)"/g)].map(
    (m) => m[1] ?? '',
  );
}

function mergeRows(range: string): MergedRange {
  const rows = [...range.matchAll(/[A-Z]+(\d+)/g)].map((m) => Number(m[1]));
  return { range, top: Math.min(...rows), bottom: Math.max(...rows) };
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) out[m[1] ?? ''] = m[2] ?? '';
  return out;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Each sheet's name and its part's path, from the workbook and its relationships. */
function sheetFiles(found: Map<string, Buffer>): Array<[string, string]> {
  const workbook = found.get('xl/workbook.xml')?.toString('utf8') ?? '';
  const rels = found.get('xl/_rels/workbook.xml.rels')?.toString('utf8') ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attrs(m[0]);
    const target = (a.Target ?? '').replace(/^\//, '');
    targets.set(a.Id ?? '', target.startsWith('xl/') ? target : `xl/${target}`);
  }
  const out: Array<[string, string]> = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const a = attrs(m[0]);
    const file = targets.get(a['r:id'] ?? '');
    if (a.name && file) out.push([unescapeXml(a.name), file]);
  }
  return out;
}

/**
 * Checks a zip's central directory (entry count, the sum of the declared uncompressed sizes) and
 * then inflates each entry with its declared size as a hard bound, so a directory that lies
 * cannot make the real inflation (by ExcelJS, after this) any larger. Throws 422
 * `import.tooLarge` or `import.unreadable`.
 */
export function checkZip(buf: Buffer): ZipFacts {
  const facts: ZipFacts = { mergesBySheet: new Map(), parts: new Map(), worksheets: [] };
  const found = facts.parts;
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
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    const out = inflateBounded(buf, { method, compressed, size, local });
    const sheet = WORKSHEET.exec(name);
    if (KEPT.has(name) || sheet) found.set(name, out);
    if (sheet) facts.worksheets.push({ number: Number(sheet[1]), path: name });
    p += 46 + nameLength + extra + comment;
  }
  const listed = sheetFiles(found);
  const place = (path: string) => {
    const i = listed.findIndex(([, file]) => file === path);
    return i < 0 ? listed.length : i;
  };
  facts.worksheets.sort((a, b) => place(a.path) - place(b.path) || a.number - b.number);
  for (const [sheet, file] of listed) {
    const xml = found.get(file);
    const merges = xml ? mergesIn(xml) : [];
    if (merges.length > 0) facts.mergesBySheet.set(sheet, merges.map(mergeRows));
  }
  return facts;
}

function inflateBounded(
  buf: Buffer,
  e: { method: number; compressed: number; size: number; local: number },
): Buffer {
  if (e.local + 30 > buf.length || buf.readUInt32LE(e.local) !== 0x04034b50) throw unreadable();
  const start = e.local + 30 + buf.readUInt16LE(e.local + 26) + buf.readUInt16LE(e.local + 28);
  if (start + e.compressed > buf.length) throw unreadable();
  if (e.method === 0) {
    if (e.compressed !== e.size) throw unreadable();
    return buf.subarray(start, start + e.compressed);
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
  return out;
}
