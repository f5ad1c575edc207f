/**
 * The built web app as the server sends it: text assets pre-compressed at build time (brotli,
 * else gzip, by Accept-Encoding), hashed files cached for a year, the app's pages never cached.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import type { App } from '../../src/http/types.js';
import { describeEachDatabase } from '../support/db.js';

describeEachDatabase('serving the web app', (ctx) => {
  const root = mkdtempSync(join(tmpdir(), 'shanhai-web-'));
  const script = `console.log(${JSON.stringify('山海'.repeat(800))});\n`;
  let app: App;

  beforeAll(async () => {
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(root, 'assets/index-abc123.js'), script);
    writeFileSync(join(root, 'assets/index-abc123.js.br'), brotliCompressSync(script));
    writeFileSync(join(root, 'assets/index-abc123.js.gz'), gzipSync(script));
    writeFileSync(join(root, 'assets/small-def456.js'), 'export {};\n');
    app = await buildApp({
      database: ctx.database,
      cookieSecure: false,
      sessionHours: 12,
      webRoot: root,
      logLevel: 'silent',
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    app.inject({ url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

  it('sends brotli when the browser takes it, else gzip, else the file as it is', async () => {
    const br = await get('/assets/index-abc123.js', 'gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);

    const gz = await get('/assets/index-abc123.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);

    const plain = await get('/assets/index-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);

    // A file too small to be worth compressing has no .br beside it: sent as it is.
    const small = await get('/assets/small-def456.js', 'br');
    expect(small.statusCode).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('caches hashed assets for a year and never the pages', async () => {
    const asset = await get('/assets/index-abc123.js', 'br');
    expect(asset.headers['cache-control']).toMatch(/max-age=31536000/);
    expect(asset.headers['cache-control']).toMatch(/immutable/);
    const page = await get('/projects/XJ-2024-BJ-001', 'br');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<div id="root">');
    expect(page.headers['cache-control']).toMatch(/no-cache|max-age=0/);
  });
});
