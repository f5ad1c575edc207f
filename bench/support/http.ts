/** A small HTTP client for benchmarks: keep-alive, whole body read, time to the last byte. */
import http from 'node:http';

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  bytes: number;
  /** From sending the request to the last byte of the answer. */
  ms: number;
}

export function request(
  base: string,
  method: string,
  path: string,
  options: { cookie?: string; body?: unknown; timeoutMs?: number; agent?: http.Agent } = {},
): Promise<Answer> {
  const url = new URL(path, base);
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers: http.OutgoingHttpHeaders = { accept: 'application/json' };
  if (options.cookie) headers.cookie = options.cookie;
  if (payload !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = Buffer.byteLength(payload);
  }
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.request(url, { method, headers, agent: options.agent ?? agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const buf = Buffer.concat(chunks);
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: buf.toString('utf8'),
          bytes: buf.length,
          ms: performance.now() - t0,
        });
      });
      res.on('error', reject);
    });
    req.setTimeout(options.timeoutMs ?? 600_000, () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(payload);
  });
}

/** Signs in and returns the session cookie (`name=value`). */
export async function signIn(base: string, username: string, password: string): Promise<string> {
  const answer = await request(base, 'POST', '/api/session', { body: { username, password } });
  const setCookie = answer.headers['set-cookie'];
  const cookie = setCookie?.[0]?.split(';')[0];
  if (answer.status !== 200 || !cookie) {
    throw new Error(`sign-in as ${username} failed: ${answer.status} ${answer.body.slice(0, 200)}`);
  }
  return cookie;
}

/** Releases the kept-alive sockets so the process can end. */
export function closeClient(): void {
  agent.destroy();
}

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentiles, as bench/main.ts computes them. */
export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? 0;
  return { n: s.length, p50: at(0.5), p95: at(0.95), max: at(1) };
}
