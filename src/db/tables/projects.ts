/** Projects and what hangs on them as Kysely types: types, children, documents, ledger, plans, warnings. */
import type { ColumnType, Generated } from 'kysely';
import type { TransactionType } from '../../domain/ledger.js';
import type { Stage } from '../../domain/stages.js';

type Timestamp = string;
type IsoDate = string;
type Id = Generated<number>;

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
  /** The entry this one reverses (a reversal: the opposite amount), or null. */
  reversesId: ColumnType<number | null, number | null | undefined, never>;
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
  /** The project of a project's warning (cascades with it); null for other subjects. */
  projectId: number | null;
  /**
   * What the warning is about (decision 0029): a project, a posting, a company's case, or a
   * reporter's values of an indicator set for a period (`report`, decision 0054, subject id 0).
   */
  subjectKind: 'project' | 'posting' | 'company_case' | 'report';
  subjectId: number;
  /** The subject's donor and area (postings, cases); null for projects (many donors, places). */
  donorCode: string | null;
  areaCode: string | null;
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
