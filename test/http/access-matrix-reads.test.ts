import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import type { App } from '../../src/http/types.js';
import { uploadDocument } from '../../src/modules/projects/documents.js';
import { expectExercised } from '../support/access-matrix.js';
import { loginAs } from '../support/accounts.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';
import { createTestProject } from '../support/factories.js';
import { ISSUE_8_READS } from './access-matrix-reads.routes.js';

type Who = 'anonymous' | 'coordinator' | 'auditor' | 'viewer' | 'shanghai' | 'beijing' | 'hotan';

/**
 * Issue 8's read routes, asked by every kind of caller about two Shanghai projects in Bachu
 * (Kashgar): one unpublished (`hidden`), one published (`shown`), each with a document. The
 * unpublished one is Shanghai's, the programme office's and the auditors' only: anyone else gets
 * 404 as if it did not exist, or the 403 it gets for any project (never a 403 that says it exists).
 */
describeEachDatabase('access matrix: issue 8 reads', (ctx) => {
  let app: App;
  const cookies = new Map<Who, string | undefined>();
  const hidden = { code: 'SH-READ-HIDDEN', document: 0 };
  const shown = { code: 'SH-READ-SHOWN', document: 0 };

  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
    for (const [p, published] of [
      [hidden, false],
      [shown, true],
    ] as const) {
      await createTestProject(ctx.database, {
        code: p.code,
        donor: '310000',
        published,
        locations: [{ area: '653130', shareBp: 10000 }],
      });
      const { document } = await uploadDocument(
        { actor: systemActor('test'), db: ctx.database.db },
        p.code,
        {
          filename: `${p.code}.txt`,
          mediaType: 'text/plain',
          contentBase64: Buffer.from('读').toString('base64'),
        },
      );
      p.document = document.id;
    }
    cookies.set('anonymous', undefined);
    cookies.set('coordinator', await loginAs(app, ctx.database, { role: 'coordinator' }));
    cookies.set('auditor', await loginAs(app, ctx.database, { role: 'auditor' }));
    cookies.set('viewer', await loginAs(app, ctx.database, { role: 'viewer' }));
    cookies.set(
      'shanghai',
      await loginAs(app, ctx.database, { role: 'donor-editor', orgCode: '310000' }),
    );
    cookies.set(
      'beijing',
      await loginAs(app, ctx.database, { role: 'donor-editor', orgCode: '110000' }),
    );
    cookies.set(
      'hotan',
      await loginAs(app, ctx.database, { role: 'recipient-editor', areaCode: '653200' }),
    );
  });
  afterAll(async () => app.close());

  const get = (who: Who, url: string) => {
    const cookie = cookies.get(who);
    return app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
  };

  it('names routes that exist', () => {
    const reads = app.routeCatalog.map((r) => `${r.method} ${r.url}`);
    for (const key of ISSUE_8_READS) expect(reads, key).toContain(key);
  });

  /** Each case: the URL and the status expected from each caller. */
  const cases: Array<{ route: string; url: () => string; expect: Record<Who, number> }> = [
    {
      route: 'GET /api/summary',
      url: () => '/api/summary',
      expect: {
        anonymous: 401,
        coordinator: 200,
        auditor: 200,
        viewer: 200,
        shanghai: 200,
        beijing: 200,
        hotan: 200,
      },
    },
    {
      route: 'GET /api/areas/:code/funds',
      url: () => '/api/areas/653130/funds',
      expect: {
        anonymous: 200,
        coordinator: 200,
        auditor: 200,
        viewer: 200,
        shanghai: 200,
        beijing: 200,
        hotan: 200,
      },
    },
    {
      // Only those who may create Shanghai's projects: the sequence counts unpublished codes.
      route: 'GET /api/project-codes/next',
      url: () => '/api/project-codes/next?programme=xinjiang&donor=310000&year=2026',
      expect: {
        anonymous: 401,
        coordinator: 200,
        auditor: 403,
        viewer: 403,
        shanghai: 200,
        beijing: 403,
        hotan: 403,
      },
    },
    {
      route: 'GET /api/projects/:code/history',
      url: () => `/api/projects/${shown.code}/history`,
      expect: {
        anonymous: 401,
        coordinator: 200,
        auditor: 200,
        viewer: 403,
        shanghai: 200,
        beijing: 403,
        hotan: 403,
      },
    },
    {
      route: 'GET /api/projects/:code/history',
      url: () => `/api/projects/${hidden.code}/history`,
      // Viewers and recipient editors may read no project's history: refused at the route (403)
      // whatever the code, so the refusal says nothing of the project (see the next case).
      expect: {
        anonymous: 401,
        coordinator: 200,
        auditor: 200,
        viewer: 403,
        shanghai: 200,
        beijing: 404,
        hotan: 403,
      },
    },
    {
      route: 'GET /api/projects/:code/history',
      url: () => '/api/projects/NOPE-404/history',
      expect: {
        anonymous: 401,
        coordinator: 404,
        auditor: 404,
        viewer: 403,
        shanghai: 404,
        beijing: 404,
        hotan: 403,
      },
    },
    {
      route: 'GET /api/projects/:code/documents',
      url: () => `/api/projects/${shown.code}/documents`,
      expect: {
        anonymous: 401,
        coordinator: 200,
        auditor: 200,
        viewer: 200,
        shanghai: 200,
        beijing: 200,
        hotan: 200,
      },
    },
    {
      route: 'GET /api/projects/:code/documents',
      url: () => `/api/projects/${hidden.code}/documents`,
      expect: {
        anonymous: 401,
        coordinator: 200,
        auditor: 200,
        viewer: 404,
        shanghai: 200,
        beijing: 404,
        hotan: 404,
      },
    },
    {
      route: 'GET /api/projects/:code/documents/:id',
      url: () => `/api/projects/${shown.code}/documents/${shown.document}`,
      expect: {
        anonymous: 401,
        coordinator: 200,
        auditor: 200,
        viewer: 200,
        shanghai: 200,
        beijing: 200,
        hotan: 200,
      },
    },
    {
      route: 'GET /api/projects/:code/documents/:id',
      url: () => `/api/projects/${hidden.code}/documents/${hidden.document}`,
      expect: {
        anonymous: 401,
        coordinator: 200,
        auditor: 200,
        viewer: 404,
        shanghai: 200,
        beijing: 404,
        hotan: 404,
      },
    },
    {
      // A visible project's path with another project's document id: not found.
      route: 'GET /api/projects/:code/documents/:id',
      url: () => `/api/projects/${shown.code}/documents/${hidden.document}`,
      expect: {
        anonymous: 401,
        coordinator: 404,
        auditor: 404,
        viewer: 404,
        shanghai: 404,
        beijing: 404,
        hotan: 404,
      },
    },
  ];

  it('covers every issue 8 read route', () => {
    expect(new Set(cases.map((c) => c.route))).toEqual(new Set(ISSUE_8_READS));
  });

  for (const c of cases) {
    it(`${c.route}: ${c.url()} answers each caller as its policy says`, async () => {
      const got: Partial<Record<Who, number>> = {};
      for (const who of Object.keys(c.expect) as Who[])
        got[who] = (await get(who, c.url())).statusCode;
      expect(got).toEqual(c.expect);
    });
  }

  it("summary: each caller's figures are of its own scope", async () => {
    const scopes: Partial<Record<Who, string>> = {};
    for (const who of [
      'coordinator',
      'auditor',
      'viewer',
      'shanghai',
      'beijing',
      'hotan',
    ] as const) {
      scopes[who] = (await get(who, '/api/summary')).json().scope;
    }
    expect(scopes).toEqual({
      coordinator: 'programme',
      auditor: 'programme',
      viewer: 'public',
      shanghai: 'donor',
      beijing: 'donor',
      hotan: 'area',
    });
  });

  it('area funds: an unpublished project is counted only for those who may see it', async () => {
    const listed: Partial<Record<Who, string[]>> = {};
    for (const who of Object.keys(cases[0]?.expect ?? {}) as Who[]) {
      const body = (await get(who, '/api/areas/653130/funds')).json();
      listed[who] = body.projects.latest.map((p: { code: string }) => p.code).sort();
    }
    const both = [hidden.code, shown.code].sort();
    expect(listed).toEqual({
      anonymous: [shown.code],
      coordinator: both,
      auditor: both,
      viewer: [shown.code],
      shanghai: both,
      beijing: [shown.code],
      hotan: [shown.code],
    });
  });

  it('requested every route it declares', () => expectExercised(app, ISSUE_8_READS));
});
