/**
 * Reading one cell of an imported row by its column's type: text, a code from a list, yuan (to
 * integer fen), a date, a whole number, a percentage (to basis points), yes/no, or shares
 * ("code=60%; code=40%"). Each reader returns the value and the problems it found; an `error`
 * problem skips the row. Pure: no I/O.
 */
import { isIsoDate } from '../../domain/dates.js';
import { type ProblemRef, problem } from '../../domain/problems.js';

/** A cell as the readers hand it over (ExcelJS values reduced to these; CSV gives strings). */
export type RawCell =
  | null
  | string
  | number
  | boolean
  | Date
  | { formula: string; result: RawCell | undefined }
  | { error: string };

export type Severity = 'critical' | 'error' | 'warning';

export interface CellProblem {
  severity: Severity;
  ref: ProblemRef;
}

export interface Read<T> {
  value: T | undefined;
  problems: CellProblem[];
}

function ok<T>(value: T | undefined, problems: CellProblem[] = []): Read<T> {
  return { value, problems };
}
const none: Read<never> = { value: undefined, problems: [] };
const fail = (ref: ProblemRef): Read<never> => ({
  value: undefined,
  problems: [{ severity: 'error', ref }],
});
const warn = (ref: ProblemRef): CellProblem => ({ severity: 'warning', ref });

/** The cell as the user typed or sees it, for the report. */
export function displayValue(cell: RawCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : isoOf(cell);
  if (typeof cell === 'object') return 'formula' in cell ? `=${cell.formula}` : cell.error;
  return String(cell);
}

/**
 * A formula is replaced by its saved result (a warning: the file should hold values); with no
 * saved result the row is skipped. Error values (#REF! …) skip the row.
 */
export function resolveFormula(cell: RawCell): Read<Plain> {
  if (cell !== null && typeof cell === 'object' && !(cell instanceof Date)) {
    if ('error' in cell) return fail(problem('import.cellError', { value: cell.error }));
    const formula = cell.formula.length > 60 ? `${cell.formula.slice(0, 57)}…` : cell.formula;
    const result = cell.result;
    if (
      result === undefined ||
      result === null ||
      (typeof result === 'object' && !(result instanceof Date))
    ) {
      return fail(problem('import.formulaNoValue', { formula: `=${formula}` }));
    }
    return ok(result as Plain, [warn(problem('import.formula', { formula: `=${formula}` }))]);
  }
  return ok(cell as Plain);
}

/** A cell's plain value: no formula, no error. */
export type Plain = string | number | boolean | Date | null;

/** Text of a plain cell, trimmed; '' for empty. */
export function textOf(cell: Plain): string {
  if (cell === null) return '';
  if (cell instanceof Date) return isoOf(cell);
  return String(cell).trim();
}

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Excel's day 0 (1899-12-30, the 1900 date system with its leap-year bug folded in). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 100_000) return null;
  const iso = isoOf(new Date(EXCEL_EPOCH + Math.floor(serial) * DAY));
  return isoInRange(iso) ? iso : null;
}

function isoInRange(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  return isIsoDate(iso) && year >= 1949 && year <= 2100;
}

const TEXT_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/** A date: a date cell, an Excel serial (warned), ISO text, or other common text forms (warned). */
export function readDate(cell: Plain): Read<string> {
  if (cell === null || cell === '') return none;
  if (cell instanceof Date) {
    const iso = isoOf(cell);
    return isoInRange(iso) ? ok(iso) : fail(problem('import.notDate', { value: iso }));
  }
  if (typeof cell === 'number') {
    const iso = serialToIso(cell);
    if (iso === null) return fail(problem('import.notDate', { value: String(cell) }));
    return ok(iso, [warn(problem('import.dateSerial', { value: String(cell), date: iso }))]);
  }
  const text = String(cell).trim();
  if (text === '') return none;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return isoInRange(text) ? ok(text) : fail(problem('import.notDate', { value: text }));
  }
  const m = TEXT_DATE.exec(text) ?? COMPACT_DATE.exec(text);
  if (m) {
    const iso = `${m[1]}-${String(m[2]).padStart(2, '0')}-${String(m[3]).padStart(2, '0')}`;
    if (isoInRange(iso)) {
      return ok(iso, [warn(problem('import.dateText', { value: text, date: iso }))]);
    }
  }
  if (/^\d{4,6}(\.\d+)?$/.test(text)) {
    const iso = serialToIso(Number(text));
    if (iso !== null) {
      return ok(iso, [warn(problem('import.dateSerial', { value: text, date: iso }))]);
    }
  }
  return fail(problem('import.notDate', { value: text }));
}

const THOUSANDS = /^-?\d{1,3}([,，]\d{3})+(\.\d+)?$/;

/** A decimal number from a cell: numbers as they are, text with thousands separators (warned). */
function readNumber(cell: Plain, strip: RegExp | null): Read<number> {
  if (cell === null || cell === '') return none;
  if (typeof cell === 'number') {
    return Number.isFinite(cell) ? ok(cell) : fail(problem('import.notNumber', { value: '' }));
  }
  if (typeof cell === 'boolean' || cell instanceof Date) {
    return fail(problem('import.notNumber', { value: textOf(cell) }));
  }
  const raw = cell.trim();
  let text = raw.replace(/\s+/g, '');
  if (strip) text = text.replace(strip, '');
  if (text === '') return none;
  const problems: CellProblem[] = [];
  if (THOUSANDS.test(text)) {
    text = text.replace(/[,，]/g, '');
    problems.push(warn(problem('import.thousands', { value: raw, number: text })));
  }
  if (!/^-?\d+(\.\d+)?$/.test(text)) return fail(problem('import.notNumber', { value: raw }));
  return ok(Number(text), problems);
}

/**
 * Yuan to integer fen. A figure in 万元 (the unit the screens use, decision 0019) in a column
 * that says 元 is refused, naming the amount in yuan to enter: a silent ×10,000 is too costly a
 * guess (decision 0050).
 */
export function readYuan(cell: Plain): Read<number> {
  if (typeof cell === 'string' && /万/.test(cell)) {
    const n = Number(cell.replace(/[\s,，]|万元|万|元/g, ''));
    const yuan = Number.isFinite(n) ? formatYuan(Math.round(n * 1_000_000)) : '?';
    return fail(problem('import.wanYuan', { value: cell.trim(), yuan }));
  }
  const read = readNumber(cell, /^[¥￥]|元$|RMB$/i);
  if (read.value === undefined) return read as Read<never>;
  const shown = typeof cell === 'string' ? cell.trim() : String(cell);
  if (read.value < 0) return fail(problem('import.negative', { value: shown }));
  const fen = Math.round(read.value * 100);
  if (Math.abs(read.value * 100 - fen) > 1e-6 * Math.max(1, Math.abs(fen))) {
    return fail(problem('import.tooManyDecimals', { value: shown }));
  }
  return ok(fen, read.problems);
}

/** Integer fen as yuan with thousands separators and two decimals. */
export function formatYuan(fen: number): string {
  const yuan = Math.trunc(fen / 100).toLocaleString('en-US');
  return `${yuan}.${String(fen % 100).padStart(2, '0')}`;
}

/** A whole number. */
export function readInt(cell: Plain): Read<number> {
  const read = readNumber(cell, null);
  if (read.value === undefined) return read;
  if (!Number.isInteger(read.value))
    return fail(problem('import.notWhole', { value: textOf(cell) }));
  return read;
}

/** A percentage (60 or "60%") to basis points (6000). */
export function readPercent(cell: Plain): Read<number> {
  const read = readNumber(cell, /%$|％$/);
  if (read.value === undefined) return read;
  const bp = Math.round(read.value * 100);
  if (Math.abs(read.value * 100 - bp) > 1e-6) {
    return fail(problem('import.notWhole', { value: textOf(cell) }));
  }
  if (bp < 0) return fail(problem('import.negative', { value: textOf(cell) }));
  return ok(bp, read.problems);
}

const YES = new Set(['是', 'yes', 'y', 'true', '1', '√', '✓', 'ھەئە']);
const NO = new Set(['否', 'no', 'n', 'false', '0', '×', 'ياق']);

/** Yes or no. */
export function readBool(cell: Plain): Read<boolean> {
  if (cell === null || cell === '') return none;
  if (typeof cell === 'boolean') return ok(cell);
  const text = textOf(cell).toLowerCase();
  if (text === '') return none;
  if (YES.has(text)) return ok(true);
  if (NO.has(text)) return ok(false);
  return fail(problem('import.notYesNo', { value: textOf(cell) }));
}

/** A list of coded values for a drop-down and for reading cells back. */
export interface CodeList {
  /** The list's name in the user's language, for messages ("area", "地区", "رايون"). */
  name: { zh: string; en: string; ug: string };
  /** Each entry's names; `ug` where there is a Uyghur one (areas and orgs have none: Chinese). */
  entries: ReadonlyArray<ListEntry>;
}

export interface ListEntry {
  code: string;
  zh: string;
  en: string;
  ug?: string;
}

/** How an entry is shown in a drop-down: `名称 [code]`. */
export function listLabel(entry: ListEntry, lang: 'zh' | 'en' | 'ug') {
  const name =
    lang === 'zh' ? entry.zh : lang === 'ug' ? entry.ug || entry.zh : entry.en || entry.zh;
  return name === entry.code ? entry.code : `${name} [${entry.code}]`;
}

/** An index of a list for reading cells: by code, and by unique name in either language. */
export interface CodeIndex {
  list: CodeList;
  codes: { has(code: string): boolean };
  names: Map<string, string[]>;
}

export function indexList(list: CodeList): CodeIndex {
  const codes = new Set(list.entries.map((e) => e.code));
  const names = new Map<string, string[]>();
  for (const e of list.entries) {
    for (const name of new Set([e.zh, e.en, e.ug ?? ''].filter(Boolean))) {
      const key = name.toLowerCase();
      const found = names.get(key) ?? [];
      found.push(e.code);
      names.set(key, found);
    }
  }
  return { list, codes, names };
}

/** A code from a list: the code itself, `名称 [code]` (a drop-down entry) or a unique name. */
export function readCode(cell: Plain, index: CodeIndex, lang: 'zh' | 'en' | 'ug'): Read<string> {
  const text = textOf(cell);
  if (text === '') return none;
  const listName = index.list.name[lang];
  const bracket = /\[([^\]]+)\]\s*$/.exec(text);
  const candidate = bracket ? (bracket[1] ?? '').trim() : text;
  if (index.codes.has(candidate)) return ok(candidate);
  const named = index.names.get(text.toLowerCase());
  if (named && named.length === 1) return ok(named[0]);
  if (named && named.length > 1) {
    return fail(problem('import.ambiguousName', { value: text, list: listName }));
  }
  return fail(problem('import.unknownCode', { value: text, list: listName }));
}

/**
 * Shares: `code=60%; code=40%`, `名称 [code] 60%`, or one entry alone (the whole). Separators
 * `;`, `；`, `,`, `，` or a new line. Whether the shares sum to 100% is the use case's check.
 */
export function readShares(
  cell: Plain,
  index: CodeIndex,
  lang: 'zh' | 'en' | 'ug',
): Read<Array<{ code: string; shareBp: number }>> {
  const text = textOf(cell);
  if (text === '') return none;
  const parts = text
    .split(/[;；\n，]|,(?!\d{3})/)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: Array<{ code: string; shareBp: number }> = [];
  const problems: CellProblem[] = [];
  for (const part of parts) {
    const m =
      /^(.*?)\s*(?:[=:：]\s*)?(\d+(?:\.\d+)?)\s*[%％]$/.exec(part) ??
      /^(.*?)\s*[=:：]\s*(\d+(?:\.\d+)?)$/.exec(part);
    const name = m ? (m[1] ?? '') : part;
    if (!m && parts.length > 1) return fail(problem('import.badShares', { value: text }));
    const code = readCode(name, index, lang);
    if (code.value === undefined) {
      return code.problems.length > 0
        ? (code as Read<never>)
        : fail(problem('import.badShares', { value: text }));
    }
    problems.push(...code.problems);
    const bp = m ? Math.round(Number(m[2]) * 100) : 10000;
    out.push({ code: code.value, shareBp: bp });
  }
  if (out.length === 0) return fail(problem('import.badShares', { value: text }));
  return ok(out, problems);
}

/** Shares written back in the form `readShares` reads. */
export function writeShares(shares: ReadonlyArray<{ code: string; shareBp: number }>): string {
  if (shares.length === 1 && shares[0]?.shareBp === 10000) return shares[0].code;
  return shares.map((s) => `${s.code}=${s.shareBp / 100}%`).join('; ');
}

/**
 * Several codes of one list (an activity's organisers or areas): `名称 [code]` entries or codes
 * separated by `;`, `；` or a new line. Each is read as a drop-down entry is.
 */
export function readCodes(cell: Plain, index: CodeIndex, lang: 'zh' | 'en' | 'ug'): Read<string[]> {
  const text = textOf(cell);
  if (text === '') return none;
  const out: string[] = [];
  const problems: CellProblem[] = [];
  for (const part of text
    .split(/[;；\n]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const code = readCode(part, index, lang);
    if (code.value === undefined) return code as Read<never>;
    problems.push(...code.problems);
    out.push(code.value);
  }
  return ok(out, problems);
}

/** Several codes written back in the form `readCodes` reads. */
export const writeCodes = (codes: readonly string[]): string => codes.join('; ');

const TEXT_MONTH = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;

/** A month `YYYY-MM`: text (`2026-04`, `2026年4月`), or a date cell (Excel's reading of `2026-04`). */
export function readMonth(cell: Plain): Read<string> {
  if (cell === null || cell === '') return none;
  if (cell instanceof Date) return ok(isoOf(cell).slice(0, 7));
  const text = textOf(cell);
  const m = TEXT_MONTH.exec(text);
  const month = Number(m?.[2]);
  if (m && month >= 1 && month <= 12) return ok(`${m[1]}-${String(month).padStart(2, '0')}`);
  return fail(problem('import.notMonth', { value: text }));
}
