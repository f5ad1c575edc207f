/**
 * What is refused at the edge before any route runs (issue 12 defect 8, decision 0040), each as
 * a problem+json document like every other error:
 *
 * - a URL that does not decode (`GET /%E0%A4%A`): 400 `request.badUrl` (Fastify's
 *   `frameworkErrors`);
 * - a request line or headers beyond Node's 16 KB (a 60 KB query string): 431
 *   `request.headersTooLarge`, written on the socket since no request exists yet (the text in
 *   English: no header has been read to choose a language);
 * - a body in a charset other than UTF-8 (`application/json; charset=utf-16`): 415
 *   `request.charset` — JSON is UTF-8 (RFC 8259), and reading it as such would garble it;
 * - a request body naming a key its schema does not know: 400 `validation.unknownKeys` — every
 *   object of every route's body schema is made strict once, when the route is registered, and
 *   the OpenAPI document says `additionalProperties: false`.
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { z } from 'zod';
import { type ProblemRef, problem, renderProblem } from '../domain/problems.js';
import { sendProblem } from './problems.js';
import { SECURITY_HEADERS } from './security-headers.js';

/** Fastify's `frameworkErrors`: a URL that does not decode, and the rest as problems too. */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_BAD_URL') {
    return sendProblem(request, reply, 400, 'bad-request', problem('request.badUrl'));
  }
  const ref = problem('badRequest', { detail: error.message });
  return sendProblem(request, reply, 400, 'bad-request', ref);
}

/** The problem+json answer written on a socket whose request could not be read. */
export function clientErrorResponse(code: string | undefined): string {
  const [status, slug, ref] =
    code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'headers-too-large', problem('request.headersTooLarge')]
      : code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'timeout', problem('request.timeout')]
        : [400, 'bad-request', problem('request.unreadable')];
  const body = JSON.stringify({
    type: `/problems/${slug}`,
    title: STATUS_CODES[status],
    status,
    detail: renderProblem(ref, 'en'),
    instance: '',
    requestId: randomUUID(),
    code: ref.code,
    params: ref.params,
  });
  const headers = {
    ...SECURITY_HEADERS,
    'content-type': 'application/problem+json; charset=utf-8',
    'content-language': 'en',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  };
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
  return `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** Fastify's `clientErrorHandler`: Node could not read the request (too long, malformed). */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) socket.write(clientErrorResponse(error.code));
  socket.destroy(error);
}

/** The charset a Content-Type names, lower case; null when it names none. */
export function charsetOf(contentType: string | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*"?([^";\s]*)"?/i.exec(contentType);
  return m ? (m[1] ?? '').toLowerCase() : null;
}

/**
 * The preParsing hook: a body in another charset than UTF-8 is refused 415 (thrown: a
 * preParsing hook's resolved value would be taken for the body).
 */
export async function refuseForeignCharset(request: FastifyRequest): Promise<void> {
  const charset = charsetOf(request.headers['content-type']);
  if (charset === null || charset === 'utf-8' || charset === 'utf8') return;
  const err = new Error(`body charset ${charset} refused`) as Error & {
    statusCode: number;
    code: string;
    problem: ProblemRef;
  };
  err.statusCode = 415;
  err.code = 'unsupported-media-type';
  err.problem = problem('request.charset', { charset: charset.slice(0, 40) });
  throw err;
}

type AnySchema = z.ZodType;
type Def = Record<string, unknown> & { type: string };

/**
 * The schema with every object in it strict (an unknown key is an issue), its checks and
 * metadata kept. Objects that already say what to do with other keys (`looseObject`, a
 * `catchall`) are left so; intersections are left whole, since a strict side would refuse the
 * other side's keys.
 */
export function strictDeep<T extends AnySchema>(schema: T): T {
  const s = schema as AnySchema;
  const def = s._zod.def as unknown as Def;
  const again = (inner: unknown) => strictDeep(inner as AnySchema);
  // The clone is a new schema: its description and example (the registry's, by instance) go too.
  const clone = (changes: Record<string, unknown>) => {
    const copy = s.clone({ ...def, ...changes } as unknown as typeof s._zod.def);
    const meta = z.globalRegistry.get(s);
    return (meta ? copy.meta(meta) : copy) as T;
  };
  switch (def.type) {
    case 'object': {
      const shape = Object.fromEntries(
        Object.entries(def.shape as Record<string, AnySchema>).map(([k, v]) => [k, again(v)]),
      );
      return clone({ shape, catchall: def.catchall ?? z.never() });
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return clone({ innerType: again(def.innerType) });
    case 'array':
      return clone({ element: again(def.element) });
    case 'pipe':
      return clone({ in: again(def.in) });
    case 'union':
      return clone({ options: (def.options as AnySchema[]).map(again) });
    case 'record':
      return clone({ valueType: again(def.valueType) });
    default:
      return schema;
  }
}

/** The onRoute step: the route's body schema, made strict. */
export function strictBody(route: RouteOptions): void {
  const body = (route.schema as { body?: unknown } | undefined)?.body;
  if (body instanceof z.ZodType && route.schema) {
    (route.schema as { body?: unknown }).body = strictDeep(body);
  }
}
