/**
 * Importing a filled template (XLSX) or CSV of a kind: a dry run reports every problem, triaged
 * critical (nothing can be imported), error (the row is skipped) or warning, each naming the
 * sheet, row, column and value; a commit applies the accepted rows in ONE transaction through
 * the use cases (each kind's handler, handlers.ts), and records the import in the history with
 * the file's SHA-256. Idempotent: a record that exists (a project's code, a ledger entry identical
 * to one recorded, a plan's project …) is skipped with a warning, so the same file twice changes
 * nothing the second time.
 *
 * Both runs go through the same steps, use cases included (each row in a savepoint, so a refused
 * row leaves nothing behind); the dry run then rolls everything back.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { DomainError } from '../../domain/errors.js';
import { type ProblemRef, problem, renderProblem } from '../../domain/problems.js';
import type { ServiceContext } from '../core/context.js';
import { write } from '../write.js';
import { type CellProblem, displayValue, resolveFormula, type Severity, textOf } from './cells.js';
import { HANDLERS } from './handlers.js';
import {
  type Column,
  EXAMPLE_CODE,
  type Kind,
  type KindSpec,
  SPECS,
  TEMPLATE_VERSION,
} from './kinds.js';
import { buildIndexes, loadLists } from './lists.js';
import { readUpload, type SheetRows } from './read.js';
import {
  bodyValue,
  markDuplicates,
  type Row,
  readCell,
  refusal,
  schemaProblems,
  setPath,
} from './rows.js';
import { headerText, type Lang, matchHeader } from './template.js';

export interface ImportProblem {
  severity: Severity;
  sheet: string | null;
  row: number | null;
  column: string | null;
  value: string | null;
  message: string;
}

export interface ImportReport {
  dryRun: boolean;
  kind: Kind;
  rows: number;
  accepted: number;
  skipped: number;
  problems: ImportProblem[];
  counts: Record<string, number>;
  sha256: string;
}

export interface ImportOptions {
  dryRun: boolean;
  lang: Lang;
  programme?: string | undefined;
  filename?: string | undefined;
  /**
   * Told how far the import is (an import job's progress, decision 0081): rows checked, then
   * rows applied, of the rows read. When given, the checking yields to the event loop now and
   * then, so the process answers other requests meanwhile.
   */
  progress?: ImportProgress | undefined;
}

/** What an import is doing and how far it is. */
export type ImportPhase = 'reading' | 'checking' | 'applying';
export type ImportProgress = (phase: ImportPhase, done: number, total: number | null) => void;

/** Rows between two progress reports (and, while checking, two yields to the event loop). */
export const PROGRESS_EVERY = 200;

/** Lets the event loop run what waits (other requests) before going on. */
export const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve));

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, error: 1, warning: 2 };

class Rollback extends Error {}

/** The data sheet of a workbook: the one named for the kind, else the first visible one. */
function dataSheet(spec: KindSpec, sheets: SheetRows[]): SheetRows | undefined {
  const names = [spec.sheet.zh, spec.sheet.en, spec.sheet.ug];
  return sheets.find((s) => names.includes(s.name)) ?? sheets[0];
}

/**
 * Runs an import (dry run or commit) of `file` as `ctx.actor`. Throws 422 (`import.unreadable`,
 * `import.oldExcel`, `import.tooLarge`) for a file that cannot be read at all; every other
 * problem is in the report.
 */
export async function runImport(
  ctx: ServiceContext,
  kind: Kind,
  file: Buffer,
  options: ImportOptions,
): Promise<ImportReport> {
  const spec = SPECS[kind];
  const handler = HANDLERS[kind];
  const lang = options.lang;
  const rowOptions = { programme: options.programme, lang };
  const progress = options.progress;
  progress?.('reading', 0, null);
  const sha256 = createHash('sha256').update(file).digest('hex');
  const read = await readUpload(file);
  const report: ImportReport = {
    dryRun: options.dryRun,
    kind,
    rows: 0,
    accepted: 0,
    skipped: 0,
    problems: [],
    counts: {},
    sha256,
  };
  const critical = (ref: ProblemRef, sheet: string | null = null, column: string | null = null) =>
    report.problems.push({
      severity: 'critical',
      sheet,
      row: null,
      column,
      value: null,
      message: renderProblem(ref, lang),
    });

  if (read.format === 'xlsx') {
    const kindName = (k: string) => (k in SPECS ? SPECS[k as Kind].sheet[lang] : k || '?');
    if (!read.meta) critical(problem('import.notTemplate'));
    else if (read.meta.kind !== kind) {
      critical(
        problem('import.wrongKind', { found: kindName(read.meta.kind), expected: kindName(kind) }),
      );
    } else if (read.meta.version !== TEMPLATE_VERSION[kind]) {
      critical(
        problem('import.oldVersion', { found: read.meta.version, current: TEMPLATE_VERSION[kind] }),
      );
    }
  }
  if (report.problems.length > 0) return finish(report);
  const { ref, lists } = await loadLists(ctx.db);
  if (options.programme !== undefined && !ref.programmes.has(options.programme)) {
    critical(problem('import.programmeUnknown', { code: options.programme }));
  }
  const sheet = dataSheet(spec, read.sheets);
  const sheetName = sheet?.name ?? null;
  if (!sheet) {
    critical(problem('import.missingSheet', { sheet: spec.sheet[lang] }));
    return finish(report);
  }
  // The header row: the first of the first ten that names two of the kind's columns (a title
  // row above the headers, common in hand-made workbooks, is passed over); else the first.
  const matches = (r: SheetRows['rows'][number]) =>
    r.cells.filter((c) => matchHeader(spec, displayValue(c)) !== undefined).length;
  const found = sheet.rows.slice(0, 10).findIndex((r) => matches(r) >= 2);
  const at = Math.max(0, found);
  const header = sheet.rows[at];
  const data = sheet.rows.slice(at + 1);
  const columns: Array<Column | null> = (header?.cells ?? []).map((cell) => {
    const text = displayValue(cell);
    const column = matchHeader(spec, text);
    if (!column && text.trim() !== '') {
      report.problems.push({
        severity: 'warning',
        sheet: sheetName,
        row: header?.number ?? 1,
        column: text,
        value: null,
        message: renderProblem(problem('import.unknownColumn', { column: text }), lang),
      });
    }
    return column ?? null;
  });
  for (const column of spec.columns) {
    const required = headerText(spec, column, lang).endsWith('*');
    if (required && !columns.includes(column) && !(column.field === 'programme')) {
      critical(
        problem('import.missingColumn', { column: column.header[lang] }),
        sheetName,
        column.header[lang],
      );
    }
  }
  if (report.problems.some((p) => p.severity === 'critical')) return finish(report);

  const indexes = buildIndexes(ref, lists);
  const keyColumn = spec.columns.find((c) => c.field === spec.key) as Column;
  const rows: Row[] = [];
  let checked = 0;
  for (const line of data) {
    if (progress && checked % PROGRESS_EVERY === 0) {
      progress('checking', checked, data.length);
      await yieldNow();
    }
    checked++;
    if (line.cells.every((c) => displayValue(c).trim() === '')) continue;
    const keyIndex = columns.indexOf(keyColumn);
    const rawKey =
      keyIndex >= 0 ? textOf(resolveFormula(line.cells[keyIndex] ?? null).value ?? null) : '';
    if (rawKey === EXAMPLE_CODE) continue;
    const row: Row = { number: line.number, key: rawKey, body: {}, problems: [] };
    if (line.merged) {
      row.problems.push({
        severity: 'error',
        ref: problem('import.mergedCells', { range: line.merged }),
        column: null,
        value: null,
      });
    }
    columns.forEach((column, i) => {
      if (!column) return;
      const raw = line.cells[i] ?? null;
      const value = displayValue(raw);
      const plain = resolveFormula(raw);
      const push = (ps: CellProblem[]) => {
        for (const p of ps) row.problems.push({ ...p, column, value: value === '' ? null : value });
      };
      push(plain.problems);
      if (plain.value === undefined) return;
      const cell = readCell(column, plain.value, indexes, lang);
      push(cell.problems);
      if (cell.value !== undefined)
        setPath(row.body, column.field, bodyValue(spec, column, cell.value));
    });
    handler.complete?.(row, rowOptions);
    if (!row.problems.some((p) => p.severity === 'error')) schemaProblems(spec, row, lang);
    rows.push(row);
  }
  report.rows = rows.length;
  if (rows.length === 0) {
    report.problems.push({
      severity: 'warning',
      sheet: sheetName,
      row: null,
      column: null,
      value: null,
      message: renderProblem(problem('import.noRows'), lang),
    });
  }
  markDuplicates(handler.identity, rows, keyColumn);

  const counts = { created: 0, existing: 0, refused: 0 };
  const fail = report.problems.some((p) => p.severity === 'critical');
  try {
    await write(ctx, async (uow) => {
      const inner: ServiceContext = { ...ctx, db: uow.trx };
      const skip = await handler.checker(inner, rows, rowOptions);
      let applied = 0;
      for (const row of rows) {
        if (progress && applied % PROGRESS_EVERY === 0) progress('applying', applied, rows.length);
        applied++;
        if (row.problems.some((p) => p.severity === 'error')) continue;
        const skipped = await skip(row);
        if (skipped) {
          if (skipped.severity === 'warning') counts.existing++;
          const column = spec.columns.find((c) => c.field === skipped.field) ?? keyColumn;
          const value = skipped.field ? row.body[skipped.field] : row.key;
          row.problems.push({
            severity: skipped.severity,
            ref: skipped.ref,
            column,
            value: value === undefined || value === null ? null : String(value),
          });
          continue;
        }
        await sql`savepoint shanhai_import_row`.execute(uow.trx);
        try {
          await handler.apply(inner, row, rowOptions);
          await sql`release savepoint shanhai_import_row`.execute(uow.trx);
          counts.created++;
        } catch (err) {
          await sql`rollback to savepoint shanhai_import_row`.execute(uow.trx);
          await sql`release savepoint shanhai_import_row`.execute(uow.trx);
          if (!(err instanceof DomainError)) throw err;
          counts.refused++;
          refusal(spec, row, err);
        }
      }
      if (options.dryRun || fail) throw new Rollback();
      // Nothing created (the same file again): nothing changes, not even the history.
      if (counts.created === 0) return;
      uow.record({
        action: 'import',
        entityType: 'import',
        entityId: `${kind}:${sha256}`,
        after: {
          kind,
          sha256,
          filename: options.filename ?? null,
          format: read.format,
          rows: rows.length,
          created: counts.created,
          existing: counts.existing,
        },
      });
    });
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
  for (const row of rows) {
    for (const p of row.problems) {
      report.problems.push({
        severity: p.severity,
        sheet: sheetName,
        row: row.number,
        column: p.column ? p.column.header[lang] : null,
        value: p.value,
        message: renderProblem(p.ref, lang),
      });
    }
  }
  report.accepted = fail ? 0 : counts.created;
  report.skipped = report.rows - report.accepted;
  report.counts = counts;
  return finish(report);
}

function finish(report: ImportReport): ImportReport {
  report.problems.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.row ?? 0) - (b.row ?? 0),
  );
  if (report.problems.some((p) => p.severity === 'critical')) {
    report.accepted = 0;
    report.skipped = report.rows;
  }
  return report;
}
