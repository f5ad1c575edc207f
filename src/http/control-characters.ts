/**
 * Control characters are refused at the edge (issue 12, defect 2; decision 0031): a string
 * anywhere in a request's body, query or path parameters — values and object keys alike — that
 * holds a C0 control other than tab, line feed and carriage return, DEL, or a C1 control is
 * answered 400 `validation.controlCharacter` naming the field, before any schema or handler
 * runs. PostgreSQL cannot store NUL in text at all and SQLite would keep it; one rule here keeps
 * both engines the same and no such character reaches a query, a record or the history.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError } from '../domain/errors.js';
import { problem, renderProblem } from '../domain/problems.js';
import { sendProblem } from './problems.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: this pattern is about exactly them.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** True when the text holds a refused control character. */
export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/** The dotted path of the first string (or key) under `value` with a control character. */
export function findControlCharacter(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return hasControlCharacter(value) ? path : null;
  if (value === null || typeof value !== 'object' || depth > 64) return null;
  if (Buffer.isBuffer(value)) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findControlCharacter(value[i], `${path}.${i}`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, inner] of Object.entries(value)) {
    if (hasControlCharacter(key)) return path;
    const found = findControlCharacter(inner, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

/** The preValidation hook: the first field at fault of params, query and body, refused. */
export async function refuseControlCharacters(request: FastifyRequest, reply: FastifyReply) {
  const field =
    findControlCharacter(request.params, 'params') ??
    findControlCharacter(request.query, 'query') ??
    findControlCharacter(request.body, 'body');
  if (field === null) return;
  const ref = problem('validation.controlCharacter');
  const error: FieldError = { field, ...ref, message: renderProblem(ref) };
  return sendProblem(request, reply, 400, 'validation', ref, [error]);
}
