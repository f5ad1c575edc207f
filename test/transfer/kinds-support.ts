/**
 * A harness for each kind's round trip and bad-input tests (decision 0056): runs an import as an
 * actor, reads an export back as plain rows (codes out of "名称 [code]", dates as ISO, numbers
 * as numbers, yes/no in English) so that an export can be compared with the rows a test filled.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Actor } from '../../src/domain/access.js';
import { actorOfUser } from '../../src/modules/accounts/authenticate.js';
import { writeExport } from '../../src/modules/transfer/export.js';
import { type ImportReport, runImport } from '../../src/modules/transfer/import.js';
import type { Kind } from '../../src/modules/transfer/kinds.js';
import { createTestUser } from '../support/accounts.js';
import type { DbTestContext } from '../support/db.js';
import { historyHead, SYSTEM, written } from './support.js';

/** A cell as a comparable string: a list entry's code, an ISO date, a number without format. */
export function plain(v: ExcelJS.CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'object') return JSON.stringify(v);
  const s = v.trim();
  const code = /\[([^\]]+)\]$/.exec(s);
  if (code?.[1]) return code[1];
  if (s === '是') return 'yes';
  if (s === '否') return 'no';
  // A number written as text (CSV, "1000000.00"); not long digit strings (ID cards) that a
  // double cannot hold.
  if (/^-?\d{1,15}(\.\d+)?$/.test(s)) return String(Number(s));
  return s;
}

/** Rows as sorted plain strings, trailing blanks dropped (for comparing as sets). */
export function plainRows(rows: ReadonlyArray<ReadonlyArray<ExcelJS.CellValue | undefined>>) {
  return rows
    .map((r) => {
      const cells = Array.from(r, plain);
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      return JSON.stringify(cells);
    })
    .sort();
}

export function kindHarness(ctx: DbTestContext) {
  const run = (
    kind: Kind,
    file: Buffer,
    options: { dryRun?: boolean; lang?: 'zh' | 'en'; actor?: Actor; programme?: string } = {},
  ): Promise<ImportReport> =>
    runImport({ actor: options.actor ?? SYSTEM, db: ctx.database.db }, kind, file, {
      dryRun: options.dryRun ?? true,
      lang: options.lang ?? 'en',
      programme: options.programme ?? 'xinjiang',
    });

  const exportFile = async (kind: Kind, format: 'csv' | 'xlsx', actor: Actor = SYSTEM) => {
    const { bytes } = await written((out) =>
      writeExport({ actor, db: ctx.database.db }, kind, format, 'zh', out),
    );
    return bytes;
  };

  /** The export's data rows (header left out), plain. */
  const exportRows = async (kind: Kind, format: 'csv' | 'xlsx', actor: Actor = SYSTEM) => {
    const file = await exportFile(kind, format, actor);
    if (format === 'csv') {
      const rows = parse(file.toString('utf8').replace(/^\uFEFF/, ''), {
        relax_column_count: true,
      }) as string[][];
      return plainRows(rows.slice(1));
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const rows: ExcelJS.CellValue[][] = [];
    ws?.eachRow((row, n) => {
      if (n === 1) return;
      const values = row.values as ExcelJS.CellValue[];
      rows.push(values.slice(1));
    });
    return plainRows(rows);
  };

  const actorAs = async (
    role: 'donor-editor' | 'recipient-editor' | 'coordinator',
    orgCode?: string,
    areaCode?: string,
  ) => {
    const { user } = await createTestUser(ctx.database, {
      role,
      ...(orgCode ? { orgCode } : {}),
      ...(areaCode ? { areaCode } : {}),
    });
    return actorOfUser(ctx.database.db, { id: user.id, username: user.username }, 'session');
  };

  /** The problems other than warnings, as severity, sheet, row, column and message. */
  const faults = (r: ImportReport) =>
    r.problems
      .filter((p) => p.severity !== 'warning')
      .map((p) => ({
        severity: p.severity,
        sheet: p.sheet,
        row: p.row,
        column: p.column,
        message: p.message,
      }));

  return {
    run,
    exportFile,
    exportRows,
    actorAs,
    faults,
    head: () => historyHead(ctx.database),
  };
}
