/**
 * The Host header is checked against the names this server answers to (issue 12 defect 9,
 * decision 0040): the loopback names always, and the configured ones (`ALLOWED_HOSTS`,
 * `PUBLIC_URL`, `HOST`). A page on another site that rebinds its DNS name to 127.0.0.1 makes the
 * browser send its own name as Host; the request is refused 421 before anything else runs, so it
 * can neither sign in with a demo's published password nor read an answer.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isLoopbackHost } from '../config.js';
import { problem } from '../domain/problems.js';
import { sendProblem } from './problems.js';

/** The host name of a Host header value: lower case, port, brackets and a final dot removed. */
export function hostName(header: string): string {
  const text = header.trim().toLowerCase();
  const bracketed = /^\[([^\]]*)\](?::\d*)?$/.exec(text);
  const name = bracketed ? (bracketed[1] ?? '') : text.replace(/:\d*$/, '');
  return name.replace(/\.$/, '');
}

/** Whether a request naming `header` as its host is served; `allowed` null allows any. */
export function isAllowedHost(header: string, allowed: readonly string[] | null): boolean {
  if (allowed === null) return true;
  const name = hostName(header);
  if (name === '') return false;
  return isLoopbackHost(name) || allowed.includes(name);
}

/** The onRequest hook: 421 `request.host` for a host this server does not answer to. */
export function checkHost(allowed: readonly string[] | null) {
  const names = allowed === null ? null : allowed.map((h) => h.toLowerCase());
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const host = request.host ?? '';
    if (isAllowedHost(host, names)) return;
    const ref = problem('request.host', { host: host.slice(0, 255) });
    return sendProblem(request, reply, 421, 'misdirected', ref);
  };
}
