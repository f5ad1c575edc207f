/**
 * The access matrix of the marked import reports (decision 0057), every kind × every role:
 * anonymous 401; the kind's write policy as for the import itself (auditors, viewers and
 * recipient editors 403, but recipient editors enter indicator values); the others get the
 * workbook, and nothing is stored.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../src/http/types.js';
import { KINDS } from '../../src/modules/transfer/kinds.js';
import { expectExercised, signInCallers, type Who } from '../support/access-matrix.js';
import { buildTestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/db.js';
import { IMPORT_REPORT_ROUTES } from './access-matrix-import-reports.routes.js';

const STATUS: Record<Exclude<Who, 'anonymous'>, number> = {
  coordinator: 200,
  auditor: 403,
  viewer: 403,
  shanghai: 200,
  beijing: 200,
  hotan: 403,
};

describeEachDatabase('access matrix: marked import reports', (ctx) => {
  let app: App;
  let callers: Awaited<ReturnType<typeof signInCallers>>;
  beforeAll(async () => {
    app = await buildTestApp(ctx.database);
    callers = await signInCallers(app, ctx.database);
  });
  afterAll(async () => app.close());

  it('answers each kind’s report by the kind’s write policy', async () => {
    // A CSV with one unreadable row: every kind reads it, and reports at least one problem.
    const csv = Buffer.from('\uFEFFa,b\r\n1,2\r\n').toString('base64');
    for (const route of app.routeCatalog.filter(
      (r) => r.method === 'POST' && /\/report$/.test(r.url),
    )) {
      const url = route.url;
      const anonymous = await app.inject({ method: 'POST', url, payload: { contentBase64: csv } });
      expect(anonymous.statusCode, url).toBe(401);
      // Indicator values are entered by recipient editors too (indicators.enter).
      const statuses = url.includes('/indicator-values/') ? { ...STATUS, hotan: 200 } : STATUS;
      for (const [who, status] of Object.entries(statuses) as Array<
        [keyof typeof STATUS, number]
      >) {
        const res = await app.inject({
          method: 'POST',
          url,
          headers: { cookie: callers.cookies.get(who) ?? '', 'accept-language': 'zh-CN' },
          payload: { contentBase64: csv },
        });
        expect(res.statusCode, `${who} ${url}: ${res.body.slice(0, 200)}`).toBe(status);
        if (status !== 200) continue;
        expect(res.headers['content-type']).toMatch(/spreadsheetml/);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
        expect(wb.getWorksheet('问题清单'), url).toBeDefined();
      }
    }
    expect(KINDS.length).toBeGreaterThan(0);
  });

  it('requested every route it declares', () => expectExercised(app, IMPORT_REPORT_ROUTES));
});
