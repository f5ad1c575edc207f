/**
 * The Excel template of a kind, generated from its columns (kinds.ts, which read the API's
 * schemas): headers in Chinese or English (required ones marked *), a comment on each header,
 * drop-down lists for coded columns (data validation referencing the hidden lists sheet), number
 * and date formats, an example row, and a hidden sheet naming the kind, version and language.
 */
import ExcelJS from 'exceljs';
import type { ServiceContext } from '../core/context.js';
import { listLabel } from './cells.js';
import {
  type Column,
  type ColumnType,
  isRequired,
  type Kind,
  type KindSpec,
  type ListName,
  SPECS,
  TEMPLATE_VERSION,
} from './kinds.js';
import { type Lists, loadLists } from './lists.js';
import { LISTS_SHEET, META_MARK, META_SHEET } from './read.js';

/** The template's language: Chinese, English or Uyghur (decision 0060). */
export type Lang = 'zh' | 'en' | 'ug';

/** Rows of the data sheet that carry the drop-downs and formats. */
const TEMPLATE_ROWS = 1000;

export const NUMBER_FORMATS: Partial<Record<ColumnType, string>> = {
  yuan: '#,##0.00',
  date: 'yyyy-mm-dd',
  int: '0',
  percent: '0.##',
  // Text, so that Excel keeps 2026-04 as typed rather than making it a date.
  month: '@',
};

/** A column's cell format: text for `textOnly` columns, else its type's number format. */
export function columnStyle(c: Column): { numFmt?: string } {
  const numFmt = c.textOnly ? '@' : NUMBER_FORMATS[c.type];
  return numFmt ? { numFmt } : {};
}

export const YES_NO: Record<Lang, [string, string]> = {
  zh: ['是', '否'],
  en: ['yes', 'no'],
  ug: ['ھەئە', 'ياق'],
};

/** The header as the template writes it: required columns end with *. */
export function headerText(spec: KindSpec, column: Column, lang: Lang): string {
  return `${column.header[lang]}${isRequired(spec, column) ? ' *' : ''}`;
}

/** A header cell's text back to its column: any language, with or without *, or the field. */
export function matchHeader(spec: KindSpec, text: string): Column | undefined {
  const norm = (s: string) => s.replace(/[*＊\s]/g, '').toLowerCase();
  const t = norm(text);
  if (t === '') return undefined;
  return spec.columns.find(
    (c) =>
      norm(c.header.zh) === t ||
      norm(c.header.en) === t ||
      norm(c.header.ug) === t ||
      norm(c.field) === t,
  );
}

function exampleValue(column: Column, lists: Lists, lang: Lang): ExcelJS.CellValue {
  const v = column.example;
  if (v === null) return null;
  if (column.type === 'bool') return YES_NO[lang][v ? 0 : 1];
  if (column.type === 'date' && typeof v === 'string') return new Date(`${v}T00:00:00Z`);
  if (
    (column.type === 'code' || column.type === 'shares' || column.type === 'codes') &&
    column.list
  ) {
    const entry = lists[column.list].entries.find((e) => e.code === v);
    return entry ? listLabel(entry, lang) : String(v);
  }
  return v;
}

/** The lists sheet: one column per list, a header naming it; returns each list's range. */
function writeLists(wb: ExcelJS.Workbook, lists: Lists, lang: Lang): Map<ListName, string> {
  const ws = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  const ranges = new Map<ListName, string>();
  (Object.keys(lists) as ListName[]).forEach((name, i) => {
    const col = i + 1;
    const letter = ws.getColumn(col).letter;
    ws.getCell(1, col).value = name;
    const entries = lists[name].entries;
    entries.forEach((e, j) => {
      ws.getCell(j + 2, col).value = listLabel(e, lang);
    });
    ranges.set(name, `${LISTS_SHEET}!$${letter}$2:$${letter}$${Math.max(2, entries.length + 1)}`);
  });
  return ranges;
}

/** Sets up the data sheet's header row: texts, comments, widths, formats, frozen. */
export function layoutHeader(
  ws: ExcelJS.Worksheet,
  spec: KindSpec,
  lang: Lang,
  withComments: boolean,
): void {
  ws.columns = spec.columns.map((c) => ({
    header: headerText(spec, c, lang),
    key: c.field,
    width: c.width,
    style: columnStyle(c),
  }));
  ws.views = [{ state: 'frozen', ySplit: 1, rightToLeft: lang === 'ug' }];
  const header = ws.getRow(1);
  header.font = { bold: true };
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: isRequired(spec, c) ? 'FFFCE4D6' : 'FFEDEDED' },
    };
    if (withComments) {
      // the comment in the template's language, then in the working language (Chinese), or
      // in English on a Chinese template
      const other: Lang = lang === 'zh' ? 'en' : 'zh';
      cell.note = `${c.comment[lang]}\n\n${c.header[other]}: ${c.comment[other]}`;
    }
  });
}

/** The workbook of a kind's template. */
export async function buildTemplate(ctx: ServiceContext, kind: Kind, lang: Lang): Promise<Buffer> {
  const spec = SPECS[kind];
  const { lists } = await loadLists(ctx.db);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Shanhai';
  const ws = wb.addWorksheet(spec.sheet[lang]);
  layoutHeader(ws, spec, lang, true);
  const ranges = writeLists(wb, lists, lang);
  const example = ws.getRow(2);
  spec.columns.forEach((c, i) => {
    example.getCell(i + 1).value = exampleValue(c, lists, lang);
  });
  example.font = { italic: true, color: { argb: 'FF808080' } };
  spec.columns.forEach((c, i) => {
    let validation: ExcelJS.DataValidation | null = null;
    if (c.type === 'bool') {
      validation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${YES_NO[lang].join(',')}"`],
      };
    } else if (c.list) {
      validation = {
        type: 'list',
        allowBlank: true,
        formulae: [ranges.get(c.list) ?? ''],
        // Shares and several codes may be typed as several entries: the list then only suggests.
        showErrorMessage: true,
        errorStyle: c.type === 'code' ? 'stop' : 'information',
      };
    } else if (c.type === 'date') {
      validation = {
        type: 'date',
        operator: 'between',
        allowBlank: true,
        formulae: [new Date(Date.UTC(1949, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
        showErrorMessage: true,
        errorStyle: 'warning',
      };
    }
    if (!validation) return;
    for (let r = 2; r <= TEMPLATE_ROWS + 1; r++) ws.getCell(r, i + 1).dataValidation = validation;
  });
  writeMeta(wb, kind, lang);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The hidden sheet identifying the kind, its version and the language. */
export function writeMeta(
  wb: { addWorksheet(name: string, o?: Partial<ExcelJS.AddWorksheetOptions>): ExcelJS.Worksheet },
  kind: Kind,
  lang: Lang,
): ExcelJS.Worksheet {
  const meta = wb.addWorksheet(META_SHEET, { state: 'hidden' });
  meta.getCell('A1').value = META_MARK;
  meta.getCell('B1').value = kind;
  meta.getCell('A2').value = 'version';
  meta.getCell('B2').value = TEMPLATE_VERSION[kind];
  meta.getCell('A3').value = 'lang';
  meta.getCell('B3').value = lang;
  return meta;
}
