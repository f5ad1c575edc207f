/**
 * The errors a use case can raise. The HTTP layer turns each into an RFC 9457 problem with the
 * matching status; the CLI prints its message. A field path names the input at fault.
 */
export interface FieldError {
  /** Dotted path of the input at fault, e.g. `body.locations.0.shareBp` or `code`. */
  field: string;
  message: string;
}

export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly slug: string;
  constructor(
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input that is well-formed but not acceptable (unknown code, overlap, too short …). */
export class InvalidInputError extends DomainError {
  readonly status = 422;
  readonly slug = 'invalid-input';
  /** Shorthand for one field at fault. */
  static field(field: string, message: string): InvalidInputError {
    return new InvalidInputError(message, [{ field, message }]);
  }
}

export class NotFoundError extends DomainError {
  readonly status = 404;
  readonly slug = 'not-found';
}

/** The state changed under the caller (stale version) or the record already exists. */
export class ConflictError extends DomainError {
  readonly status = 409;
  readonly slug = 'conflict';
}

export class UnauthenticatedError extends DomainError {
  readonly status = 401;
  readonly slug = 'unauthenticated';
}

export class ForbiddenError extends DomainError {
  readonly status = 403;
  readonly slug = 'forbidden';
}

export class TooManyRequestsError extends DomainError {
  readonly status = 429;
  readonly slug = 'too-many-requests';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}
