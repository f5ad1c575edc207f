/**
 * What each kind does beyond its columns (decision 0050, 0056): how a row is completed from the
 * import's options, what identifies it within a file, what is skipped before its use case (a
 * record that exists already: the idempotence of importing a file twice; a row outside the
 * caller's grants), the use case that writes it, and the records its export reads. The import
 * (import.ts) and the export (export.ts) run every kind through these, so a kind is its columns
 * (kinds.ts) and one of these (handlers.ts).
 */
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { z } from 'zod';
import type { ProblemRef } from '../../domain/problems.js';
import type { ServiceContext } from '../core/context.js';
import type { Severity } from './cells.js';
import type { Row } from './rows.js';
import type { Lang } from './template.js';

/**
 * The list screen's filters an export was given, as the kind's `filters` schema parsed them
 * (each handler reads them as its list's query type).
 */
export type ExportFilters = Record<string, unknown>;

/** A record as the template's columns hold it: by column field. */
export type ExportRecord = Record<string, string | number | boolean | null>;

export interface RowOptions {
  programme?: string | undefined;
  lang: Lang;
}

/** Why a row does not reach its use case: exists already (warning), or refused (error). */
export interface Skip {
  severity: Severity;
  ref: ProblemRef;
  /** The body field at fault (a top-level one); the row's key column when not given. */
  field?: string;
}

export interface KindHandler {
  /** Fills in what the row leaves to the import (the programme named at import); may warn. */
  complete?(row: Row, options: RowOptions): void;
  /**
   * What identifies a row within the file, for duplicates: `key` (rows sharing it are all
   * refused as a duplicate code) or `body` (identical rows are all refused).
   */
  identity: 'body' | ((row: Row) => string);
  /**
   * Prepares the checks of the rows (one query for all where it can), inside the import's
   * transaction; the returned function says whether a row is skipped before its use case.
   */
  checker(
    ctx: ServiceContext,
    rows: readonly Row[],
    options: RowOptions,
  ): Promise<(row: Row) => Promise<Skip | null>>;
  /** Writes one row through the kind's use case (a DomainError refuses the row). */
  apply(ctx: ServiceContext, row: Row, options: RowOptions): Promise<void>;
  /**
   * The filters the kind's list screen shows that its export takes: the list route's own query
   * schema without its paging, so an export is validated as the list is and holds the list's
   * rows (all pages). A kind without it takes no filters (its export holds all it may see).
   */
  filters?: z.ZodObject;
  /**
   * The records an export writes, only what the caller may see (and, when the kind has
   * `filters`, what they select, by the list's own conditions), streamed in pages.
   */
  records(ctx: ServiceContext, filters: ExportFilters): AsyncGenerator<ExportRecord>;
}

/** Rows an export reads at once, unless a kind says otherwise. */
export const EXPORT_PAGE = 2000;

/**
 * The one paged loop of every kind's export: `page(after, size)` reads at most `size` rows whose
 * id is above `after`, in id order (keyset paging: each page is one indexed range, however deep);
 * `present(rows)` turns a page into the records written (an array, or an async generator that
 * reads more for the page, e.g. the rows' donors or postings, one query per page). Stops after a short page, so memory holds
 * one page at a time however many rows there are.
 */
export async function* pagedRecords<R>(
  page: (after: number, size: number) => Promise<readonly R[]>,
  idOf: (row: R) => number | string,
  present: (rows: readonly R[]) => Iterable<ExportRecord> | AsyncIterable<ExportRecord>,
  size: number = EXPORT_PAGE,
): AsyncGenerator<ExportRecord> {
  let after = 0;
  for (;;) {
    const rows = await page(after, size);
    const last = rows[rows.length - 1];
    if (last === undefined) return;
    yield* present(rows);
    if (rows.length < size) return;
    after = Number(idOf(last));
  }
}

/**
 * A list's default order as keyset paging (decision 0082): `column` in `direction`, ties by
 * `id` in the same direction, both NOT NULL. The condition a page starts after: the rows past the
 * last one read (`(column, id)` beyond `(value, idValue)` in that order), an index range on
 * either engine (a row-value comparison). The column's own comparison is the engine's, as the list's `order by` is, so an
 * export comes out in the list's order on each.
 */
export function pastRow(
  column: string,
  id: string,
  direction: 'asc' | 'desc',
  value: unknown,
  idValue: unknown,
): RawBuilder<SqlBool> {
  const op = sql.raw(direction === 'asc' ? '>' : '<');
  // A row value: both engines read it as one range of an index on the column (and the id).
  return sql<SqlBool>`(${sql.ref(column)}, ${sql.ref(id)}) ${op} (${value}, ${idValue})`;
}

/**
 * {@link pagedRecords} in a list's order: `page(last, size)` reads at most `size` rows after
 * `last` (the previous page's last row; undefined for the first page), in the list's order
 * (typically with {@link pastRow}). Memory holds one page, as for the id order.
 */
export async function* orderedRecords<R>(
  page: (last: R | undefined, size: number) => Promise<readonly R[]>,
  present: (rows: readonly R[]) => Iterable<ExportRecord> | AsyncIterable<ExportRecord>,
  size: number = EXPORT_PAGE,
): AsyncGenerator<ExportRecord> {
  let last: R | undefined;
  for (;;) {
    const rows = await page(last, size);
    last = rows[rows.length - 1];
    if (last === undefined) return;
    yield* present(rows);
    if (rows.length < size) return;
  }
}
