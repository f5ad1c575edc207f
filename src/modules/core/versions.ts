/** Optimistic versions: the `If-Match` a caller sends against the version a record holds. */
import { ConflictError } from '../../domain/errors.js';

/** Throws 409 when the caller's expected version (from `If-Match`) is not the stored one. */
export function assertVersion(expected: number | undefined, actual: number, what: string): void {
  if (expected !== undefined && expected !== actual) {
    throw new ConflictError(
      `${what} has changed: you have version ${expected}, the current version is ${actual}; reload and try again`,
      [{ field: 'version', message: `stale version ${expected}; current is ${actual}` }],
    );
  }
}

/** Throws 409 when a conditional update (`… where version = v`) touched no row. */
export function assertUpdated(result: { numUpdatedRows: bigint }, what: string): void {
  if (result.numUpdatedRows === 0n) {
    throw new ConflictError(`${what} was changed by someone else meanwhile; reload and try again`, [
      { field: 'version', message: 'changed concurrently' },
    ]);
  }
}
