/**
 * `shanhai import iati FILE --programme CODE` and `shanhai export iati|iati-organisations --programme CODE --out
 * FILE.xml` (issue 11 points 5 and 6, decision 0052). The file is read as a stream (never whole).
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { access } from 'node:fs/promises';
import type { Actor } from '../domain/access.js';
import { writeIatiExport } from '../modules/transfer/iati/export.js';
import { type IatiImportReport, runIatiImport } from '../modules/transfer/iati/import.js';
import { writeIatiOrganisations } from '../modules/transfer/iati/organisations.js';
import { parseDecimal, setRate } from '../modules/transfer/iati/rates.js';
import type { Lang } from '../modules/transfer/template.js';
import { withDatabase } from './open.js';

type ActorFor = (db: Parameters<Parameters<typeof withDatabase>[0]>[0]['db']) => Promise<Actor>;

function printReport(r: IatiImportReport): void {
  const verb = r.dryRun ? 'dry run' : 'import';
  const c = r.counts;
  console.log(
    `${verb} of iati: ${r.rows} activities, ${r.accepted} accepted, ${r.skipped} skipped; ` +
      `${c.transactions} transactions to the ledger, ${c.transactionsSkipped} kept outside it ` +
      `(by type: ${JSON.stringify(c.transactionsByType)}) (sha256 ${r.sha256})`,
  );
  for (const p of r.problems) {
    const where = [p.row === null ? null : `line ${p.row}`, p.column].filter((x) => x !== null);
    const value = p.value === null ? '' : ` [${p.value}]`;
    console.log(`  ${p.severity}: ${where.join(' · ')}${value}: ${p.message}`);
  }
}

export async function iatiImportCommand(
  file: string,
  opts: {
    programme?: string;
    donor?: string;
    type?: string;
    area?: string;
    dryRun?: boolean;
    json?: boolean;
    lang: Lang;
  },
  actorFor: ActorFor,
): Promise<void> {
  const dryRun = opts.dryRun === true;
  const unreadable = (message: string) => {
    if (opts.json) {
      console.log(
        JSON.stringify({
          dryRun,
          kind: 'iati',
          rows: 0,
          accepted: 0,
          skipped: 0,
          problems: [
            { severity: 'critical', sheet: null, row: null, column: null, value: null, message },
          ],
          counts: {
            activities: 0,
            transactions: 0,
            transactionsSkipped: 0,
            transactionsByType: {},
          },
        }),
      );
    } else console.error(`error: ${message}`);
    process.exitCode = 2;
  };
  if (!opts.programme) throw new Error('import iati needs --programme CODE');
  const programme = opts.programme;
  try {
    await access(file);
  } catch (err) {
    unreadable(`${file}: ${(err as Error).message}`);
    return;
  }
  await withDatabase(async (database) => {
    const actor = await actorFor(database.db);
    const { report, unreadable: broken } = await runIatiImport(
      { actor, db: database.db },
      createReadStream(file, { highWaterMark: 256 * 1024 }),
      {
        dryRun,
        lang: opts.lang,
        programme,
        donor: opts.donor,
        type: opts.type,
        area: opts.area,
        filename: file,
      },
    );
    if (opts.json) console.log(JSON.stringify(report));
    else printReport(report);
    process.exitCode = broken ? 2 : report.problems.some((p) => p.severity === 'critical') ? 1 : 0;
  });
}

export async function iatiExportCommand(
  opts: { programme?: string; out: string },
  actorFor: ActorFor,
  file: 'activities' | 'organisations' = 'activities',
): Promise<void> {
  const name = file === 'activities' ? 'iati' : 'iati-organisations';
  if (!opts.programme) throw new Error(`export ${name} needs --programme CODE`);
  const programme = opts.programme;
  await withDatabase(async (database) => {
    const actor = await actorFor(database.db);
    const ref = await database.db
      .selectFrom('programmes')
      .select('code')
      .where('code', '=', programme)
      .executeTakeFirst();
    if (!ref) throw new Error(`no programme ${programme}`);
    const write = file === 'activities' ? writeIatiExport : writeIatiOrganisations;
    const n = await write({ actor, db: database.db }, programme, createWriteStream(opts.out));
    console.log(
      file === 'activities'
        ? `${n} published projects of ${programme} exported to ${opts.out} (IATI 2.03)`
        : `${n} donors of ${programme}'s published projects exported to ${opts.out} (IATI 2.03 organisations)`,
    );
    if (n === 0) {
      // IATI requires at least one activity (organisation): an empty file is not schema-valid.
      console.error('error: no published project: the file holds no record and is not valid IATI');
      process.exitCode = 1;
    }
  });
}

/** `shanhai rate CURRENCY FROM YUAN`: yuan per unit of a currency from a date (decision 0052). */
export async function rateCommand(currency: string, from: string, yuan: string): Promise<void> {
  const micro = parseDecimal(yuan);
  if (!/^[A-Z]{3}$/.test(currency) || currency === 'CNY') {
    throw new Error('CURRENCY is three capital letters (ISO 4217), not CNY');
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) throw new Error('FROM is a date YYYY-MM-DD');
  if (micro === null || micro <= 0n) throw new Error('YUAN is a positive number (yuan per unit)');
  await withDatabase(async (database) => {
    await setRate(
      database.db,
      { currency, validFrom: from, microYuanPerUnit: Number(micro) },
      'system:cli',
    );
    console.log(`${currency} from ${from}: ${yuan} yuan per unit`);
  });
}
