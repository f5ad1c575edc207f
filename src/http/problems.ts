import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type FieldError, TooManyRequestsError } from '../domain/errors.js';

/** An RFC 9457 problem document. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  requestId: string;
  errors?: FieldError[];
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthenticated',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Invalid input',
  429: 'Too many requests',
  500: 'Internal server error',
};

/** Problem types of Fastify's own 4xx errors (bad JSON, wrong media type, too large …). */
const SLUGS: Record<number, string> = {
  400: 'bad-request',
  404: 'not-found',
  405: 'method-not-allowed',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
};

/** Problem type URIs are relative to the server and documented in docs/api-errors.md. */
function problemType(slug: string): string {
  return `/problems/${slug}`;
}

/** Sends a problem+json response. */
export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  slug: string,
  detail: string,
  errors?: FieldError[],
) {
  const body: Problem = {
    type: problemType(slug),
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    instance: request.url,
    requestId: String(request.id),
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
  return reply.code(status).type('application/problem+json').send(body);
}

/** Turns validation issues into field errors named like `body.password` or `query.date`. */
function validationErrors(error: FastifyError & { validation: unknown[] }): FieldError[] {
  const given = (error as { validationContext?: string }).validationContext ?? 'body';
  const context = given === 'querystring' ? 'query' : given;
  return (
    error.validation as Array<{ instancePath?: string; message?: string; params?: unknown }>
  ).map((issue) => {
    const path = (issue.instancePath ?? '').split('/').filter(Boolean).join('.');
    return { field: path ? `${context}.${path}` : context, message: issue.message ?? 'invalid' };
  });
}

/** The error handler: domain errors, schema validation, Fastify's own errors, the rest as 500. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DomainError) {
    if (error instanceof TooManyRequestsError) {
      reply.header('retry-after', String(error.retryAfterSeconds));
    }
    return sendProblem(request, reply, error.status, error.slug, error.message, error.errors);
  }
  if (hasZodFastifySchemaValidationErrors(error) || Array.isArray(error.validation)) {
    const errors = validationErrors(error as FastifyError & { validation: unknown[] });
    const first = errors[0];
    const detail = first ? `${first.field}: ${first.message}` : 'the request is not valid';
    return sendProblem(request, reply, 400, 'validation', detail, errors);
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const slug = /^[a-z-]+$/.test(error.code ?? '') ? error.code : (SLUGS[status] ?? 'bad-request');
    return sendProblem(request, reply, status, slug, error.message);
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(
    request,
    reply,
    500,
    'internal',
    'something went wrong; the request id is logged',
  );
}
