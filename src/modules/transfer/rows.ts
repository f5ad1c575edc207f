/**
 * An imported row on its way to its use case: cells read by their columns' types into the body,
 * the schema's verdict, duplicates within the file, a use case's refusal as the row's problem,
 * and what is skipped before the use case (codes that exist, ledger entries recorded already).
 */
import { engineOf } from '../../db/database.js';
import { type DomainError, ForbiddenError } from '../../domain/errors.js';
import { type ProblemCode, type ProblemRef, problem } from '../../domain/problems.js';
import type { ServiceContext } from '../core/context.js';
import { projectsSeenBy } from '../projects/scope.js';
import { loadReference } from '../reference/reference.js';
import {
  type CellProblem,
  type CodeIndex,
  type Plain,
  type Read,
  readBool,
  readCode,
  readCodes,
  readDate,
  readInt,
  readMonth,
  readPercent,
  readShares,
  readYuan,
  type Severity,
  textOf,
} from './cells.js';
import type { Column, KindSpec } from './kinds.js';
import type { Lang } from './template.js';

/** One data row on its way: its place, its body, its problems. */
export interface Row {
  number: number;
  key: string;
  body: Record<string, unknown>;
  problems: Array<CellProblem & { column: Column | null; value: string | null }>;
}

/** A number as Excel shows a long one in a General cell (and saves it to CSV): 6.53101E+17. */
const SCIENTIFIC = /^\d+(\.\d+)?E\+?\d+$/i;

/** Reads one cell by its column's type. */
export function readCell(
  column: Column,
  cell: Plain,
  indexes: Record<string, CodeIndex>,
  lang: Lang,
): Read<unknown> {
  switch (column.type) {
    case 'text': {
      // A number where text must be (an ID card typed as a number has lost digits already; a
      // CSV saved by Excel writes it as 6.53101E+17): refused, never guessed.
      if (column.textOnly && (typeof cell === 'number' || SCIENTIFIC.test(textOf(cell)))) {
        return {
          value: undefined,
          problems: [
            { severity: 'error', ref: problem('import.numberNotText', { value: textOf(cell) }) },
          ],
        };
      }
      // An export's neutralised text ('=…, see export.ts) reads back as it was.
      const t = textOf(cell).replace(/^'(?=[=+\-@\t\r])/, '');
      return { value: t === '' ? undefined : t, problems: [] };
    }
    case 'code':
      return readCode(cell, indexes[column.list ?? ''] as CodeIndex, lang);
    case 'codes':
      return readCodes(cell, indexes[column.list ?? ''] as CodeIndex, lang);
    case 'month':
      return readMonth(cell);
    case 'shares':
      return readShares(cell, indexes[column.list ?? ''] as CodeIndex, lang);
    case 'yuan':
      return readYuan(cell);
    case 'date':
      return readDate(cell);
    case 'int':
      return readInt(cell);
    case 'percent':
      return readPercent(cell);
    case 'bool':
      return readBool(cell);
  }
}

export function setPath(body: Record<string, unknown>, field: string, value: unknown): void {
  const [head, tail] = field.split('.') as [string, string | undefined];
  if (tail === undefined) {
    body[head] = value;
    return;
  }
  const inner = (body[head] as Record<string, unknown> | undefined) ?? {};
  inner[tail] = value;
  body[head] = inner;
}

/** A cell's value turned into the body field's shape (shares → objects, planned → boolean). */
export function bodyValue(spec: KindSpec, column: Column, value: unknown): unknown {
  if (column.type === 'shares') {
    const shares = value as Array<{ code: string; shareBp: number }>;
    return column.field === 'donors'
      ? shares.map((s) => ({ org: s.code, shareBp: s.shareBp }))
      : shares.map((s) => ({ area: s.code, shareBp: s.shareBp }));
  }
  if (spec.kind === 'ledger' && column.field === 'planned') return value === 'planned';
  return value;
}

/** The column a use case's or the schema's field path names. */
export function columnOfField(spec: KindSpec, path: string): Column | null {
  const parts = path.replace(/^body\./, '').split('.');
  const head = parts[0] ?? '';
  // A list's element names its field last (a plan's `items.0.project` is the project column).
  const last = parts[parts.length - 1] ?? '';
  return (
    spec.columns.find((c) => c.field === head) ??
    spec.columns.find((c) => c.field.startsWith(`${head}.`)) ??
    spec.columns.find((c) => c.field === last) ??
    null
  );
}

/** The schema's verdict on a row's body, as the row's problems. */
export function schemaProblems(spec: KindSpec, row: Row, lang: Lang): void {
  const parsed = spec.schema.safeParse(row.body);
  if (parsed.success) {
    row.body = parsed.data as Record<string, unknown>;
    return;
  }
  for (const issue of parsed.error.issues) {
    const column = columnOfField(spec, issue.path.join('.'));
    const label = column ? column.header[lang] : issue.path.join('.');
    const input = column ? getPath(row.body, column.field) : undefined;
    let ref: ProblemRef;
    if (input === undefined && issue.code === 'invalid_type') {
      ref = problem('import.required', { column: label });
    } else if (issue.code === 'too_big' && issue.origin === 'string') {
      ref = problem('import.tooLong', { column: label, maximum: Number(issue.maximum) });
    } else {
      ref = problem('import.invalid', { column: label });
    }
    row.problems.push({
      severity: 'error',
      ref,
      column,
      value:
        input === undefined
          ? null
          : String(typeof input === 'object' ? JSON.stringify(input) : input),
    });
  }
}

function getPath(body: Record<string, unknown>, field: string): unknown {
  const [head, tail] = field.split('.') as [string, string | undefined];
  const v = body[head];
  return tail === undefined ? v : (v as Record<string, unknown> | undefined)?.[tail];
}

export function keyColumnOf(spec: KindSpec): Column | null {
  return spec.columns.find((c) => c.field === spec.key) ?? null;
}

/** A use case's refusal as the row's problem, on the field's column. */
export function refusal(spec: KindSpec, row: Row, err: DomainError): void {
  if (err instanceof ForbiddenError) {
    row.problems.push({
      severity: 'error',
      ref: problem('import.outOfScope', { code: row.key }),
      column: keyColumnOf(spec),
      value: row.key,
    });
    return;
  }
  const first = err.errors[0];
  const ref: ProblemRef = first ? problem(first.code as ProblemCode, first.params) : err.problem;
  // No field named (a project not found): the row's key is at fault.
  const column = first ? columnOfField(spec, first.field) : keyColumnOf(spec);
  const value = column ? getPath(row.body, column.field) : undefined;
  row.problems.push({
    severity: 'error',
    ref,
    column,
    value:
      value === undefined
        ? null
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value),
  });
}

/** A row's key, as what identifies it within a file (a code). */
export const keyOf = (row: Row): string => row.key;

/**
 * Rows of one identity are all skipped: sharing a key (`identity` a function: a code, or a
 * plan's project) or identical in every field (`body`: the ledger, which has no codes).
 */
export function markDuplicates(
  identity: 'body' | ((row: Row) => string),
  rows: Row[],
  keyColumn: Column,
): void {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    if (row.key === '') continue;
    const id = identity === 'body' ? JSON.stringify(row.body) : identity(row);
    groups.set(id, [...(groups.get(id) ?? []), row]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const row of group) {
      const others = group
        .filter((r) => r !== row)
        .map((r) => r.number)
        .join(', ');
      row.problems.push({
        severity: 'error',
        ref:
          identity === 'body'
            ? problem('import.duplicateRow', { rows: others })
            : problem('import.duplicateCode', {
                code: row.key,
                rows: group.map((r) => r.number).join(', '),
              }),
        column: keyColumn,
        value: row.key,
      });
    }
  }
}

/** The project codes of the rows that exist already (any project, seen or not). */
export async function existingCodes(
  ctx: ServiceContext,
  rows: readonly Row[],
): Promise<Set<string>> {
  const codes = [...new Set(rows.map((r) => r.key).filter(Boolean))];
  const found = new Set<string>();
  for (let i = 0; i < codes.length; i += 500) {
    const chunk = codes.slice(i, i + 500);
    const rs = await ctx.db
      .selectFrom('projects')
      .select('code')
      .where('code', 'in', chunk)
      .execute();
    for (const r of rs) found.add(r.code);
  }
  return found;
}

/**
 * Whether a ledger row is skipped before its use case: an identical entry recorded already (a
 * warning: the idempotence of re-importing a file), or a project of another programme than the
 * one imported into (an error). A project that does not exist or is not seen is the use case's
 * refusal (404, as the API).
 */
export async function ledgerSkip(
  ctx: ServiceContext,
  row: Row,
  programme: string | undefined,
): Promise<{ severity: Severity; ref: ProblemRef } | null> {
  const b = row.body as {
    project: string;
    type: string;
    planned: boolean;
    valueFen: number;
    date: string;
    provider?: string | null;
    receiver?: string | null;
    note?: string | null;
  };
  // Locked (PostgreSQL) before the duplicate check, as the use case locks it: a second import
  // of the same rows waits for the first and then finds its entries (SQLite has one writer).
  let lookup = ctx.db
    .selectFrom('projects')
    .select(['id', 'programmeCode'])
    .where('code', '=', b.project);
  if (engineOf(ctx.db) === 'postgres') lookup = lookup.forUpdate();
  const project = await lookup.executeTakeFirst();
  if (!project) return null;
  // A project the actor may not see is the use case's refusal (404), never told apart here.
  const ref = await loadReference(ctx.db);
  const seen = await projectsSeenBy(ctx.db, ctx, ref)([project.id]);
  if (!seen.has(project.id)) return null;
  if (programme !== undefined && project.programmeCode !== programme) {
    return {
      severity: 'error',
      ref: problem('import.otherProgramme', { code: b.project, programme: project.programmeCode }),
    };
  }
  const same = await ctx.db
    .selectFrom('fundTransactions')
    .select('id')
    .where('projectId', '=', project.id)
    .where('type', '=', b.type as never)
    .where('planned', '=', b.planned ? 1 : 0)
    .where('valueFen', '=', b.valueFen)
    .where('date', '=', b.date)
    .where((eb) =>
      b.provider ? eb('providerOrgCode', '=', b.provider) : eb('providerOrgCode', 'is', null),
    )
    .where((eb) =>
      b.receiver ? eb('receiverOrgCode', '=', b.receiver) : eb('receiverOrgCode', 'is', null),
    )
    .where((eb) => (b.note ? eb('note', '=', b.note) : eb('note', 'is', null)))
    .where('reversesId', 'is', null)
    .executeTakeFirst();
  return same ? { severity: 'warning', ref: problem('import.alreadyRecorded') } : null;
}
