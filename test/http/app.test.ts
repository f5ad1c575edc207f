import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../src/http/types.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';
import { sampleUrl } from '../support/routes.js';

describeEachDatabase('HTTP application', (ctx) => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
  });
  afterAll(async () => app.close());

  it('reports healthy once migrated', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('publishes an OpenAPI 3.1 document with every API route', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/pairings']?.get).toMatchObject({
      responses: { '4XX': { content: { 'application/problem+json': {} } } },
    });
    for (const route of app.routeCatalog) {
      if (route.url === '/api/openapi.json' || !route.url.startsWith('/api/')) continue;
      const path = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
      expect(
        doc.paths[path]?.[route.method.toLowerCase()],
        `${route.method} ${path}`,
      ).toBeDefined();
    }
  });

  it('answers unknown routes with a problem document and echoes the request id', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/nothing-here',
      headers: { 'x-request-id': 'req-123' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.headers['x-request-id']).toBe('req-123');
    expect(res.json()).toMatchObject({
      status: 404,
      type: '/problems/not-found',
      requestId: 'req-123',
    });
  });

  it('gives anonymous callers 401 on every route that is not public', async () => {
    const closed = app.routeCatalog.filter((r) => r.access !== 'public');
    expect(closed.length).toBeGreaterThan(10);
    for (const route of closed) {
      const res = await app.inject({
        method: route.method as 'GET',
        url: sampleUrl(route.url),
        ...(['POST', 'PUT', 'PATCH'].includes(route.method) ? { payload: {} } : {}),
      });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(res.json().type).toBe('/problems/unauthenticated');
    }
  });

  it('lets anonymous callers reach every public route', async () => {
    const open = app.routeCatalog.filter((r) => r.access === 'public' && r.method === 'GET');
    for (const route of open) {
      const res = await app.inject({ method: 'GET', url: sampleUrl(route.url) });
      expect(res.statusCode, `${route.method} ${route.url}`).not.toBe(401);
      expect(res.statusCode, `${route.method} ${route.url}`).not.toBe(403);
    }
  });

  it('rejects a forged session cookie on a closed route with a specific 401', async () => {
    const closed = app.routeCatalog.find((r) => r.access !== 'public' && r.method === 'GET');
    expect(closed).toBeDefined();
    const res = await app.inject({
      method: 'GET',
      url: sampleUrl(closed?.url ?? ''),
      cookies: { shanhai_session: 'forged-token' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toMatch(/session is invalid or has expired/);
  });

  it('refuses a state-changing request from another origin', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { origin: 'https://evil.example' },
      payload: { username: 'x', password: 'y' },
    });
    expect(res.statusCode).toBe(403);
  });
});
