/** The spine as Kysely types: areas, organisations, programmes, pairings, accounts, history, jobs. */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = string;
type IsoDate = string;
type Id = Generated<number>;

export interface AreasTable {
  code: string;
  parentCode: string | null;
  level: 'province' | 'prefecture' | 'county' | 'township' | 'village';
  kind: string | null;
  name: string;
  pinyin: string;
  initials: string;
  xpccDivision: string | null;
  /** The English name (decision 0034); '' if none was given (then the pinyin stands in). */
  nameEn: ColumnType<string, string | undefined, string>;
  edition: string | null;
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  version: ColumnType<number, number | undefined, number>;
}

export interface OrganisationsTable {
  code: string;
  name: string;
  nameEn: string;
  kind: string;
  parentCode: string | null;
  areaCode: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  version: ColumnType<number, number | undefined, number>;
}

export interface ProgrammesTable {
  code: string;
  name: string;
  nameEn: string;
  startYear: number | null;
  endYear: number | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface ProgrammeThresholdsTable {
  programmeCode: string;
  fromYear: number;
  countyAndBelowBp: number;
  livelihoodBp: number;
  note: string | null;
}

export interface PairingsTable {
  id: Id;
  programmeCode: string;
  donorCode: string;
  recipientAreaCode: string | null;
  recipientOrgCode: string | null;
  parentId: number | null;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  confidence: string | null;
  note: string | null;
  /** The note in English (migration 0028); null where there is none. */
  noteEn: ColumnType<string | null, string | null | undefined, string | null>;
  /** An institution pairing's kind (decision 0026); null for an area pairing. */
  kind: 'hospital-department' | 'school-school' | 'township' | 'other' | null;
  /** The recipient organisation's department (以院包科). */
  recipientDepartment: string | null;
  /** An institution pairing's publication (null: unpublished); area pairings are public. */
  publishedAt: Timestamp | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  version: ColumnType<number, number | undefined, number>;
}

export interface UsersTable {
  id: Id;
  username: string;
  displayName: string;
  passwordHash: string;
  origin: 'cli' | 'api' | 'demo';
  disabledAt: Timestamp | null;
  passwordChangedAt: Timestamp;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  version: ColumnType<number, number | undefined, number>;
}

export interface UserRolesTable {
  id: Id;
  userId: number;
  role: 'coordinator' | 'donor-editor' | 'recipient-editor' | 'auditor' | 'viewer';
  orgCode: string | null;
  areaCode: string | null;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token: a leaked table does not leak sessions. */
  id: string;
  userId: number;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  lastSeenAt: Timestamp;
  ip: string | null;
  userAgent: string | null;
}

export interface ApiTokensTable {
  id: Id;
  userId: number;
  name: string;
  tokenHash: string;
  prefix: string;
  createdAt: Timestamp;
  expiresAt: Timestamp | null;
  lastUsedAt: Timestamp | null;
  revokedAt: Timestamp | null;
}

export interface LoginAttemptsTable {
  id: Id;
  username: string;
  ip: string;
  at: Timestamp;
  succeeded: number;
}

/** What an address spent on public routes in one minute (migration 0021, src/http/rate-limit.ts). */
export interface RequestCountsTable {
  address: string;
  /** Minutes since the epoch. */
  minute: number;
  spent: number;
}

export interface HistoryTable {
  id: number;
  at: Timestamp;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
  requestId: string | null;
  prevHash: string;
  hash: string;
}

export interface HistoryHeadTable {
  id: number;
  lastId: number;
  lastHash: string;
}

export interface MetaTable {
  key: string;
  value: string;
  updatedAt: Timestamp;
}

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

/** A queued unit of background work (migration 0003); `payload` is JSON checked by the job's schema. */
export interface JobsTable {
  id: Id;
  name: string;
  version: number;
  payload: string;
  status: JobStatus;
  runAt: Timestamp;
  attempts: ColumnType<number, number | undefined, number>;
  maxAttempts: number;
  lastError: string | null;
  lockedBy: string | null;
  lockedUntil: Timestamp | null;
  /** Makes a scheduled run happen once, e.g. `warnings.compute:2026-11-28`. */
  uniqueKey: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** An import run in the background (migration 0042, decision 0081). */
export interface ImportJobsTable {
  id: Id;
  ownerId: number;
  /** A template kind, or `iati`. */
  kind: string;
  /** 1: a dry run; 0: a commit. */
  dryRun: number;
  filename: string | null;
  /** The file's size in bytes. */
  size: number;
  /** The import's options as JSON (programme, lang; IATI: donor, type, area). */
  options: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  /** What a running job is doing: `reading`, `checking`, `applying`. */
  phase: string | null;
  /** What `done` and `total` count: rows, or bytes of the file (IATI). */
  unit: 'rows' | 'bytes';
  done: ColumnType<number, number | undefined, number>;
  total: number | null;
  /** The report (as the synchronous route answers it), as JSON, once done. */
  report: string | null;
  /** Why a failed job failed, as JSON: a problem `{code, params}` (`importJob.interrupted` …). */
  error: string | null;
  /** The process running it (`host:pid`). */
  worker: string | null;
  startedAt: Timestamp | null;
  finishedAt: Timestamp | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}
