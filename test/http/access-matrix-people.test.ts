import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../src/domain/access.js';
import type { App } from '../../src/http/types.js';
import { createBatch } from '../../src/modules/people/batches.js';
import { createPerson } from '../../src/modules/people/persons.js';
import { expectExercised } from '../support/access-matrix.js';
import { loginAs } from '../support/accounts.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';
import { PEOPLE_READS } from './access-matrix-people.routes.js';

type Who = 'anonymous' | 'coordinator' | 'auditor' | 'viewer' | 'shanghai' | 'beijing' | 'hotan';

/**
 * The people read routes asked by every kind of caller, about an unpublished Shanghai person
 * (`hidden`) and a published one (`shown`). The unpublished one is Shanghai's, the programme
 * office's and the auditors' only: anyone else gets 404 as if it did not exist.
 */
describeEachDatabase('access matrix: people reads', (ctx) => {
  let app: App;
  const cookies = new Map<Who, string | undefined>();
  let hidden = 0;
  let shown = 0;
  let batch = 0;

  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
    const system = { actor: systemActor('test'), db: ctx.database.db };
    const person = (published: boolean) =>
      createPerson(system, { nameZh: '读', sex: 'male', donor: '310000', published });
    hidden = (await person(false)).id;
    shown = (await person(true)).id;
    batch = (await createBatch(system, { donor: '310000', programme: 'xinjiang', number: 7 })).id;
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

  it('covers every people read route', () => {
    const reads = app.routeCatalog
      .filter((r) => r.method === 'GET' && r.url.startsWith('/api/people/'))
      .map((r) => `${r.method} ${r.url}`);
    expect(reads.sort()).toEqual([...PEOPLE_READS].sort());
  });

  const everyone = (status: number, anonymous = 401): Record<Who, number> => ({
    anonymous,
    coordinator: status,
    auditor: status,
    viewer: status,
    shanghai: status,
    beijing: status,
    hotan: status,
  });
  const cases: Array<{ route: string; url: () => string; expect: Record<Who, number> }> = [
    { route: 'GET /api/people/roster', url: () => '/api/people/roster', expect: everyone(200) },
    {
      route: 'GET /api/people/terms-ending',
      url: () => '/api/people/terms-ending?days=30',
      expect: everyone(200),
    },
    {
      route: 'GET /api/people/counts',
      url: () => '/api/people/counts?by=donor',
      expect: everyone(200),
    },
    { route: 'GET /api/people/kinds', url: () => '/api/people/kinds', expect: everyone(200) },
    { route: 'GET /api/people/batches', url: () => '/api/people/batches', expect: everyone(200) },
    // A batch is seen by every signed-in user; its postings only as each may see their people.
    {
      route: 'GET /api/people/batches/:id',
      url: () => `/api/people/batches/${batch}`,
      expect: everyone(200),
    },
    {
      route: 'GET /api/people/batches/:id',
      url: () => '/api/people/batches/999999',
      expect: everyone(404),
    },
    {
      route: 'GET /api/people/access-log',
      url: () => '/api/people/access-log',
      expect: { ...everyone(403), coordinator: 200, auditor: 200 },
    },
    { route: 'GET /api/people/persons', url: () => '/api/people/persons', expect: everyone(200) },
    {
      route: 'GET /api/people/persons/:id',
      url: () => `/api/people/persons/${shown}`,
      expect: everyone(200),
    },
    {
      route: 'GET /api/people/persons/:id',
      url: () => `/api/people/persons/${hidden}`,
      expect: { ...everyone(404), coordinator: 200, auditor: 200, shanghai: 200 },
    },
    // History: refused at the route (403) to roles that may read no history; another donor's
    // editor is refused a published person's (403) and does not learn of an unpublished one (404).
    {
      route: 'GET /api/people/persons/:id/history',
      url: () => `/api/people/persons/${shown}/history`,
      expect: { ...everyone(403), coordinator: 200, auditor: 200, shanghai: 200 },
    },
    {
      route: 'GET /api/people/persons/:id/history',
      url: () => `/api/people/persons/${hidden}/history`,
      expect: { ...everyone(403), coordinator: 200, auditor: 200, shanghai: 200, beijing: 404 },
    },
  ];

  for (const c of cases) {
    it(`${c.route}: ${c.url()}`, async () => {
      for (const [who, status] of Object.entries(c.expect) as [Who, number][]) {
        const res = await get(who, c.url());
        expect(res.statusCode, `${who}: ${res.body.slice(0, 200)}`).toBe(status);
      }
    });
  }

  it('GET /api/people/persons lists the unpublished person only to its donor, the programme office and auditors', async () => {
    const sees: Record<Exclude<Who, 'anonymous'>, boolean> = {
      coordinator: true,
      auditor: true,
      viewer: false,
      shanghai: true,
      beijing: false,
      hotan: false,
    };
    for (const [who, expected] of Object.entries(sees) as [Who, boolean][]) {
      const res = await get(who, '/api/people/persons?limit=500');
      const ids = res.json().items.map((p: { id: number }) => p.id);
      expect(ids.includes(hidden), who).toBe(expected);
      expect(ids.includes(shown), who).toBe(true);
    }
  });

  it('requested every route it declares', () => expectExercised(app, PEOPLE_READS));
});
