/**
 * Import jobs (issue 11 point 2, decision 0081): a dry run or a commit of an uploaded file run
 * in the background of the process that took it. `POST …/jobs` answers 202 with the job; its
 * owner (and the programme office) reads its state, phase and progress with
 * `GET /api/imports/jobs/{id}` and, once done, the same report the synchronous route answers.
 *
 * The file is held in this process's memory only (never stored), and the jobs of a process run
 * one after another (at most MAX_WAITING waiting: a file each in memory). The import itself is
 * the synchronous route's, unchanged: a commit is still ONE transaction, so a job the process
 * does not finish (a restart, a crash) has stored nothing, and is marked failed
 * (`importJob.interrupted`) — at start-up on SQLite (one process owns the file), and on either
 * engine when it is read after its process stopped telling the database it is alive
 * (STALE_MS). It is never resumed: the file is gone with the process.
 *
 * Progress is kept in memory and written to the database at most once a second (and at each
 * phase) without the import waiting for the write. On SQLite (one connection) a write — and any
 * other request — waits while the import's transaction is open: progress is seen moving while a
 * workbook is read and checked, and jumps to the end after its rows are applied; on PostgreSQL
 * it moves throughout.
 */
import { hostname } from 'node:os';
import { type Executor, engineOf } from '../../db/database.js';
import { DomainError, NotFoundError, TooManyRequestsError } from '../../domain/errors.js';
import {
  type ProblemCode,
  type ProblemParams,
  problem,
  renderProblem,
} from '../../domain/problems.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../core/context.js';
import { type IatiImportOptions, type IatiImportReport, runIatiImport } from './iati/import.js';
import { type ImportOptions, type ImportPhase, type ImportReport, runImport } from './import.js';
import type { Kind } from './kinds.js';
import type { Lang } from './template.js';

/** The process running jobs, as recorded on them. */
export const WORKER = `${hostname()}:${process.pid}`;
/** A running job whose process has not written for this long is taken as interrupted. */
export const STALE_MS = 2 * 60_000;
/** How often a running job tells the database it is alive (and how far it is), at most. */
export const PERSIST_MS = 1_000;
export const HEARTBEAT_MS = 20_000;
/** Jobs waiting in a process beyond the one running: each holds its file in memory. */
export const MAX_WAITING = 8;

export type ImportJobState = 'queued' | 'running' | 'done' | 'failed';

export interface ImportJobView {
  id: number;
  kind: string;
  dryRun: boolean;
  filename: string | null;
  size: number;
  state: ImportJobState;
  phase: ImportPhase | null;
  progress: { unit: 'rows' | 'bytes'; done: number; total: number | null };
  report: ImportReport | IatiImportReport | null;
  error: { code: string; message: string } | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** What to import: a template kind with its options, or an IATI file with its. */
export type ImportJobInput =
  | { kind: Kind; options: Omit<ImportOptions, 'progress'> }
  | { kind: 'iati'; options: Omit<IatiImportOptions, 'progress'> };

interface Live {
  phase: ImportPhase | null;
  done: number;
  total: number | null;
}

/** The jobs this process runs or has waiting, by id: their progress as it moves. */
const LIVE = new Map<number, Live>();
let chain: Promise<void> = Promise.resolve();
let waiting = 0;

/** Test hook: told each progress step of a job (after it is recorded in memory). */
export const importJobWatchers = new Set<(id: number, live: Live) => void>();

const iso = (v: string | Date | null): string | null =>
  v === null ? null : v instanceof Date ? v.toISOString() : v;

/**
 * Creates the job for `file` as `ctx.actor` (a signed-in user: its owner) and starts it in this
 * process after the ones before it. 429 (`importJob.busy`) when MAX_WAITING jobs wait already.
 */
export async function startImportJob(
  ctx: ServiceContext,
  input: ImportJobInput,
  file: Buffer,
): Promise<ImportJobView> {
  if (ctx.actor.kind !== 'user') throw new Error('an import job is a signed-in user’s');
  if (waiting >= MAX_WAITING) {
    throw new TooManyRequestsError(problem('importJob.busy', { max: MAX_WAITING }), 30);
  }
  const now = new Date().toISOString();
  const row = await ctx.db
    .insertInto('importJobs')
    .values({
      ownerId: ctx.actor.userId,
      kind: input.kind,
      dryRun: input.options.dryRun ? 1 : 0,
      filename: input.options.filename ?? null,
      size: file.length,
      options: JSON.stringify(input.options),
      state: 'queued',
      phase: null,
      unit: input.kind === 'iati' ? 'bytes' : 'rows',
      done: 0,
      total: input.kind === 'iati' ? file.length : null,
      report: null,
      error: null,
      worker: WORKER,
      startedAt: null,
      finishedAt: null,
      createdAt: now,
      updatedAt: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const id = Number(row.id);
  LIVE.set(id, { phase: null, done: 0, total: row.total });
  waiting++;
  chain = chain.then(async () => {
    waiting--;
    await runJob(ctx, id, input, file).catch(() => {
      // runJob records its own failure; a failure to record it leaves the job to go stale
    });
  });
  return present(row, null);
}

/** Runs a job: marks it running, imports with progress, records the report or the failure. */
async function runJob(
  ctx: ServiceContext,
  id: number,
  input: ImportJobInput,
  file: Buffer,
): Promise<void> {
  const db = ctx.db;
  const live = LIVE.get(id) ?? { phase: null, done: 0, total: null };
  LIVE.set(id, live);
  let pending = false;
  let writes: Promise<void> = Promise.resolve();
  let lastWrite = 0;
  // One write at a time, never awaited by the import; it writes the progress as it is then.
  const persist = () => {
    lastWrite = Date.now();
    if (pending) return;
    pending = true;
    writes = writes
      .then(async () => {
        pending = false;
        await db
          .updateTable('importJobs')
          .set({
            phase: live.phase,
            done: live.done,
            total: live.total,
            updatedAt: new Date().toISOString(),
          })
          .where('id', '=', id)
          .where('state', '=', 'running')
          .execute();
      })
      .catch(() => {
        // the next write (or the outcome) tells the database
      });
  };
  const heartbeat = setInterval(persist, HEARTBEAT_MS);
  heartbeat.unref();
  try {
    const started = new Date().toISOString();
    await db
      .updateTable('importJobs')
      .set({ state: 'running', startedAt: started, updatedAt: started, worker: WORKER })
      .where('id', '=', id)
      .execute();
    const progress = (phase: ImportPhase, done: number, total: number | null) => {
      const moved = phase !== live.phase;
      live.phase = phase;
      live.done = done;
      live.total = total;
      for (const watch of importJobWatchers) watch(id, live);
      if (moved || Date.now() - lastWrite >= PERSIST_MS) persist();
    };
    let report: ImportReport | IatiImportReport;
    if (input.kind === 'iati') {
      report = (await runIatiImport(ctx, file, { ...input.options, progress })).report;
    } else {
      report = await runImport(ctx, input.kind, file, { ...input.options, progress });
    }
    clearInterval(heartbeat);
    await writes;
    const done = input.kind === 'iati' ? file.length : report.rows;
    const at = new Date().toISOString();
    await db
      .updateTable('importJobs')
      .set({
        state: 'done',
        phase: null,
        done,
        total: done,
        report: JSON.stringify(report),
        finishedAt: at,
        updatedAt: at,
      })
      .where('id', '=', id)
      .execute();
  } catch (err) {
    clearInterval(heartbeat);
    await writes;
    const ref =
      err instanceof DomainError
        ? { code: err.code, params: err.params }
        : { code: 'importJob.failed' as ProblemCode, params: {} };
    const at = new Date().toISOString();
    await db
      .updateTable('importJobs')
      .set({
        state: 'failed',
        phase: null,
        error: JSON.stringify(ref),
        finishedAt: at,
        updatedAt: at,
      })
      .where('id', '=', id)
      .execute();
  } finally {
    clearInterval(heartbeat);
    LIVE.delete(id);
  }
}

type Row = Awaited<ReturnType<typeof readRow>>;

const readRow = (db: Executor, id: number) =>
  db.selectFrom('importJobs').selectAll().where('id', '=', id).executeTakeFirst();

function present(row: NonNullable<Row>, lang: Lang | null): ImportJobView {
  const live = LIVE.get(Number(row.id));
  const running = row.state === 'queued' || row.state === 'running';
  let error: ImportJobView['error'] = null;
  if (row.error) {
    const ref = JSON.parse(row.error) as { code: ProblemCode; params: ProblemParams };
    error = { code: ref.code, message: renderProblem(ref, lang ?? 'zh') };
  }
  return {
    id: Number(row.id),
    kind: row.kind,
    dryRun: row.dryRun === 1,
    filename: row.filename,
    size: row.size,
    state: row.state,
    phase: ((running && live ? live.phase : row.phase) ?? null) as ImportPhase | null,
    progress: {
      unit: row.unit,
      done: running && live ? live.done : row.done,
      total: running && live ? live.total : row.total,
    },
    report: row.report ? (JSON.parse(row.report) as ImportReport | IatiImportReport) : null,
    error,
    createdAt: iso(row.createdAt) ?? '',
    startedAt: iso(row.startedAt),
    finishedAt: iso(row.finishedAt),
  };
}

/**
 * A job as its owner or the programme office sees it (403 for anyone else, 404 for no such
 * job). A job waiting or running that no live process keeps (its process stopped: nothing of it
 * was stored) is marked failed here, `importJob.interrupted`. Messages in `lang`.
 */
export async function readImportJob(
  ctx: ServiceContext,
  id: number,
  lang: Lang,
): Promise<ImportJobView> {
  let row = await readRow(ctx.db, id);
  if (!row) throw new NotFoundError(problem('importJob.notFound', { id }));
  authorize(ctx.actor, 'imports.job.read', { ownerId: row.ownerId });
  if ((row.state === 'queued' || row.state === 'running') && !LIVE.has(id)) {
    const age = Date.now() - Date.parse(iso(row.updatedAt) ?? '');
    if (row.worker === WORKER || !(age < STALE_MS)) {
      await markInterrupted(ctx.db, [id]);
      row = (await readRow(ctx.db, id)) ?? row;
    }
  }
  return present(row, lang);
}

async function markInterrupted(db: Executor, ids: number[] | 'all-unfinished', before?: string) {
  const at = new Date().toISOString();
  let q = db
    .updateTable('importJobs')
    .set({
      state: 'failed',
      phase: null,
      error: JSON.stringify({ code: 'importJob.interrupted', params: {} }),
      finishedAt: at,
      updatedAt: at,
    })
    .where('state', 'in', ['queued', 'running']);
  if (ids !== 'all-unfinished') q = q.where('id', 'in', ids);
  if (before !== undefined) q = q.where('updatedAt', '<', before);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/**
 * At start-up: the jobs a stopped process left waiting or running are marked failed
 * (`importJob.interrupted`; their commit, one transaction, stored nothing). On SQLite every one
 * (one process serves a database file); on PostgreSQL, where several processes may share the
 * database, those not written for STALE_MS. Returns how many.
 */
export async function failInterruptedImportJobs(db: Executor, now = new Date()): Promise<number> {
  if (engineOf(db) === 'sqlite') {
    const mine = [...LIVE.keys()];
    const all = await db
      .selectFrom('importJobs')
      .select('id')
      .where('state', 'in', ['queued', 'running'])
      .execute();
    const ids = all.map((r) => Number(r.id)).filter((id) => !mine.includes(id));
    return ids.length > 0 ? markInterrupted(db, ids) : 0;
  }
  return markInterrupted(db, 'all-unfinished', new Date(now.getTime() - STALE_MS).toISOString());
}

/** Whether this process is running or keeping `id` waiting (tests). */
export const isLive = (id: number) => LIVE.has(id);

/** Waits until the jobs started so far have ended (tests, shutdown). */
export const importJobsSettled = () => chain;
