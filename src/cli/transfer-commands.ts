/**
 * `shanhai template | import | export`: data in and out as workbooks and CSV (issue 11,
 * decision 0050). The commands act as the system (the operator) unless `--as USER` names a user
 * whose grants then bound what is imported and exported.
 */
import { createWriteStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Executor } from '../db/database.js';
import { type Actor, systemActor } from '../domain/access.js';
import { DomainError } from '../domain/errors.js';
import { renderProblem } from '../domain/problems.js';
import { actorOfUser } from '../modules/accounts/authenticate.js';
import { type ExportFormat, writeExport } from '../modules/transfer/export.js';
import { type ImportReport, runImport } from '../modules/transfer/import.js';
import { KINDS, type Kind } from '../modules/transfer/kinds.js';
import { buildTemplate, type Lang } from '../modules/transfer/template.js';
import { iatiExportCommand, iatiImportCommand } from './iati-commands.js';
import { withDatabase } from './open.js';

function kindOf(text: string): Kind {
  if (!(KINDS as readonly string[]).includes(text)) {
    throw new Error(`KIND must be one of ${KINDS.join(', ')} (not ${text})`);
  }
  return text as Kind;
}

function langOf(text: string | undefined): Lang {
  if (text === undefined || text === 'zh' || text === 'en' || text === 'ug') return text ?? 'zh';
  throw new Error(`--lang must be zh, en or ug (not ${text})`);
}

export async function actorFor(
  db: Executor,
  username: string | undefined,
  name: string,
): Promise<Actor> {
  if (username === undefined) return systemActor(name);
  const user = await db
    .selectFrom('users')
    .select(['id', 'username'])
    .where('username', '=', username)
    .executeTakeFirst();
  if (!user) throw new Error(`no user ${username}`);
  return actorOfUser(db, { id: Number(user.id), username: user.username }, 'session');
}

/** `shanhai template KIND --lang zh|en|ug --out FILE.xlsx` */
export async function templateCommand(
  kind: string,
  opts: { lang?: string; out: string },
): Promise<void> {
  const k = kindOf(kind);
  const lang = langOf(opts.lang);
  await withDatabase(async (database) => {
    const buf = await buildTemplate({ actor: systemActor('cli'), db: database.db }, k, lang);
    await writeFile(opts.out, buf);
    console.log(`template ${k} (${lang}) written to ${opts.out}`);
  });
}

function printReport(r: ImportReport): void {
  const verb = r.dryRun ? 'dry run' : 'import';
  console.log(
    `${verb} of ${r.kind}: ${r.rows} rows, ${r.accepted} accepted, ${r.skipped} skipped (sha256 ${r.sha256})`,
  );
  for (const p of r.problems) {
    const where = [p.sheet, p.row === null ? null : `row ${p.row}`, p.column]
      .filter((x) => x !== null)
      .join(' · ');
    const value = p.value === null ? '' : ` [${p.value}]`;
    console.log(`  ${p.severity}: ${where}${value}: ${p.message}`);
  }
}

/**
 * `shanhai import KIND FILE [--programme CODE] [--dry-run] [--json] [--lang zh|en] [--as USER]`:
 * exit 0 when nothing is critical, 1 otherwise, 2 for a file that cannot be read at all.
 */
export async function importCommand(
  kind: string,
  file: string,
  opts: {
    programme?: string;
    dryRun?: boolean;
    json?: boolean;
    lang?: string;
    as?: string;
    donor?: string;
    type?: string;
    area?: string;
  },
): Promise<void> {
  if (kind === 'iati') {
    return iatiImportCommand(file, { ...opts, lang: langOf(opts.lang ?? 'en') }, (db) =>
      actorFor(db, opts.as, 'cli:import'),
    );
  }
  const k = kindOf(kind);
  const lang = langOf(opts.lang ?? 'en');
  const dryRun = opts.dryRun === true;
  const unreadable = (message: string) => {
    if (opts.json) {
      const report = {
        dryRun,
        kind: k,
        rows: 0,
        accepted: 0,
        skipped: 0,
        problems: [
          { severity: 'critical', sheet: null, row: null, column: null, value: null, message },
        ],
        counts: {},
      };
      console.log(JSON.stringify(report));
    } else console.error(`error: ${message}`);
    process.exitCode = 2;
  };
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (err) {
    unreadable(`${file}: ${(err as Error).message}`);
    return;
  }
  await withDatabase(async (database) => {
    const actor = await actorFor(database.db, opts.as, 'cli:import');
    let report: ImportReport;
    try {
      report = await runImport({ actor, db: database.db }, k, buf, {
        dryRun,
        lang,
        programme: opts.programme,
        filename: file,
      });
    } catch (err) {
      if (err instanceof DomainError && err.problem.code.startsWith('import.')) {
        unreadable(renderProblem(err.problem, lang));
        return;
      }
      throw err;
    }
    if (opts.json) console.log(JSON.stringify(report));
    else printReport(report);
    process.exitCode = report.problems.some((p) => p.severity === 'critical') ? 1 : 0;
  });
}

/** `shanhai export KIND --out FILE.xlsx|csv [--lang zh|en] [--as USER]` */
export async function exportCommand(
  kind: string,
  opts: { out: string; lang?: string; as?: string; programme?: string },
): Promise<void> {
  if (kind === 'iati' || kind === 'iati-organisations') {
    return iatiExportCommand(
      opts,
      (db) => actorFor(db, opts.as, 'cli:export'),
      kind === 'iati' ? 'activities' : 'organisations',
    );
  }
  const k = kindOf(kind);
  const lang = langOf(opts.lang);
  const ext = extname(opts.out).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') throw new Error('--out must end in .xlsx or .csv');
  const format: ExportFormat = ext === '.csv' ? 'csv' : 'xlsx';
  await withDatabase(async (database) => {
    const actor = await actorFor(database.db, opts.as, 'cli:export');
    const out = createWriteStream(opts.out);
    const n = await writeExport({ actor, db: database.db }, k, format, lang, out);
    console.log(`${n} ${k} rows exported to ${opts.out}`);
  });
}
