/**
 * `npm run bench:report -- [--years 2] [--projects-per-year 20000] [--runs 5] [--lang zh|en|ug]`: a donor's annual
 * report (issue 11 point 4, decision 0058; target ≤ 10 s at national scale), timed through the
 * use case as the PDF route runs it: gathering the figures (`annualReport`, the coordinator's
 * view) and drawing the PDF (`renderReportPdf`), for the busiest donor (Guangdong) and for an
 * area (Kashgar prefecture), on SQLite. Beside it, the one-off a user might use instead: the
 * year's ledger totals for the donor as one hand-written SQL query. The data set (generated,
 * dated as of the year's end) is kept in var/bench/ and reused.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { type Database, openDatabase } from '../src/db/database.js';
import { systemActor } from '../src/domain/access.js';
import { upgradeDatabase } from '../src/modules/maintenance.js';
import { REPORT_LANGS, type ReportLang } from '../src/modules/reports/labels.js';
import { renderReportPdf } from '../src/modules/reports/pdf.js';
import type { ReportKind } from '../src/modules/reports/schema.js';
import { annualReport } from '../src/modules/reports/service.js';
import { generateDataSet } from '../src/seed/generate.js';
import { loadReferenceData } from '../src/seed/reference.js';

const { values } = parseArgs({
  options: {
    years: { type: 'string', default: '2' },
    'projects-per-year': { type: 'string', default: '20000' },
    runs: { type: 'string', default: '5' },
    lang: { type: 'string', default: 'zh' },
  },
});
if (!(REPORT_LANGS as readonly string[]).includes(values.lang)) {
  throw new Error(`--lang must be zh, en or ug (not ${values.lang})`);
}
const lang = values.lang as ReportLang;
const years = Number(values.years);
const perYear = Number(values['projects-per-year']);
const runs = Number(values.runs);
/** The last full year is reported on; the data set ends with it. */
const YEAR = new Date().getUTCFullYear() - 1;
const FROM = YEAR - years + 1;

async function ensureData(database: Database) {
  await upgradeDatabase(database);
  await loadReferenceData(database);
  const have = await database.db
    .selectFrom('projects')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(have.n) >= years * perYear) {
    console.log(`  data set present: ${have.n} projects`);
    return;
  }
  const t = performance.now();
  const totals = await generateDataSet(database, {
    fromYear: FROM,
    years,
    projectsPerYear: perYear,
    yuanPerYear: 20_000_000_000,
    seed: 2010,
    today: `${YEAR}-12-31`,
    postingsPerYear: 2_000,
    sessionsPerYear: Math.round(perYear / 10),
    salesPerYear: 5_000,
  });
  console.log(
    `  generated ${totals.projects} projects, ${totals.transactions} transactions, ${totals.postings} postings, ${totals.sessions} sessions, ${totals.sales} sales in ${((performance.now() - t) / 1000).toFixed(0)} s`,
  );
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function main() {
  console.log(
    `== report bench: ${years} years × ${perYear} projects a year, year ${YEAR}, ${runs} runs, PDF in ${lang} (${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB)`,
  );
  mkdirSync('var/bench', { recursive: true });
  const file = `var/bench/report-${years}x${perYear}-to${YEAR}.db`;
  if (!existsSync(file)) console.log('  new SQLite data set');
  const database = openDatabase(`sqlite:${file}`);
  try {
    await ensureData(database);
    const ctx = { actor: systemActor('bench'), db: database.db };
    for (const [kind, code] of [
      ['donor', '440000'],
      ['area', '653100'],
    ] as [ReportKind, string][]) {
      const gather: number[] = [];
      const draw: number[] = [];
      const drawCpu: number[] = [];
      let bytes = 0;
      for (let i = 0; i <= runs; i++) {
        const t0 = performance.now();
        const report = await annualReport(ctx, kind, code, YEAR);
        const t1 = performance.now();
        const cpu = process.cpuUsage();
        const pdf = await renderReportPdf(report, lang);
        const used = process.cpuUsage(cpu);
        const t2 = performance.now();
        bytes = pdf.length;
        if (i === 0) continue; // warm-up
        gather.push(t1 - t0);
        draw.push(t2 - t1);
        drawCpu.push((used.user + used.system) / 1000);
      }
      const total = gather.map((g, i) => g + (draw[i] ?? 0));
      console.log(
        `  ${kind} ${code} ${YEAR}: median ${median(total).toFixed(0)} ms (figures ${median(gather).toFixed(0)} ms + PDF ${median(draw).toFixed(0)} ms, its CPU ${median(drawCpu).toFixed(0)} ms), max ${Math.max(...total).toFixed(0)} ms, ${(bytes / 1024).toFixed(0)} KB  [target ≤ 10,000 ms]`,
      );
    }
    const t = performance.now();
    await sql`select type, sum(value_fen) from fund_transactions where year = ${YEAR} and planned = 0
      and project_id in (select project_id from project_donors where org_code like '44%') group by type`.execute(
      database.db,
    );
    console.log(
      `  one-off SQL (the donor's ledger totals for the year): ${(performance.now() - t).toFixed(0)} ms`,
    );
  } finally {
    await database.close();
  }
}

await main();
