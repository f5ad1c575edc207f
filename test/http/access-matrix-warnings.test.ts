/**
 * The access matrix of warnings about other subjects than projects (decision 0029): Shanghai's
 * `term-ending` warning (a posting in Kashgar) and `case-late` warning (a company in Bachu),
 * through every warnings route, for every role. A work item is not public: only the programme
 * office, auditors (read), Shanghai's donor editors and Kashgar's recipient editors see them;
 * another donor's or area's editor gets 404 on them and does not find them in the queue. (The writes on project
 * warnings are in access-matrix.test.ts.)
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../src/http/types.js';
import { computeWarnings } from '../../src/modules/warnings/compute.js';
import { expectExercised } from '../support/access-matrix.js';
import { loginAs } from '../support/accounts.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';
import { system, TODAY, termAndLateCase } from '../warnings/support.js';
import { WARNING_ROUTES } from './access-matrix-warnings.routes.js';

type Grant =
  | { role: 'coordinator' | 'auditor' | 'viewer' }
  | { role: 'donor-editor'; orgCode: string }
  | { role: 'recipient-editor'; areaCode: string };

/** Who, and what they get: in the queue (both warnings or none), PATCH and bulk statuses. */
const MATRIX: Array<{ label: string; grant: Grant | null; sees: boolean; write: number }> = [
  { label: 'the programme office', grant: { role: 'coordinator' }, sees: true, write: 200 },
  {
    label: "Shanghai's donor editor",
    grant: { role: 'donor-editor', orgCode: '310000' },
    sees: true,
    write: 200,
  },
  {
    label: "Kashgar's recipient editor",
    grant: { role: 'recipient-editor', areaCode: '653100' },
    sees: true,
    write: 200,
  },
  { label: 'an auditor', grant: { role: 'auditor' }, sees: true, write: 403 },
  {
    label: "Beijing's donor editor",
    grant: { role: 'donor-editor', orgCode: '110000' },
    sees: false,
    write: 404,
  },
  {
    label: "Hotan's recipient editor",
    grant: { role: 'recipient-editor', areaCode: '653200' },
    sees: false,
    write: 404,
  },
  // A viewer may work no warning at all: refused by the route before any lookup.
  { label: 'a viewer', grant: { role: 'viewer' }, sees: false, write: 403 },
  { label: 'an anonymous caller', grant: null, sees: false, write: 401 },
];

describeEachDatabase('access matrix: warnings about terms and cases', (ctx) => {
  let app: App;
  const ids: number[] = [];
  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
    await termAndLateCase(ctx.database);
    await computeWarnings(system(ctx.database), TODAY);
    const rows = await ctx.database.db
      .selectFrom('warnings')
      .select('id')
      .where('subjectKind', '<>', 'project')
      .orderBy('id')
      .execute();
    ids.push(...rows.map((r) => Number(r.id)));
    expect(ids).toHaveLength(2);
  });
  afterAll(async () => app.close());

  for (const who of MATRIX) {
    it(`${who.label}: ${who.sees ? 'sees' : 'does not see'} them; PATCH and bulk → ${who.write}`, async () => {
      const cookie = who.grant ? await loginAs(app, ctx.database, who.grant) : undefined;
      const headers = cookie ? { cookie } : {};
      const version = async (id: number) =>
        Number(
          (
            await ctx.database.db
              .selectFrom('warnings')
              .select('version')
              .where('id', '=', id)
              .executeTakeFirstOrThrow()
          ).version,
        );
      const list = await app.inject({ method: 'GET', url: '/api/warnings?limit=200', headers });
      if (who.grant === null) {
        expect(list.statusCode).toBe(401);
      } else {
        expect(list.statusCode, list.body).toBe(200);
        const listed = list
          .json()
          .items.filter((w: { subject: { kind: string } }) => w.subject.kind !== 'project')
          .map((w: { id: number }) => w.id);
        expect(listed.sort()).toEqual(who.sees ? ids : []);
      }
      for (const id of ids) {
        const before = await version(id);
        const patch = await app.inject({
          method: 'PATCH',
          url: `/api/warnings/${id}`,
          headers: { ...headers, 'if-match': `"${before}"` },
          payload: { status: 'acknowledged' },
        });
        expect(patch.statusCode, `PATCH ${id}: ${patch.body}`).toBe(who.write);
        expect(await version(id)).toBe(who.write === 200 ? before + 1 : before);
        const now = await version(id);
        const bulk = await app.inject({
          method: 'POST',
          url: '/api/warnings/bulk',
          headers,
          payload: { action: 'acknowledge', items: [{ id, version: now }] },
        });
        expect(bulk.statusCode, `bulk ${id}: ${bulk.body}`).toBe(who.write);
        expect(await version(id)).toBe(who.write === 200 ? now + 1 : now);
      }
    });
  }

  it('requested every route it declares', () => expectExercised(app, WARNING_ROUTES));
});
