/** One log line per request, at the level the deployment asks: info in production, debug in the demo. */
import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { describeEachDatabase } from '../support/db.js';

describeEachDatabase('request logging', (ctx) => {
  async function linesFor(requestLogLevel: 'info' | 'debug', logLevel: string) {
    const lines: Record<string, unknown>[] = [];
    const logStream = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const app = await buildApp({
      database: ctx.database,
      cookieSecure: false,
      sessionHours: 12,
      webRoot: null,
      logLevel,
      requestLogLevel,
      logStream,
    });
    await app.inject({ url: '/api/programmes' });
    await app.inject({ url: '/api/no-such-route' });
    await app.close();
    return lines.filter((l) => l.msg === 'request' || /incoming|completed/.test(String(l.msg)));
  }

  it('logs each request once, with method, URL, status and time', async () => {
    const lines = await linesFor('info', 'info');
    expect(lines.map((l) => [l.method, l.url, l.statusCode])).toEqual([
      ['GET', '/api/programmes', 200],
      ['GET', '/api/no-such-route', 404],
    ]);
    expect(typeof lines[0]?.ms).toBe('number');
    expect(lines[0]?.level).toBe(30);
  });

  it('keeps the demo’s request lines at debug: hidden at info, shown at debug', async () => {
    expect(await linesFor('debug', 'info')).toEqual([]);
    const shown = await linesFor('debug', 'debug');
    expect(shown).toHaveLength(2);
    expect(shown[0]?.level).toBe(20);
  });
});
