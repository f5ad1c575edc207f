/**
 * `shanhai report donor|area CODE --year YYYY --out FILE.pdf [--lang zh|en] [--json] [--as USER]`:
 * the annual work report (issue 11 point 4, decision 0058), as the server's PDF route draws it,
 * or its figures as JSON. The operator sees everything unless `--as USER` names a user.
 */
import { writeFile } from 'node:fs/promises';
import { stringifyExact } from '../http/json.js';
import { REPORT_LANGS, type ReportLang } from '../modules/reports/labels.js';
import { renderReportPdf } from '../modules/reports/pdf.js';
import { REPORT_KINDS, type ReportKind } from '../modules/reports/schema.js';
import { annualReport } from '../modules/reports/service.js';
import { withDatabase } from './open.js';
import { actorFor } from './transfer-commands.js';

export async function reportCommand(
  kind: string,
  code: string,
  opts: { year: string; out: string; lang?: string; json?: boolean; as?: string },
): Promise<void> {
  if (!(REPORT_KINDS as readonly string[]).includes(kind)) {
    throw new Error(`KIND must be donor or area (not ${kind})`);
  }
  const year = Number(opts.year);
  if (!/^\d{4}$/.test(opts.year) || year < 1949 || year > 2100) {
    throw new Error(`--year must be a year from 1949 to 2100 (not ${opts.year})`);
  }
  const lang = opts.lang ?? 'zh';
  if (!(REPORT_LANGS as readonly string[]).includes(lang)) {
    throw new Error(`--lang must be zh, en or ug (not ${lang})`);
  }
  await withDatabase(async (database) => {
    const actor = await actorFor(database.db, opts.as, 'cli:report');
    const started = performance.now();
    const report = await annualReport({ actor, db: database.db }, kind as ReportKind, code, year);
    if (opts.json) {
      await writeFile(opts.out, stringifyExact(report));
    } else {
      await writeFile(opts.out, await renderReportPdf(report, lang as ReportLang));
    }
    const ms = Math.round(performance.now() - started);
    console.log(
      `report ${kind} ${code} ${year} (${opts.json ? 'json' : lang}) written to ${opts.out} in ${ms} ms`,
    );
  });
}
