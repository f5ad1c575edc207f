/**
 * Security headers on every answer (issue 12, decision 0040; docs/security.md):
 *
 * - A content-security policy: scripts, styles, fonts, images and requests only from this
 *   server; no inline script, no eval, no plugins, no `<base>` elsewhere, forms only here, and
 *   never framed. Two allowances, both needed by the app as built: `style-src 'unsafe-inline'`
 *   (Ant Design writes its component styles as `<style>` elements at run time, CSS-in-JS, and
 *   React sets `style` attributes) and `data:` images (the favicon is an inline SVG).
 * - `X-Frame-Options: DENY` as well (older browsers), `X-Content-Type-Options: nosniff`,
 *   `Referrer-Policy: same-origin` (no project URL leaves the site), `Cross-Origin-Opener-Policy`.
 * - `Strict-Transport-Security` when the request came over TLS (directly or as a trusted proxy
 *   says): a browser that once reached the platform over https does not fall back to http.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The headers every answer carries, whatever its status or route. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
};

const HSTS = 'max-age=31536000';

/** The onRequest hook: the headers are set first, so problems and files carry them too. */
export async function securityHeaders(request: FastifyRequest, reply: FastifyReply) {
  reply.headers(SECURITY_HEADERS);
  if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
}
