/**
 * The dry run's report as a workbook (issue 11, decision 0057): the uploaded rows with each
 * problem marked in its cell — filled by severity, the messages in the cell's note — and a first
 * sheet listing every problem with a link to its cell. When the upload was the current template
 * of the kind (or CSV, which has no identifying sheet), the workbook carries the template's
 * identifying sheet, so the user can fix the marked cells and upload it again as it is.
 */
import ExcelJS from 'exceljs';
import type { ServiceContext } from '../core/context.js';
import { displayValue, type RawCell } from './cells.js';
import { type ImportOptions, type ImportReport, runImport } from './import.js';
import { type Column, type Kind, SPECS, TEMPLATE_VERSION } from './kinds.js';
import { readUpload, type SheetRows } from './read.js';
import { headerText, type Lang, matchHeader, NUMBER_FORMATS, writeMeta } from './template.js';

type Severity = ImportReport['problems'][number]['severity'];

const FILL: Record<Severity, string> = {
  critical: 'FFF4B084',
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
};

const WORDS: Record<
  Lang,
  {
    sheet: string;
    severity: Record<Severity, string>;
    headers: [string, string, string, string, string, string];
  }
> = {
  zh: {
    sheet: '问题清单',
    severity: { critical: '严重', error: '错误', warning: '警告' },
    headers: ['严重程度', '工作表', '行', '列', '单元格内容', '说明'],
  },
  en: {
    sheet: 'Problems',
    severity: { critical: 'Critical', error: 'Error', warning: 'Warning' },
    headers: ['Severity', 'Sheet', 'Row', 'Column', 'Cell value', 'Message'],
  },
  ug: {
    sheet: 'مەسىلە تىزىملىكى',
    severity: { critical: 'ئېغىر', error: 'خاتالىق', warning: 'ئاگاھلاندۇرۇش' },
    headers: [
      'ئېغىرلىق دەرىجىسى',
      'خىزمەت جەدۋىلى',
      'قۇر',
      'ئىستون',
      'كاتەكچە مەزمۇنى',
      'چۈشەندۈرۈش',
    ],
  },
};

/** A read cell as a value to write back: a formula as its saved result (what was imported). */
function cellValueOf(cell: RawCell | undefined): ExcelJS.CellValue {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date || typeof cell !== 'object') return cell;
  if ('error' in cell) return cell.error;
  return cell.result === undefined ? `=${cell.formula}` : cellValueOf(cell.result);
}

/** The header row of a sheet as the importer finds it: the first of ten naming two columns. */
function headerRow(kind: Kind, sheet: SheetRows): SheetRows['rows'][number] | undefined {
  const spec = SPECS[kind];
  const named = (r: SheetRows['rows'][number]) =>
    r.cells.filter((c) => matchHeader(spec, displayValue(c)) !== undefined).length;
  return sheet.rows.slice(0, 10).find((r) => named(r) >= 2) ?? sheet.rows[0];
}

/**
 * Runs the dry run of `file` and returns its report and the marked workbook. Throws as the import
 * does (422) for a file that cannot be read at all.
 */
export async function markedReport(
  ctx: ServiceContext,
  kind: Kind,
  file: Buffer,
  options: Omit<ImportOptions, 'dryRun'>,
): Promise<{ report: ImportReport; workbook: Buffer }> {
  const report = await runImport(ctx, kind, file, { ...options, dryRun: true });
  const read = await readUpload(file);
  const spec = SPECS[kind];
  const lang = options.lang;
  const words = WORDS[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Shanhai';
  // The data sheets, cells as read; a CSV's one sheet takes the kind's sheet name.
  const where = new Map<string, { ws: ExcelJS.Worksheet; columns: Map<string, number> }>();
  for (const sheet of read.sheets) {
    const name = read.format === 'csv' ? spec.sheet[lang] : sheet.name;
    const ws = wb.addWorksheet(name, {
      views: [{ state: 'frozen', ySplit: 1, rightToLeft: lang === 'ug' }],
    });
    const header = headerRow(kind, sheet);
    const columns = new Map<string, number>();
    header?.cells.forEach((cell, i) => {
      const text = displayValue(cell);
      const column: Column | undefined = matchHeader(spec, text);
      if (text.trim() !== '') columns.set(text, i + 1);
      if (column) {
        columns.set(column.header.zh, i + 1);
        columns.set(column.header.en, i + 1);
        columns.set(headerText(spec, column, lang), i + 1);
        ws.getColumn(i + 1).width = column.width;
        const format = NUMBER_FORMATS[column.type];
        if (format) ws.getColumn(i + 1).numFmt = format;
      }
    });
    for (const row of sheet.rows) {
      const line = ws.getRow(row.number);
      row.cells.forEach((cell, i) => {
        line.getCell(i + 1).value = cellValueOf(cell);
      });
      if (row === header) line.font = { bold: true };
    }
    where.set(sheet.name, { ws, columns });
  }

  // The list of problems comes last (the importer's fallback is the first sheet), shown first.
  const list = wb.addWorksheet(words.sheet, {
    views: [{ state: 'frozen', ySplit: 1, rightToLeft: lang === 'ug' }],
  });
  list.columns = words.headers.map((header, i) => ({
    header,
    width: [10, 14, 6, 22, 28, 70][i] ?? 14,
  }));
  list.getRow(1).font = { bold: true };

  wb.views = [{ activeTab: wb.worksheets.length - 1 } as ExcelJS.WorkbookView];

  for (const p of report.problems) {
    const line = list.addRow([
      words.severity[p.severity],
      p.sheet === 'CSV' && read.format === 'csv' ? spec.sheet[lang] : p.sheet,
      p.row,
      p.column,
      p.value,
      p.message,
    ]);
    line.getCell(1).fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: FILL[p.severity] },
    };
    line.getCell(6).alignment = { wrapText: true, vertical: 'top' };
    const target = p.sheet === null ? undefined : where.get(p.sheet);
    if (!target || p.row === null) continue;
    const col = p.column === null ? 1 : (target.columns.get(p.column) ?? 1);
    const cell = target.ws.getCell(p.row, col);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[p.severity] } };
    const note = `${words.severity[p.severity]}: ${p.message}`;
    const before = typeof cell.note === 'string' ? cell.note : '';
    cell.note = before ? `${before}\n${note}` : note;
    const sheetRef = `'${target.ws.name.replace(/'/g, "''")}'!${cell.address}`;
    line.getCell(3).value = { text: String(p.row), hyperlink: `#${sheetRef}` };
  }

  // Fixed and uploaded again as it is: only a current template of the kind, or CSV, is marked so.
  const current =
    read.format === 'csv' ||
    (read.meta?.kind === kind && read.meta.version === TEMPLATE_VERSION[kind]);
  if (current) writeMeta(wb, kind, lang);
  return { report, workbook: Buffer.from(await wb.xlsx.writeBuffer()) };
}
