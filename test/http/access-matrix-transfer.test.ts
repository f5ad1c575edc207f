/**
 * The access matrix of templates, imports and exports (issue 11, decision 0050), for every role:
 * anonymous callers get 401 everywhere; templates and every kind's export are for everyone signed
 * in (an export's policy is its list's read policy: every signed-in caller's but plan items',
 * which viewers and recipient editors may not read), an
 * export holding only what the caller may see (Shanghai's unpublished project for the office,
 * auditors and Shanghai's editor, not for Beijing's, Hotan's or a viewer); imports are behind
 * the kind's write policy (403 for auditors, viewers and recipient editors), and a donor
 * editor's rows of another donor are refused in the report, nothing stored.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../src/http/types.js';
import { importJobsSettled } from '../../src/modules/transfer/import-jobs.js';
import { KINDS, type Kind } from '../../src/modules/transfer/kinds.js';
import { expectExercised, signInCallers, type Who } from '../support/access-matrix.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';
import { createTestProject } from '../support/factories.js';
import { filledTemplate } from '../transfer/support.js';
import { TRANSFER_ROUTES } from './access-matrix-transfer.routes.js';

/** Whether each caller sees Shanghai's unpublished project in an export. */
const SEES: Record<Exclude<Who, 'anonymous'>, boolean> = {
  coordinator: true,
  auditor: true,
  viewer: false,
  shanghai: true,
  beijing: false,
  hotan: false,
};

/** The status of a dry-run import per caller. */
const IMPORTS: Record<Exclude<Who, 'anonymous'>, number> = {
  coordinator: 200,
  auditor: 403,
  viewer: 403,
  shanghai: 200,
  beijing: 200,
  hotan: 403,
};

/** The status of a dry-run import per kind (its write policy) and caller. */
const IMPORTS_BY_KIND: Record<Kind, Record<Exclude<Who, 'anonymous'>, number>> = {
  projects: IMPORTS,
  ledger: IMPORTS,
  'plan-items': IMPORTS,
  people: IMPORTS,
  training: IMPORTS,
  exchanges: IMPORTS,
  companies: IMPORTS,
  'company-cases': IMPORTS,
  sales: IMPORTS,
  // Recipient editors enter their areas' values.
  'indicator-values': { ...IMPORTS, hotan: 200 },
};

describeEachDatabase('access matrix: templates, imports, exports', (ctx) => {
  let app: App;
  let callers: Awaited<ReturnType<typeof signInCallers>>;
  let file = '';
  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
    callers = await signInCallers(app, ctx.database);
    await createTestProject(ctx.database, {
      code: 'SH-XFER',
      donor: '310000',
      published: false,
      locations: [{ area: '653130', shareBp: 10000 }],
    });
    const buf = await filledTemplate(ctx.database, 'projects', [
      [
        'SH-XFER-2',
        '上海的项目',
        null,
        'xinjiang',
        '310000',
        null,
        'livelihood',
        'approved',
        100_000,
        2026,
        null,
        '653130',
      ],
    ]);
    file = buf.toString('base64');
  });
  afterAll(async () => app.close());

  const cookie = (who: Exclude<Who, 'anonymous'>) => ({ cookie: callers.cookies.get(who) ?? '' });

  it('refuses anonymous callers every route (401)', async () => {
    for (const url of ['/api/templates/projects', '/api/exports/projects?format=csv']) {
      expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    }
    for (const kind of KINDS) {
      const res = await app.inject({
        method: 'POST',
        url: `/api/imports/${kind}`,
        payload: { contentBase64: file },
      });
      expect(res.statusCode, kind).toBe(401);
    }
  });

  it('gives every signed-in caller the templates, in the language asked', async () => {
    for (const who of Object.keys(SEES) as Array<keyof typeof SEES>) {
      const res = await app.inject({
        method: 'GET',
        url: '/api/templates/ledger',
        headers: { ...cookie(who), 'accept-language': 'en' },
      });
      expect(res.statusCode, who).toBe(200);
      expect(res.headers['content-type']).toMatch(/spreadsheetml/);
      expect(res.headers['content-disposition']).toContain('shanhai-ledger-en.xlsx');
      expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    }
    const bad = await app.inject({
      method: 'GET',
      url: '/api/templates/nothing',
      headers: cookie('viewer'),
    });
    expect(bad.statusCode).toBe(400);
  });

  it('exports to each caller only what it may see', async () => {
    for (const [who, sees] of Object.entries(SEES) as Array<[keyof typeof SEES, boolean]>) {
      const res = await app.inject({
        method: 'GET',
        url: '/api/exports/projects?format=csv&lang=en',
        headers: cookie(who),
      });
      expect(res.statusCode, who).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.body.includes('SH-XFER'), `${who} sees SH-XFER`).toBe(sees);
      expect(res.body).toContain('Project code *');
    }
    const xlsx = await app.inject({
      method: 'GET',
      url: '/api/exports/ledger',
      headers: cookie('viewer'),
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('gives every kind’s export to every signed-in caller, behind its list’s read policy (401 anonymous)', async () => {
    for (const kind of KINDS) {
      const url = `/api/exports/${kind}?format=csv`;
      expect((await app.inject({ method: 'GET', url })).statusCode, kind).toBe(401);
      for (const who of Object.keys(SEES) as Array<keyof typeof SEES>) {
        const res = await app.inject({ method: 'GET', url, headers: cookie(who) });
        // Plan items are read by the office, auditors and donor editors (plans.read), as the list.
        const status = kind === 'plan-items' && (who === 'viewer' || who === 'hotan') ? 403 : 200;
        expect(res.statusCode, `${who} ${kind}`).toBe(status);
        if (status === 200) expect(res.headers['content-type']).toMatch(/^text\/csv/);
      }
    }
  });

  it('lets only those who may write import; another donor’s rows are refused in the report', async () => {
    for (const who of Object.keys(IMPORTS) as Array<keyof typeof IMPORTS>) {
      for (const kind of KINDS) {
        const status = IMPORTS_BY_KIND[kind][who];
        const res = await app.inject({
          method: 'POST',
          url: `/api/imports/${kind}`,
          headers: { ...cookie(who), 'accept-language': 'zh-CN' },
          payload: { contentBase64: file, dryRun: who !== 'beijing' },
        });
        expect(res.statusCode, `${who} ${kind}: ${res.body}`).toBe(status);
        if (status !== 200) continue;
        const report = res.json();
        if (kind !== 'projects') {
          expect(report.problems[0]).toMatchObject({ severity: 'critical' }); // a projects workbook
          continue;
        }
        if (who === 'beijing') {
          expect(report).toMatchObject({ dryRun: false, accepted: 0, skipped: 1 });
          expect(report.problems).toMatchObject([
            {
              severity: 'error',
              row: 3,
              column: '项目编号',
              message: '您无权录入该行（SH-XFER-2）：不在您的授权范围内',
            },
          ]);
        } else {
          expect(report).toMatchObject({ dryRun: true, accepted: 1, problems: [] });
        }
      }
    }
    const stored = await ctx.database.db
      .selectFrom('projects')
      .select('code')
      .where('code', '=', 'SH-XFER-2')
      .executeTakeFirst();
    expect(stored).toBeUndefined();
    const unreadable = await app.inject({
      method: 'POST',
      url: '/api/imports/projects',
      headers: cookie('coordinator'),
      payload: { contentBase64: Buffer.from([0, 1, 2, 3, 255, 0]).toString('base64') },
    });
    expect(unreadable.statusCode).toBe(422);
    expect(unreadable.json()).toMatchObject({ code: 'import.unreadable' });
  });

  it('IATI: 401 anonymous, the projects write policy, another donor’s activities refused in the report', async () => {
    const iati = readFileSync(join(__dirname, '../../../shared/iati/beis-activity.xml')).toString(
      'base64',
    );
    const payload = {
      contentBase64: iati,
      programme: 'xinjiang',
      donor: '310000',
      type: 'livelihood',
      area: '653130',
      dryRun: true,
      lang: 'en',
    };
    const anonymous = await app.inject({ method: 'POST', url: '/api/imports/iati', payload });
    expect(anonymous.statusCode).toBe(401);
    for (const [who, status] of Object.entries(IMPORTS) as Array<[keyof typeof IMPORTS, number]>) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/imports/iati',
        headers: cookie(who),
        payload,
      });
      expect(res.statusCode, `${who}: ${res.body}`).toBe(status);
      if (status !== 200) continue;
      const report = res.json();
      expect(report.kind).toBe('iati');
      expect(report.counts.transactionsByType).toEqual({ '2': 9, '3': 41 });
      expect(report.accepted, who).toBe(who === 'beijing' ? 0 : 9);
    }
    const missing = await app.inject({
      method: 'POST',
      url: '/api/imports/iati',
      headers: cookie('coordinator'),
      payload: { contentBase64: iati },
    });
    expect(missing.statusCode).toBe(400);
  });

  it('import jobs: started behind the kind’s import policy (202), read by their owner and the office only', async () => {
    const owners = new Map<number, Exclude<Who, 'anonymous'>>();
    for (const kind of KINDS) {
      const url = `/api/imports/${kind}/jobs`;
      const anonymous = await app.inject({ method: 'POST', url, payload: { contentBase64: file } });
      expect(anonymous.statusCode, kind).toBe(401);
      for (const who of Object.keys(IMPORTS) as Array<keyof typeof IMPORTS>) {
        const res = await app.inject({
          method: 'POST',
          url,
          headers: cookie(who),
          payload: { contentBase64: file },
        });
        const status = IMPORTS_BY_KIND[kind][who] === 200 ? 202 : 403;
        expect(res.statusCode, `${who} ${kind}: ${res.body}`).toBe(status);
        if (status === 202) owners.set(res.json().id, who);
        await importJobsSettled();
      }
    }
    const iati = readFileSync(
      join(__dirname, '../../../shared/iati/activity-standard-example-annotated.xml'),
    ).toString('base64');
    const payload = { contentBase64: iati, programme: 'xinjiang', donor: '310000' };
    expect(
      (await app.inject({ method: 'POST', url: '/api/imports/iati/jobs', payload })).statusCode,
    ).toBe(401);
    for (const [who, status] of Object.entries(IMPORTS) as Array<[keyof typeof IMPORTS, number]>) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/imports/iati/jobs',
        headers: cookie(who),
        payload,
      });
      expect(res.statusCode, `${who} iati: ${res.body}`).toBe(status === 200 ? 202 : 403);
      if (res.statusCode === 202) owners.set(res.json().id, who);
      await importJobsSettled();
    }
    expect(owners.size).toBeGreaterThan(20);
    for (const [id, owner] of owners) {
      const url = `/api/imports/jobs/${id}`;
      expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
      for (const who of Object.keys(SEES) as Array<keyof typeof SEES>) {
        const res = await app.inject({ method: 'GET', url, headers: cookie(who) });
        const status = who === owner || who === 'coordinator' ? 200 : 403;
        expect(res.statusCode, `${who} reads ${owner}'s job ${id}`).toBe(status);
        if (status === 200) expect(res.json().state).toBe('done');
      }
    }
  });

  it('requested every route it declares', () => expectExercised(app, TRANSFER_ROUTES));
});
