import { Command, InvalidArgumentError, Option } from 'commander';
import { ROLES, type Role } from '../domain/access.js';
import { isIsoDate } from '../domain/dates.js';
import { DomainError } from '../domain/errors.js';
import { KINDS } from '../modules/transfer/kinds.js';
import { GENERATE_DEFAULTS } from '../seed/generator-options.js';

/**
 * A command's action, loaded when the command runs: `shanhai import` need not load the web
 * server, nor `shanhai migrate` the PDF report (each command starts in a fraction of the time).
 */
function lazy<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  return async (...args: unknown[]): Promise<void> => {
    const action = (await load())[name] as (...a: unknown[]) => unknown;
    await action(...args);
  };
}
const backup = () => import('./backup-commands.js');
const database = () => import('./database-commands.js');
const historyCommands = () => import('./history-commands.js');
const iati = () => import('./iati-commands.js');
const jobCommands = () => import('./job-commands.js');
const report = () => import('./report-commands.js');
const serve = () => import('./serve.js');
const transfer = () => import('./transfer-commands.js');
const users = () => import('./user-commands.js');

function intOption(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new InvalidArgumentError('must be a whole number');
  return n;
}

function dateOption(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('must be a date, YYYY-MM-DD');
  return value;
}

function shareOption(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) {
    throw new InvalidArgumentError('must be a fraction from 0 to 1');
  }
  return n;
}

function role(value: string): Role {
  if (!(ROLES as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`must be one of ${ROLES.join(', ')}`);
  }
  return value as Role;
}

const program = new Command()
  .name('shanhai')
  .description(
    'Shanhai (山海): counterpart assistance. Settings come from the environment: PORT, HOST, DATABASE_URL.',
  )
  .showHelpAfterError();

program
  .command('serve')
  .description('migrate, load the reference data and serve the API and web app')
  .option('--demo', 'also load the demo data and demo accounts (only on a loopback address)')
  .action(async (opts: { demo?: boolean }) =>
    (await serve()).serveCommand({ demo: opts.demo === true }),
  );

program
  .command('migrate')
  .description('apply pending database migrations, then any projection rebuild they owe')
  .action(lazy(database, 'migrateCommand'));

program
  .command('seed')
  .description('load the reference data (areas, organisations, programmes, pairings)')
  .option('--demo', 'also load the demo data (not the demo accounts)')
  .action(async (opts: { demo?: boolean }) =>
    (await database()).seedCommand({ demo: opts.demo === true }),
  );

const user = program.command('user').description('manage user accounts');
user
  .command('add')
  .description(
    'create a user; the password comes from SHANHAI_PASSWORD or is asked for on a terminal',
  )
  .argument('<username>')
  .addOption(
    new Option('--role <role>', `one of ${ROLES.join(', ')}`).argParser(role).makeOptionMandatory(),
  )
  .option('--org <code>', 'organisation scope (required for donor-editor)')
  .option('--area <code>', 'area subtree scope (required for recipient-editor)')
  .option('--name <display name>', 'display name')
  .action(lazy(users, 'userAddCommand'));
user
  .command('set-password')
  .description('set a password; from SHANHAI_PASSWORD or asked for on a terminal')
  .argument('<username>')
  .action(lazy(users, 'userSetPasswordCommand'));

program
  .command('generate')
  .description(
    'add a realistic generated data set (projects, ledger, plans, aid personnel) for demos and benchmarks',
  )
  .option('--from-year <year>', 'first plan year', intOption, GENERATE_DEFAULTS.fromYear)
  .option('--years <n>', 'how many years', intOption, GENERATE_DEFAULTS.years)
  .option(
    '--projects-per-year <n>',
    'projects per year, all donors',
    intOption,
    GENERATE_DEFAULTS.projectsPerYear,
  )
  .option(
    '--yuan-per-year <n>',
    'funds per year, all donors, in yuan',
    intOption,
    GENERATE_DEFAULTS.yuanPerYear,
  )
  .option(
    '--postings-per-year <n>',
    'postings of aid personnel per year, all donors (default: half the projects per year)',
    intOption,
  )
  .option(
    '--sessions-per-year <n>',
    'training sessions per year, all donors (default: as many as projects per year)',
    intOption,
  )
  .option(
    '--sales-per-year <n>',
    'consumption-aid sales rows per year, all donors (default: five per project per year)',
    intOption,
  )
  .option(
    '--companies-per-year <n>',
    'companies brought in per year, all donors, with officers and cases (default: a tenth of the projects per year)',
    intOption,
  )
  .option('--cases-per-company <n>', 'cases per company on average', intOption, 5)
  .option(
    '--companies-only',
    'add only the companies (with officers and cases) of the years to an existing data set',
  )
  .option('--seed <n>', 'random seed (same seed, same data)', intOption, GENERATE_DEFAULTS.seed)
  .option(
    '--today <date>',
    'lay the dates out as of this date (YYYY-MM-DD): nothing actual after it; default today (UTC)',
    dateOption,
  )
  .option(
    '--late-share <fraction>',
    'share of projects deliberately late, raising warnings (the rest raise none)',
    shareOption,
    GENERATE_DEFAULTS.lateShare,
  )
  .action(lazy(database, 'generateCommand'));

program
  .command('verify-history')
  .description(
    'check the hash chain of the change history; exits 1 naming any edited or deleted entry',
  )
  .option(
    '--against <checkpoint...>',
    'also check against checkpoint files (`shanhai history checkpoint`): detects entries up to each deleted, or rewritten with recomputed hashes',
  )
  .action(lazy(historyCommands, 'verifyHistoryCommand'));

program
  .command('backup')
  .description(
    'back the database up to FILE while it is in use (SQLite: online backup; PostgreSQL: pg_dump, custom format)',
  )
  .argument('<file>')
  .action(lazy(backup, 'backupCommand'));

program
  .command('restore')
  .description(
    'restore a backup into the (empty) database of DATABASE_URL, then verify its history',
  )
  .argument('<file>')
  .action(lazy(backup, 'restoreCommand'));

const history = program.command('history').description('the change history');
history
  .command('checkpoint')
  .description(
    'print the head of the history (entry, hash, time; signed with HISTORY_SIGNING_KEY_FILE if set) as JSON, for auditors to keep: `> FILE`',
  )
  .action(lazy(historyCommands, 'checkpointCommand'));
history
  .command('keygen')
  .description('write a new Ed25519 key pair for signing checkpoints')
  .argument('<private-key-file>')
  .argument('<public-key-file>')
  .action(lazy(historyCommands, 'keygenCommand'));

program
  .command('compliance')
  .description('the two 80% rules')
  .command('rebuild')
  .description(
    "recompute every project's stored rule parts (only after writing to the database outside shanhai)",
  )
  .action(async () => (await database()).rebuildCommand(['compliance-parts']));

program
  .command('rebuild')
  .description(
    "recompute projections' stored rows (all, or those named: compliance-parts, project-search, quality-findings); only after writing outside shanhai",
  )
  .argument('[projection...]')
  .action(async (names: string[]) => (await database()).rebuildCommand(names));

program
  .command('verify-projections')
  .description(
    'compare every stored projection with a rebuild from scratch; exit 1 on a difference',
  )
  .argument('[projection...]')
  .action(async (names: string[]) => (await database()).verifyProjectionsCommand(names));

const jobs = program.command('jobs').description('the background job queue');
jobs
  .command('run-due')
  .description("enqueue today's scheduled jobs (once a day) and run every job that is due, once")
  .action(lazy(jobCommands, 'jobsRunDueCommand'));

program
  .command('warnings')
  .description('early warnings')
  .command('compute')
  .description('detect the early warnings now: new ones open, those that no longer hold resolve')
  .option('--today <date>', 'compute as of this date (YYYY-MM-DD); default today (UTC)')
  .action(lazy(jobCommands, 'warningsComputeCommand'));

program
  .command('template')
  .description(
    `write the Excel template of KIND (${KINDS.join(', ')}): drop-down lists, formats, an example row`,
  )
  .argument('<kind>', KINDS.join(', '))
  .option('--lang <lang>', 'zh (default) or en')
  .requiredOption('--out <file>', 'the .xlsx file to write')
  .action(lazy(transfer, 'templateCommand'));

program
  .command('import')
  .description(
    'import a filled template (.xlsx) or CSV (UTF-8 or GB18030) of KIND; exit 0 when nothing is critical, 1 otherwise, 2 for an unreadable file',
  )
  .argument('<kind>', `${KINDS.join(', ')} or iati (an IATI 1.0x/2.0x activity file)`)
  .argument('<file>')
  .option(
    '--programme <code>',
    'the programme of rows that name none; ledger rows must be of it; iati: the programme imported into (required)',
  )
  .option('--donor <org>', 'iati: the donor of activities with no Shanhai funding organisation')
  .option('--type <type>', 'iati: the project type of activities that carry none')
  .option('--area <code>', 'iati: the area of activities with no GB/T 2260 location')
  .option('--dry-run', 'report every problem, change nothing')
  .option('--json', 'print the report as one JSON object')
  .option('--lang <lang>', 'the language of the messages: en (default) or zh')
  .option('--as <username>', "act with this user's grants (default: the operator, unscoped)")
  .action(lazy(transfer, 'importCommand'));

program
  .command('export')
  .description(
    `export KIND (${KINDS.join(', ')}) as .xlsx or .csv, streamed; what the actor may see; iati: the programme's published projects as IATI 2.03 XML; iati-organisations: their donors as IATI 2.03 organisations`,
  )
  .argument('<kind>', `${KINDS.join(', ')}, iati or iati-organisations`)
  .requiredOption('--out <file>', 'FILE.xlsx or FILE.csv; iati, iati-organisations: FILE.xml')
  .option('--programme <code>', 'iati, iati-organisations: the programme exported (required)')
  .option('--lang <lang>', 'zh (default) or en')
  .option('--as <username>', 'export what this user may see (default: everything)')
  .action(lazy(transfer, 'exportCommand'));

program
  .command('report')
  .description(
    'write the annual work report of a donor (organisation code) or an area (GB/T 2260 code) for a year as a PDF (needs a Chinese font: fonts-wqy-microhei or SHANHAI_PDF_FONT; in Uyghur also an Arabic-script font: fonts-noto-core or SHANHAI_PDF_FONT_UG)',
  )
  .argument('<kind>', 'donor or area')
  .argument('<code>', 'the donor organisation or area code')
  .requiredOption('--year <year>', 'the year reported on')
  .requiredOption('--out <file>', 'FILE.pdf (with --json: FILE.json)')
  .option('--lang <lang>', 'zh (default), en or ug (Uyghur, right to left)')
  .option('--json', 'write the report’s figures as JSON instead')
  .option('--as <username>', 'what this user may see (default: everything)')
  .action(lazy(report, 'reportCommand'));

program
  .command('rate')
  .description(
    'set the rate of a currency from a date (yuan per unit), used by the IATI import to convert values to fen',
  )
  .argument('<currency>', 'ISO 4217 code, e.g. USD')
  .argument('<from>', 'valid from this date (YYYY-MM-DD)')
  .argument('<yuan>', 'yuan per unit, e.g. 7.1234')
  .action(lazy(iati, 'rateCommand'));

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof DomainError) {
    const fields = err.errors.map((e) => `\n  ${e.field}: ${e.message}`).join('');
    console.error(`error: ${err.message}${fields}`);
  } else {
    console.error(err instanceof Error ? `error: ${err.message}` : err);
  }
  process.exitCode = 1;
});
