import type { ColumnType, Generated } from 'kysely';
import type { TransactionType } from '../domain/ledger.js';
import type { Stage } from '../domain/stages.js';

/**
 * The database as Kysely sees it, in camelCase (the CamelCasePlugin maps to snake_case columns).
 * Dates are ISO `YYYY-MM-DD` strings, times ISO-8601 UTC strings, money integer fen.
 */

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

export interface ProjectTypesTable {
  code: string;
  name: string;
  nameEn: string;
  defaultLivelihoodBp: number;
  sort: ColumnType<number, number | undefined, number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface ProjectsTable {
  id: Id;
  code: string;
  programmeCode: string;
  nameZh: string;
  nameEn: string | null;
  nameUg: string | null;
  typeCode: string;
  livelihoodShareBp: number;
  /** Why the livelihood share differs from the type's default (required then). */
  livelihoodReason: string | null;
  /** 1 for a fixed-asset project, 0 otherwise. */
  fixedAsset: number;
  deliveryMode: 'turnkey' | 'cheque' | 'joint' | null;
  /** 1 for a project continued from an earlier year, 0 for a new one. */
  continuing: number;
  stage: Stage;
  stageBeforeSuspension: Stage | null;
  stageReason: string | null;
  budgetFen: number;
  implementingOrgCode: string | null;
  leadDonorCode: string;
  year: number;
  approvalDate: IsoDate | null;
  publishedAt: Timestamp | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  version: ColumnType<number, number | undefined, number>;
}

export interface ProjectDonorsTable {
  projectId: number;
  orgCode: string;
  shareBp: number;
}

export interface ProjectLocationsTable {
  projectId: number;
  areaCode: string;
  shareBp: number;
}

export interface ProjectStageDatesTable {
  projectId: number;
  stage: Stage;
  plannedDate: IsoDate | null;
  actualDate: IsoDate | null;
}

export interface ProjectResultsTable {
  id: Id;
  projectId: number;
  metric: 'jobs' | 'trained' | 'beneficiaries' | 'output-value-fen';
  /** 1 for a target, 0 for an achieved figure. */
  planned: number;
  value: number;
  female: number | null;
  male: number | null;
  ethnicMinority: number | null;
  asOf: IsoDate | null;
  note: string | null;
}

export interface FileBlobsTable {
  sha256: string;
  size: number;
  content: Uint8Array;
}

export interface ProjectDocumentsTable {
  id: Id;
  projectId: number;
  filename: string;
  mediaType: string;
  sha256: string;
  size: number;
  uploadedBy: string;
  uploadedAt: Timestamp;
}

export interface FundTransactionsTable {
  id: Id;
  projectId: number;
  type: TransactionType;
  /** 1 for a planned (forecast) transaction, 0 for an actual one. */
  planned: number;
  valueFen: number;
  date: IsoDate;
  year: number;
  providerOrgCode: string | null;
  receiverOrgCode: string | null;
  note: string | null;
  createdAt: Timestamp;
  createdBy: string;
}

export interface PlansTable {
  id: Id;
  programmeCode: string;
  donorCode: string;
  year: number;
  status: 'draft' | 'submitted' | 'approved' | 'returned';
  totalFen: number;
  submittedAt: Timestamp | null;
  decidedAt: Timestamp | null;
  decidedBy: string | null;
  returnReason: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  version: ColumnType<number, number | undefined, number>;
}

export interface PlanItemsTable {
  planId: number;
  projectId: number;
  plannedFen: number;
}

export interface WarningsTable {
  id: Id;
  projectId: number;
  kind: string;
  dedupeKey: string;
  detail: string;
  detectedAt: Timestamp;
  status: 'open' | 'acknowledged' | 'resolved' | 'dismissed';
  ownerUserId: number | null;
  resolutionNote: string | null;
  resolvedAt: Timestamp | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  version: ColumnType<number, number | undefined, number>;
}

export interface DB {
  areas: AreasTable;
  organisations: OrganisationsTable;
  programmes: ProgrammesTable;
  programmeThresholds: ProgrammeThresholdsTable;
  pairings: PairingsTable;
  users: UsersTable;
  userRoles: UserRolesTable;
  sessions: SessionsTable;
  apiTokens: ApiTokensTable;
  loginAttempts: LoginAttemptsTable;
  history: HistoryTable;
  historyHead: HistoryHeadTable;
  meta: MetaTable;
  projectTypes: ProjectTypesTable;
  projects: ProjectsTable;
  projectDonors: ProjectDonorsTable;
  projectLocations: ProjectLocationsTable;
  projectStageDates: ProjectStageDatesTable;
  projectResults: ProjectResultsTable;
  fileBlobs: FileBlobsTable;
  projectDocuments: ProjectDocumentsTable;
  fundTransactions: FundTransactionsTable;
  plans: PlansTable;
  planItems: PlanItemsTable;
  warnings: WarningsTable;
  jobs: JobsTable;
  complianceParts: CompliancePartsTable;
  projectSearch: ProjectSearchTable;
  qualityFindings: QualityFindingsTable;
  projectionState: ProjectionStateTable;
  projectFigures: ProjectFiguresTable;
  referenceVersion: ReferenceVersionTable;
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

/**
 * One project's part of a donor's money for a programme, year and basis (migration 0004), split
 * as the two 80% rules split it; maintained by src/modules/compliance/parts.ts.
 */
export interface CompliancePartsTable {
  programmeCode: string;
  year: number;
  basis: 'plan' | 'actual';
  donorCode: string;
  projectId: number;
  amountFen: number;
  countyFen: number;
  livelihoodFen: number;
  crossPairFen: number;
}

/** A project's code and names, lower-cased, for free-text search (migration 0006). */
export interface ProjectSearchTable {
  projectId: number;
  text: string;
}

/** One data-quality finding of a project (migration 0007), kept by src/modules/quality. */
export interface QualityFindingsTable {
  projectId: number;
  rule: string;
  field: string;
  severity: 'critical' | 'error' | 'warning';
  /** 0 critical, 1 error, 2 warning: the list's order. */
  severityRank: number;
  /** Its place among the project's findings: most severe first, then in rule order. */
  ordinal: number;
  messageZh: string;
  messageEn: string;
  projectCode: string;
  programmeCode: string;
  year: number;
  /** 1 when the project is published. */
  published: number;
}

/** What each projection's stored rows were built by, and whether a rebuild is owed (0007). */
export interface ProjectionStateTable {
  name: string;
  version: number;
  needsRebuild: number;
}

/** One row: a token that changes with every write to a reference table (0007, by trigger). */
export interface ReferenceVersionTable {
  id: number;
  token: string;
}

/** What the rates read of a project, its actual ledger summed by type (migration 0008). */
export interface ProjectFiguresTable {
  projectId: number;
  projectCode: string;
  programmeCode: string;
  year: number;
  stage: Stage;
  stageBeforeSuspension: Stage | null;
  budgetFen: number;
  committedFen: number;
  arrivedFen: number;
  disbursedFen: number;
  expendedFen: number;
}
