/**
 * The errors a use case can raise. Each carries a problem: a stable code with parameters from the
 * catalogue (src/domain/problem-catalogue.ts, decision 0017). The HTTP layer turns each into an
 * RFC 9457 problem with the matching status, its text in the caller's language; the CLI prints
 * the English text. A field path names the input at fault.
 */
import type { ProblemCode } from './problem-catalogue.js';
import { type ProblemParams, type ProblemRef, renderProblem } from './problems.js';

/** One input at fault, with the problem found in it. */
export interface FieldError {
  /** Dotted path of the input at fault, e.g. `body.locations.0.shareBp` or `code`. */
  field: string;
  code: ProblemCode;
  params: ProblemParams;
  /** The problem in English (the HTTP layer renders it in the caller's language). */
  message: string;
}

/**
 * A field error as a use case gives it: with a problem, or (deprecated, kept while other code
 * moves over; test/unit/problems.test.ts finds these) with a bare English message.
 */
export type FieldErrorInput =
  | { field: string; problem: ProblemRef }
  | { field: string; message: string };

/** The field error `field` with `ref`. */
export function fieldError(field: string, ref: ProblemRef): FieldErrorInput {
  return { field, problem: ref };
}

function toFieldError(e: FieldErrorInput, fallback: ProblemCode): FieldError {
  if ('problem' in e) {
    return { field: e.field, ...e.problem, message: renderProblem(e.problem) };
  }
  return { field: e.field, code: fallback, params: { detail: e.message }, message: e.message };
}

export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly slug: string;
  readonly code: ProblemCode;
  readonly params: ProblemParams;
  readonly errors: FieldError[];
  /**
   * @param ref the problem (`problem(code, params)`); a bare English string is deprecated and
   *   gets the class's generic code
   */
  constructor(ref: ProblemRef | string, errors: FieldErrorInput[] = []) {
    super(typeof ref === 'string' ? ref : renderProblem(ref));
    this.name = new.target.name;
    const fallback = GENERIC_CODES[new.target.name] ?? 'invalidInput';
    this.code = typeof ref === 'string' ? fallback : ref.code;
    this.params = typeof ref === 'string' ? { detail: ref } : ref.params;
    this.errors = errors.map((e) => toFieldError(e, fallback));
  }

  /** The problem this error carries. */
  get problem(): ProblemRef {
    return { code: this.code, params: this.params };
  }
}

/** The code of an error raised with a bare message (deprecated), by class name. */
const GENERIC_CODES: Record<string, ProblemCode> = {
  InvalidInputError: 'invalidInput',
  NotFoundError: 'notFound',
  ConflictError: 'conflict',
  UnauthenticatedError: 'unauthenticated',
  ForbiddenError: 'forbidden',
  TooManyRequestsError: 'tooManyRequests',
};

/** Input that is well-formed but not acceptable (unknown code, overlap, too short …). */
export class InvalidInputError extends DomainError {
  readonly status = 422;
  readonly slug = 'invalid-input';
  /** Shorthand for one field at fault: the error's problem is the field's. */
  static field(field: string, ref: ProblemRef | string): InvalidInputError {
    if (typeof ref === 'string') return new InvalidInputError(ref, [{ field, message: ref }]);
    return new InvalidInputError(ref, [fieldError(field, ref)]);
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
  /** Shorthand for one field at fault: the error's problem is the field's. */
  static field(field: string, ref: ProblemRef): ConflictError {
    return new ConflictError(ref, [fieldError(field, ref)]);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly status = 401;
  readonly slug = 'unauthenticated';
}

export class ForbiddenError extends DomainError {
  readonly status = 403;
  readonly slug = 'forbidden';
}

/**
 * Something the server needs and does not have (a system font for the PDF reports): 503, the
 * problem saying what is missing and how to install it.
 */
export class UnavailableError extends DomainError {
  readonly status = 503;
  readonly slug = 'unavailable';
}

export class TooManyRequestsError extends DomainError {
  readonly status = 429;
  readonly slug = 'too-many-requests';
  constructor(
    ref: ProblemRef | string,
    readonly retryAfterSeconds: number,
  ) {
    super(ref);
  }
}
