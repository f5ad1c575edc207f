/**
 * Importing an IATI activity file (1.0x or 2.0x) into a programme (issue 11 point 6, decision
 * 0052). The file is read streamed (parse.ts): each activity, as soon as it is read, becomes a
 * project through the projects' own use case, and its transactions ledger entries through the
 * ledger's, all inside ONE transaction — a dry run rolls it back, a commit keeps it unless
 * anything critical was found (then nothing is stored). Each activity runs in a savepoint, so an
 * activity a use case refuses leaves nothing behind and becomes an error in the report.
 *
 * Idempotent: the activity's iati-identifier is kept (iati_activities); an activity imported
 * already is skipped with a warning. Every transaction read is kept as written (its code, its
 * currency, value and value date: iati_transactions); those of a ledger type with a positive
 * value convertible to yuan are also entered in the ledger, the others counted as skipped and
 * reported by type — never dropped silently.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { DomainError, ForbiddenError } from '../../../domain/errors.js';
import {
  type ProblemCode,
  type ProblemRef,
  problem,
  renderProblem,
} from '../../../domain/problems.js';
import type { ServiceContext } from '../../core/context.js';
import { createProject } from '../../projects/create.js';
import { loadReference, type Reference } from '../../reference/reference.js';
import { write } from '../../write.js';
import type { Severity } from '../cells.js';
import type { ImportProblem, ImportProgress } from '../import.js';
import type { Lang } from '../template.js';
import { projectOf } from './activity.js';
import { V1_TYPES } from './codes.js';
import { DoctypeRefused, type IatiActivity, IatiReader, XmlUnreadable } from './parse.js';
import { loadRates, type Rate } from './rates.js';
import { type IatiCounts, importTransaction, type Tally } from './transactions.js';

export type { IatiCounts };

export interface IatiImportReport {
  dryRun: boolean;
  kind: 'iati';
  rows: number;
  accepted: number;
  skipped: number;
  problems: ImportProblem[];
  counts: IatiCounts;
  sha256: string;
}

export interface IatiImportOptions {
  dryRun: boolean;
  lang: Lang;
  programme: string;
  /** The donor of activities none of whose funding organisations is a Shanhai organisation. */
  donor?: string | undefined;
  /** The project type of activities that carry no Shanhai type. */
  type?: string | undefined;
  /** The area of activities that carry no GB/T 2260 location. */
  area?: string | undefined;
  filename?: string | undefined;
  /** Told the bytes read of the file's (an import job's progress, decision 0081). */
  progress?: ImportProgress | undefined;
}

/** The result: the report, and whether the file could not be read at all (CLI exit 2). */
export interface IatiImportResult {
  report: IatiImportReport;
  unreadable: boolean;
}

const SHEET = 'iati-activities';
const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, error: 1, warning: 2 };

class Rollback extends Error {}

/**
 * Imports an IATI file (a buffer or a stream of chunks) into `options.programme` as `ctx.actor`.
 * Never throws for the file's content: a file that is not well-formed XML is a critical problem
 * (with `unreadable`), a DOCTYPE a critical problem; a database failure does throw (nothing stored).
 */
export async function runIatiImport(
  ctx: ServiceContext,
  source: Buffer | AsyncIterable<Uint8Array>,
  options: IatiImportOptions,
): Promise<IatiImportResult> {
  const lang = options.lang;
  const hash = createHash('sha256');
  const counts: IatiCounts = {
    activities: 0,
    transactions: 0,
    transactionsSkipped: 0,
    transactionsByType: {},
    existing: 0,
  };
  const report: IatiImportReport = {
    dryRun: options.dryRun,
    kind: 'iati',
    rows: 0,
    accepted: 0,
    skipped: 0,
    problems: [],
    counts,
    sha256: '',
  };
  let unreadable = false;
  const push = (
    severity: Severity,
    ref: ProblemRef,
    row: number | null = null,
    column: string | null = null,
    value: string | null = null,
  ) =>
    report.problems.push({
      severity,
      sheet: SHEET,
      row,
      column,
      value,
      message: renderProblem(ref, lang),
    });

  const note = push;
  const ref = await loadReference(ctx.db);
  if (!ref.programmes.has(options.programme)) {
    push('critical', problem('import.programmeUnknown', { code: options.programme }));
  }
  if (options.donor !== undefined && !ref.orgs.has(options.donor)) {
    push('critical', problem('iati.optionUnknown', { option: '--donor', code: options.donor }));
  }
  if (options.type !== undefined && !ref.projectTypes.has(options.type)) {
    push('critical', problem('iati.optionUnknown', { option: '--type', code: options.type }));
  }
  if (options.area !== undefined && !ref.areas.has(options.area)) {
    push('critical', problem('iati.optionUnknown', { option: '--area', code: options.area }));
  }
  if (report.problems.length > 0) {
    // Still hash the file, so the report names it.
    if (Buffer.isBuffer(source)) hash.update(source);
    else for await (const chunk of source) hash.update(chunk);
    report.sha256 = hash.digest('hex');
    return { report: finish(report), unreadable };
  }

  const unmatched = new Set<string>();
  const keptTypes = new Map<string, number>();
  const noRate = new Map<string, number>();
  const imported: string[] = [];

  try {
    await write(ctx, async (uow) => {
      const inner: ServiceContext = { ...ctx, db: uow.trx };
      const rates = await loadRates(uow.trx);
      const seen = new Set<string>();
      const tally: Tally = { counts, keptTypes, noRate, note };
      const queue: IatiActivity[] = [];
      const reader = new IatiReader((a) => queue.push(a));
      const drain = async () => {
        while (queue.length > 0) {
          const a = queue.shift() as IatiActivity;
          await importActivity(inner, ref, rates, a);
        }
      };

      const importActivity = async (
        c: ServiceContext,
        r: Reference,
        rs: Map<string, Rate[]>,
        a: IatiActivity,
      ) => {
        report.rows++;
        const byType = counts.transactionsByType;
        for (const t of a.transactions) byType[t.type || '?'] = (byType[t.type || '?'] ?? 0) + 1;
        const skipAll = () => {
          counts.transactionsSkipped += a.transactions.length;
        };
        if (!a.identifier) {
          push('error', problem('iati.noIdentifier'), a.line, 'iati-identifier');
          skipAll();
          return;
        }
        if (seen.has(a.identifier)) {
          push(
            'error',
            problem('iati.duplicate', { identifier: a.identifier }),
            a.line,
            'iati-identifier',
            a.identifier,
          );
          skipAll();
          return;
        }
        seen.add(a.identifier);
        const known = await c.db
          .selectFrom('iatiActivities as i')
          .innerJoin('projects as p', 'p.id', 'i.projectId')
          .select(['p.code'])
          .where('i.iatiIdentifier', '=', a.identifier)
          .executeTakeFirst();
        if (known) {
          counts.existing++;
          push(
            'warning',
            problem('iati.exists', { identifier: a.identifier, code: known.code }),
            a.line,
            'iati-identifier',
            a.identifier,
          );
          skipAll();
          return;
        }
        const body = projectOf(a, r, rs, options, unmatched, note, (currency) =>
          noRate.set(currency, (noRate.get(currency) ?? 0) + 1),
        );
        if (!body) {
          skipAll();
          return;
        }
        const code = body.code;
        await sql`savepoint shanhai_iati_activity`.execute(uow.trx);
        try {
          const project = await createProject(c, body);
          const row = await c.db
            .selectFrom('projects')
            .select('id')
            .where('code', '=', project.code)
            .executeTakeFirstOrThrow();
          const projectId = Number(row.id);
          await c.db
            .insertInto('iatiActivities')
            .values({
              iatiIdentifier: a.identifier,
              projectId,
              importedAt: new Date().toISOString(),
            })
            .execute();
          for (const t of a.transactions) {
            await importTransaction(c, uow.trx, rs, ref, a, t, project.code, projectId, tally);
          }
          await sql`release savepoint shanhai_iati_activity`.execute(uow.trx);
          counts.activities++;
          imported.push(a.identifier);
        } catch (err) {
          await sql`rollback to savepoint shanhai_iati_activity`.execute(uow.trx);
          await sql`release savepoint shanhai_iati_activity`.execute(uow.trx);
          if (!(err instanceof DomainError)) throw err;
          skipAll();
          if (err instanceof ForbiddenError) {
            push(
              'error',
              problem('import.outOfScope', { code }),
              a.line,
              'participating-org',
              code,
            );
          } else {
            const e = err.errors[0];
            const why = e ? problem(e.code as ProblemCode, e.params) : err.problem;
            push('error', why, a.line, e?.field ?? 'iati-identifier', code);
          }
        }
      };

      if (Buffer.isBuffer(source)) {
        hash.update(source);
        for (let i = 0; i < source.length; i += 64 * 1024) {
          options.progress?.('reading', i, source.length);
          reader.write(source.subarray(i, i + 64 * 1024));
          await drain();
        }
        options.progress?.('reading', source.length, source.length);
      } else {
        for await (const chunk of source) {
          hash.update(chunk);
          reader.write(chunk);
          await drain();
        }
      }
      reader.end();
      await drain();
      if (!reader.root || (reader.root.name !== 'iati-activities' && reader.activities === 0)) {
        push('critical', problem('iati.notIati', { root: reader.root?.name ?? '' }), 1);
      }
      report.sha256 = hash.digest('hex');
      const critical = report.problems.some((p) => p.severity === 'critical');
      if (options.dryRun || critical) throw new Rollback();
      if (counts.activities === 0) return;
      uow.record({
        action: 'import',
        entityType: 'import',
        entityId: `iati:${report.sha256}`,
        after: {
          kind: 'iati',
          sha256: report.sha256,
          filename: options.filename ?? null,
          programme: options.programme,
          activities: counts.activities,
          transactions: counts.transactions,
          transactionsSkipped: counts.transactionsSkipped,
        },
      });
    });
  } catch (err) {
    if (err instanceof XmlUnreadable) {
      unreadable = true;
      push('critical', problem('iati.malformed', { line: err.line, reason: err.reason }), err.line);
    } else if (err instanceof DoctypeRefused) {
      push('critical', problem('iati.doctype', { line: err.line }), err.line, 'DOCTYPE');
    } else if (!(err instanceof Rollback)) throw err;
  }
  if (!report.sha256) {
    // Stopped before the end: hash what remains so the report still names the file.
    if (!Buffer.isBuffer(source)) {
      try {
        for await (const chunk of source) hash.update(chunk);
      } catch {
        // the stream was closed when the reading stopped: the hash covers what was read
      }
    }
    report.sha256 = hash.digest('hex');
  }
  for (const [type, n] of keptTypes) {
    const v2 = V1_TYPES[type];
    push(
      'warning',
      problem('iati.typeKept', { type: v2 ? `${type} (${v2})` : type, count: n }),
      null,
      'transaction-type',
      type,
    );
  }
  for (const [currency, n] of noRate) {
    push('warning', problem('iati.noRate', { currency, count: n }), null, 'value', currency);
  }
  report.accepted = counts.activities;
  report.skipped = report.rows - report.accepted;
  return { report: finish(report), unreadable };
}

function finish(report: IatiImportReport): IatiImportReport {
  report.problems.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.row ?? 0) - (b.row ?? 0),
  );
  if (report.problems.some((p) => p.severity === 'critical')) {
    report.accepted = 0;
    report.skipped = report.rows;
    report.counts.activities = 0;
    report.counts.transactionsSkipped += report.counts.transactions;
    report.counts.transactions = 0;
  }
  return report;
}
