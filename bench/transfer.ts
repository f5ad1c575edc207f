/**
 * `npm run bench:transfer -- [--projects 100000] [--ledger-rows 1000000] [--pg-url URL]
 * [--only import|export] [--db FILE]`: the
 * issue 11 speed targets of the first slice (decision 0050) on a fresh database (SQLite in a
 * temporary directory, or the PostgreSQL database given, which must be empty):
 *
 * - an XLSX of N project rows (a valid template, written with ExcelJS's streaming writer):
 *   dry run, then commit (target ≤ 30 s each at 100,000);
 * - a CSV export of M ledger rows (inserted in bulk behind shanhai's back for the bench; target
 *   ≥ 100,000 rows/s and peak RSS < 300 MB at 1,000,000), beside a raw paged SELECT written as
 *   CSV with no formatting (the best one-off a user could script).
 *
 * Peak RSS is the process's (`resourceUsage().maxRSS`), so each figure is the peak up to then:
 * `--only import` / `--only export` run one half per process (the export's peak is then its
 * own), `--db FILE` keeps the SQLite file between them (the export half reuses the imported
 * projects). On SQLite each half is compared with the sqlite3 shell (`.import` of the same rows
 * as CSV into a plain table; `-csv` SELECT of the ledger), timed in the same run (decision 0082).
 * Each line says the load average and the process's CPU time for the step.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { openDatabase } from '../src/db/database.js';
import { systemActor } from '../src/domain/access.js';
import { upgradeDatabase } from '../src/modules/maintenance.js';
import { writeExport } from '../src/modules/transfer/export.js';
import { runImport } from '../src/modules/transfer/import.js';
import { SPECS } from '../src/modules/transfer/kinds.js';
import { headerText, writeMeta } from '../src/modules/transfer/template.js';
import { loadReferenceData } from '../src/seed/reference.js';

const { values } = parseArgs({
  options: {
    projects: { type: 'string', default: '100000' },
    'ledger-rows': { type: 'string', default: '1000000' },
    'pg-url': { type: 'string' },
    only: { type: 'string' },
    db: { type: 'string' },
  },
});
const projects = Number(values.projects);
const ledgerRows = Number(values['ledger-rows']);
const peakMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);
const secs = (t: number) => ((performance.now() - t) / 1000).toFixed(2);
const load = () => `load ${loadavg()[0]?.toFixed(1)}`;
const cpuSince = (c: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(c);
  return `CPU ${((d.user + d.system) / 1e6).toFixed(2)} s`;
};
const doImport = values.only !== 'export';
const doExport = values.only !== 'import';

/** Runs the sqlite3 shell on `db` under /usr/bin/time; returns its wall and CPU times. */
function sqliteShell(db: string, script: string): string {
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', 'wall %e s, CPU user %U s + sys %S s', 'sqlite3', db],
    {
      input: `${script}\n`,
      encoding: 'utf8',
    },
  );
  const lines = r.stderr.trim().split('\n');
  return `${lines[lines.length - 1] ?? '(no time)'} (stdout: ${r.stdout.trim().slice(0, 40)})`;
}

const AREAS = ['653201', '653221', '653222', '653223', '653224', '653225', '653226', '653227'];
const DONORS = ['110000', '120000', '310000', '320000', '330000', '340000', '440000'];

async function projectWorkbook(path: string, n: number): Promise<void> {
  const spec = SPECS.projects;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: false });
  const ws = wb.addWorksheet(spec.sheet.zh);
  ws.addRow(spec.columns.map((c) => headerText(spec, c, 'zh'))).commit();
  for (let i = 0; i < n; i++) {
    const code = `BENCH-${String(i).padStart(7, '0')}`;
    const row: Record<string, ExcelJS.CellValue> = {
      code,
      'name.zh': `基准项目 ${i}`,
      programme: 'xinjiang',
      donor: DONORS[i % DONORS.length] ?? '110000',
      type: 'livelihood',
      stage: 'approved',
      budgetFen: 1_000_000 + (i % 1000) * 100,
      year: 2026,
      approvalDate: new Date(Date.UTC(2026, i % 12, 1 + (i % 28))),
      locations: AREAS[i % AREAS.length] ?? '653201',
    };
    ws.addRow(spec.columns.map((c) => row[c.field] ?? null)).commit();
  }
  ws.commit();
  const meta = writeMeta(wb as unknown as ExcelJS.Workbook, 'projects', 'zh');
  (meta as unknown as { commit(): void }).commit();
  await wb.commit();
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'shanhai-bench-transfer-'));
  const dbFile = values.db ?? join(dir, 'bench.db');
  const fresh = values['pg-url'] !== undefined || !existsSync(dbFile);
  const url = values['pg-url'] ?? `sqlite:${dbFile}`;
  const database = openDatabase(url);
  const ctx = { actor: systemActor('bench'), db: database.db };
  try {
    if (fresh) {
      await upgradeDatabase(database);
      await loadReferenceData(database);
    }
    console.log(
      `engine ${database.engine}; ${projects} project rows, ${ledgerRows} ledger rows; ` +
        `${load()}; Node ${process.version}`,
    );

    if (doImport) {
      const xlsx = join(dir, 'projects.xlsx');
      let t = performance.now();
      await projectWorkbook(xlsx, projects);
      console.log(`  workbook written in ${secs(t)} s`);
      const file = await readFile(xlsx);
      for (const dryRun of [true, false]) {
        t = performance.now();
        const c = process.cpuUsage();
        const r = await runImport(ctx, 'projects', file, { dryRun, lang: 'zh' });
        const s = (performance.now() - t) / 1000;
        console.log(
          `  XLSX import ${dryRun ? 'dry run' : 'commit '}: ${s.toFixed(2)} s (${(r.rows / s).toFixed(0)} rows/s, ${cpuSince(c)}), ` +
            `${r.accepted} accepted, ${r.problems.length} problems; peak RSS ${peakMb()} MB; ${load()}`,
        );
      }
      if (database.engine === 'sqlite') {
        // The one-off: the same rows as a CSV, `.import`ed into a plain table (no checks).
        const csv = join(dir, 'projects.csv');
        const lines = ['code,name,programme,donor,type,stage,budget_fen,year,approval_date,area'];
        for (let i = 0; i < projects; i++) {
          lines.push(
            `BENCH-${String(i).padStart(7, '0')},基准项目 ${i},xinjiang,${DONORS[i % DONORS.length]},livelihood,approved,${1_000_000 + (i % 1000) * 100},2026,2026-${String(1 + (i % 12)).padStart(2, '0')}-01,${AREAS[i % AREAS.length]}`,
          );
        }
        writeFileSync(csv, `${lines.join('\n')}\n`);
        const shell = sqliteShell(
          join(dir, 'oneoff.db'),
          `.mode csv\n.import ${csv} bench_projects\nselect count(*) from bench_projects;`,
        );
        console.log(
          `  one-off sqlite3 .import of the same ${projects} rows as CSV: ${shell}; ${load()}`,
        );
      }
    }
    if (!doExport) return;

    // Ledger rows in bulk (not through the use case: this measures the export).
    let t = performance.now();
    const ids = (await database.db.selectFrom('projects').select('id').execute()).map((p) =>
      Number(p.id),
    );
    const now = new Date().toISOString();
    for (let i = 0; i < ledgerRows; i += 1000) {
      const batch = [];
      for (let j = i; j < Math.min(ledgerRows, i + 1000); j++) {
        batch.push({
          projectId: ids[j % ids.length] ?? 1,
          type:
            (['commitment', 'arrival', 'disbursement', 'expenditure'] as const)[j % 4] ??
            'commitment',
          planned: j % 3 === 0 ? 1 : 0,
          valueFen: 10_000 + (j % 10_000),
          date: `2026-${String(1 + (j % 12)).padStart(2, '0')}-15`,
          year: 2026,
          note: j % 50 === 0 ? `=note ${j}` : null,
          createdAt: now,
          createdBy: 'bench',
        });
      }
      await database.db.insertInto('fundTransactions').values(batch).execute();
    }
    console.log(`  ${ledgerRows} ledger rows inserted in ${secs(t)} s`);

    const out = join(dir, 'ledger.csv');
    const before = peakMb();
    t = performance.now();
    const c = process.cpuUsage();
    const n = await writeExport(ctx, 'ledger', 'csv', 'zh', createWriteStream(out));
    const s = (performance.now() - t) / 1000;
    console.log(
      `  CSV export of the ledger: ${n} rows in ${s.toFixed(2)} s (${(n / s).toFixed(0)} rows/s, ${cpuSince(c)}); ` +
        `peak RSS ${peakMb()} MB (${before} MB before the export); ${load()}`,
    );
    if (database.engine === 'sqlite') {
      const shell = sqliteShell(
        dbFile,
        `.mode csv\n.output ${join(dir, 'oneoff-ledger.csv')}\nselect t.id, p.code, t.type, t.planned, t.value_fen, t.date, t.note from fund_transactions t join projects p on p.id = t.project_id;\n.output stdout`,
      );
      console.log(`  one-off sqlite3 -csv SELECT of the ledger: ${shell}; ${load()}`);
    }

    // The one-off: a raw paged SELECT written as CSV, no labels, no neutralising.
    t = performance.now();
    const raw = createWriteStream(join(dir, 'raw.csv'));
    let after = 0;
    let m = 0;
    for (;;) {
      const rows = await database.db
        .selectFrom('fundTransactions')
        .select(['id', 'projectId', 'type', 'planned', 'valueFen', 'date', 'note'])
        .where('id', '>', after)
        .orderBy('id')
        .limit(10_000)
        .execute();
      if (rows.length === 0) break;
      for (const r of rows) {
        if (
          !raw.write(
            `${r.projectId},${r.type},${r.planned},${r.valueFen},${r.date},${r.note ?? ''}\n`,
          )
        ) {
          await new Promise<void>((resolve) => raw.once('drain', () => resolve()));
        }
      }
      m += rows.length;
      after = Number(rows[rows.length - 1]?.id);
    }
    await new Promise<void>((resolve) => raw.end(() => resolve()));
    const r = (performance.now() - t) / 1000;
    console.log(
      `  raw SELECT → CSV (one-off): ${m} rows in ${r.toFixed(2)} s (${(m / r).toFixed(0)} rows/s)`,
    );
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
    if (!values.db && !values['pg-url']) rmSync(dbFile, { force: true });
  }
}

await main();
