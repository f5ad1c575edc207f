import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type FieldError, TooManyRequestsError } from '../domain/errors.js';
import { isProblemCode } from '../domain/problem-catalogue.js';
import { TITLES_UG } from '../domain/problem-catalogue-ug.js';
import {
  type ProblemLanguage,
  type ProblemParams,
  type ProblemRef,
  problem,
  renderProblem,
} from '../domain/problems.js';

/** One field at fault, in a problem document. */
export interface ProblemFieldError {
  field: string;
  code: string;
  params: ProblemParams;
  /** The problem in the caller's language. */
  message: string;
}

/** An RFC 9457 problem document, with the problem's code and parameters (decision 0017). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  requestId: string;
  code: string;
  params: ProblemParams;
  errors?: ProblemFieldError[];
}

const TITLES: Record<number, { zh: string; en: string }> = {
  400: { zh: '请求有误', en: 'Bad request' },
  401: { zh: '未登录', en: 'Unauthenticated' },
  403: { zh: '无权操作', en: 'Forbidden' },
  404: { zh: '未找到', en: 'Not found' },
  405: { zh: '不支持的请求方法', en: 'Method not allowed' },
  409: { zh: '冲突', en: 'Conflict' },
  413: { zh: '请求内容过大', en: 'Payload too large' },
  415: { zh: '不支持的内容类型', en: 'Unsupported media type' },
  421: { zh: '主机名不被接受', en: 'Misdirected request' },
  422: { zh: '输入不被接受', en: 'Invalid input' },
  429: { zh: '请求过于频繁', en: 'Too many requests' },
  500: { zh: '服务器错误', en: 'Internal server error' },
  503: { zh: '服务暂不可用', en: 'Service unavailable' },
};

/** Problem types of Fastify's own 4xx errors (bad JSON, wrong media type, too large …). */
const SLUGS: Record<number, string> = {
  400: 'bad-request',
  404: 'not-found',
  405: 'method-not-allowed',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
};

/** Problems of Fastify's own 4xx errors, by status. */
const FASTIFY_CODES: Record<number, ProblemRef['code']> = {
  404: 'route.notFound',
  405: 'request.method',
  413: 'request.tooLarge',
  415: 'request.mediaType',
};

/** Problem type URIs are relative to the server and documented in docs/api-errors.md. */
function problemType(slug: string): string {
  return `/problems/${slug}`;
}

/**
 * The language of a problem's text from `Accept-Language`: the preferred (highest q) of Chinese
 * (`zh`, `zh-CN`, `zh-Hans` …), English and Uyghur (`ug`, `ug-CN`, `ug-Arab`; decision 0060);
 * English when it names none.
 */
export function problemLanguage(header: string | string[] | undefined): ProblemLanguage {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  const ranges = text
    .split(',')
    .map((part, index) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.map((r) => r.trim()).find((r) => r.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), q: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranges) {
    const primary = tag.split('-')[0];
    if (primary === 'zh') return 'zh';
    if (primary === 'en') return 'en';
    if (primary === 'ug') return 'ug';
  }
  return 'en';
}

/** Sends a problem+json response, its title and detail in the caller's language. */
export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  slug: string,
  ref: ProblemRef,
  errors?: FieldError[],
) {
  const lang = problemLanguage(request.headers['accept-language']);
  const titles = TITLES[status] ?? { zh: '错误', en: 'Error' };
  const title = { ...titles, ug: TITLES_UG[status] ?? titles.zh };
  const body: Problem = {
    type: problemType(slug),
    title: title[lang],
    status,
    detail: renderProblem(ref, lang),
    instance: request.url,
    requestId: String(request.id),
    code: ref.code,
    params: ref.params,
    ...(errors && errors.length > 0
      ? {
          errors: errors.map((e) => ({
            field: e.field,
            code: e.code,
            params: e.params,
            message: renderProblem(e, lang),
          })),
        }
      : {}),
  };
  return reply
    .code(status)
    .type('application/problem+json')
    .header('content-language', lang === 'zh' ? 'zh-CN' : 'en')
    .header('vary', 'Accept-Language')
    .send(body);
}

interface ValidationIssue {
  keyword?: string;
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
}

const TYPE_CODES: Record<string, ProblemRef['code']> = {
  number: 'validation.number',
  int: 'validation.integer',
  string: 'validation.text',
  boolean: 'validation.boolean',
  array: 'validation.list',
  object: 'validation.object',
};

const DATE_FORMATS = new Set(['date']);
const DATE_TIME_FORMATS = new Set(['datetime', 'date-time']);

/** A parameter as a problem parameter: numbers and strings kept, lists joined, the rest text. */
function param(value: unknown): string | number {
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(String).join(', ');
  return String(value);
}

/** The problem of one schema issue (Zod's codes: too_small, invalid_type …). */
export function validationProblem(issue: ValidationIssue): ProblemRef {
  const message = issue.message ?? '';
  // A schema's own rule names its problem code as the message (see modules/core/schemas.ts).
  if (isProblemCode(message)) return problem(message);
  const p = issue.params ?? {};
  const origin = p.origin;
  const inclusive = p.inclusive !== false;
  switch (issue.keyword) {
    case 'invalid_type': {
      if (/received undefined/.test(message)) return problem('validation.required');
      const code = TYPE_CODES[String(p.expected)];
      return code ? problem(code) : problem('validation.type', { expected: param(p.expected) });
    }
    case 'too_small': {
      const minimum = param(p.minimum);
      if (origin === 'string') {
        return minimum === 1
          ? problem('validation.required')
          : problem('validation.tooShort', { minimum });
      }
      if (origin === 'array' || origin === 'set') return problem('validation.tooFew', { minimum });
      return problem(inclusive ? 'validation.tooSmall' : 'validation.tooSmallExclusive', {
        minimum,
      });
    }
    case 'too_big': {
      const maximum = param(p.maximum);
      if (origin === 'string') return problem('validation.tooLong', { maximum });
      if (origin === 'array' || origin === 'set') return problem('validation.tooMany', { maximum });
      return problem(inclusive ? 'validation.tooLarge' : 'validation.tooLargeExclusive', {
        maximum,
      });
    }
    case 'invalid_format': {
      const format = String(p.format ?? '');
      if (DATE_FORMATS.has(format)) return problem('validation.date');
      if (DATE_TIME_FORMATS.has(format)) return problem('validation.dateTime');
      return problem('validation.format', { format });
    }
    case 'invalid_value':
      return problem('validation.oneOf', { values: param(p.values) });
    case 'unrecognized_keys':
      return problem('validation.unknownKeys', { keys: param(p.keys) });
    case 'not_multiple_of':
      return problem('validation.multipleOf', { divisor: param(p.divisor) });
    default:
      return problem('validation.invalid');
  }
}

/** Turns validation issues into field errors named like `body.password` or `query.date`. */
function validationErrors(error: FastifyError & { validation: unknown[] }): FieldError[] {
  const given = (error as { validationContext?: string }).validationContext ?? 'body';
  const context = given === 'querystring' ? 'query' : given;
  return (error.validation as ValidationIssue[]).map((issue) => {
    const path = (issue.instancePath ?? '').split('/').filter(Boolean).join('.');
    const ref = validationProblem(issue);
    return { field: path ? `${context}.${path}` : context, ...ref, message: renderProblem(ref) };
  });
}

/** The problem of one of Fastify's own 4xx errors. */
function fastifyProblem(error: FastifyError, request: FastifyRequest, status: number): ProblemRef {
  const own = (error as { problem?: ProblemRef }).problem;
  if (own && isProblemCode(own.code)) return own;
  const code = FASTIFY_CODES[status];
  if (code === 'route.notFound') {
    return problem(code, { method: request.method, path: request.url });
  }
  if (code) return problem(code);
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
    return problem('request.notJson');
  }
  return problem('badRequest', { detail: error.message });
}

/** The error handler: domain errors, schema validation, Fastify's own errors, the rest as 500. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DomainError) {
    if (error instanceof TooManyRequestsError) {
      reply.header('retry-after', String(error.retryAfterSeconds));
    }
    return sendProblem(request, reply, error.status, error.slug, error.problem, error.errors);
  }
  if (hasZodFastifySchemaValidationErrors(error) || Array.isArray(error.validation)) {
    const errors = validationErrors(error as FastifyError & { validation: unknown[] });
    const first = errors[0];
    // The problem is the first field's; `errors` lists them all.
    const ref = first ? problem(first.code, first.params) : problem('validation.invalid');
    return sendProblem(request, reply, 400, 'validation', ref, errors);
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const slug = /^[a-z-]+$/.test(error.code ?? '') ? error.code : (SLUGS[status] ?? 'bad-request');
    return sendProblem(request, reply, status, slug, fastifyProblem(error, request, status));
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(request, reply, 500, 'internal', problem('internal'));
}
