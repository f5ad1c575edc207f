/** Optimistic versions: the `If-Match` a caller sends against the version a record holds. */
import { ConflictError } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';

/** Throws 409 when the caller's expected version (from `If-Match`) is not the stored one. */
export function assertVersion(expected: number | undefined, actual: number, what: string): void {
  if (expected !== undefined && expected !== actual) {
    throw ConflictError.field('version', problem('version.stale', { what, expected, actual }));
  }
}

/** Throws 409 when a conditional update (`… where version = v`) touched no row. */
export function assertUpdated(result: { numUpdatedRows: bigint }, what: string): void {
  if (result.numUpdatedRows === 0n) {
    throw ConflictError.field('version', problem('version.concurrent', { what }));
  }
}
