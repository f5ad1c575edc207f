import type { ColumnType, Generated } from 'kysely';

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
}
