/** Shapes of the JSON API the web app reads. Kept in step with the server's response schemas. */

export type Role = 'coordinator' | 'donor-editor' | 'recipient-editor' | 'auditor' | 'viewer';

export interface CodeName {
  code: string;
  name: string;
}

export interface SessionUser {
  id: string | number;
  username: string;
  displayName: string;
  roles: { role: Role; org: CodeName | null; area: CodeName | null }[];
}

export interface Session {
  user: SessionUser;
}

/** An RFC 9457 problem document. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: { field: string; message: string }[];
}

export type AreaLevel = 'province' | 'prefecture' | 'county' | 'township';

export interface Donor {
  code: string;
  name: string;
  nameEn: string;
}

export interface PairingRecipient {
  code: string;
  name: string;
  namePinyin: string;
  level: AreaLevel;
  kind: string | null;
  xpccDivision: string | null;
}

export interface Pairing {
  id: string | number;
  programme: string;
  donor: Donor;
  /** the recipient area; null for an organisation-to-organisation pairing (以院包科) */
  recipient: PairingRecipient | null;
  /** the recipient organisation; null for an area pairing */
  recipientOrg?: CodeName | null;
  validFrom: string | null;
  validTo: string | null;
  confidence: string | null;
  note: string | null;
  parentId: string | number | null;
}

export interface ListResponse<T> {
  items: T[];
  total: number;
}

export interface AreaSummary {
  code: string;
  name: string;
  namePinyin: string;
  initials: string;
  level: AreaLevel;
  kind: string | null;
  parentCode: string | null;
  xpccDivision: string | null;
}

export interface AreaRef {
  code: string;
  name: string;
  level: AreaLevel;
}

export interface AreaDonor extends Donor {
  /** the area the pairing is with: this area, or an ancestor it is inherited from */
  via: AreaRef | null;
  pairingId: string | number;
  programme: string;
  /** true for a sub-pairing (a donor's city under the province's pairing) */
  sub?: boolean;
}

export interface AreaDetail {
  code: string;
  name: string;
  namePinyin: string;
  initials: string;
  level: AreaLevel;
  kind: string | null;
  xpccDivision: string | null;
  validFrom: string | null;
  validTo: string | null;
  parent: AreaRef | null;
  ancestors: AreaRef[];
  children: (AreaRef & { kind: string | null })[];
  donors: AreaDonor[];
}

export const ORGANISATION_KINDS = [
  'donor-province',
  'donor-city',
  'frontline-hq',
  'programme-office',
  'recipient-government',
  'hospital',
  'school',
  'company',
  'audit-office',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface Organisation {
  code: string;
  name: string;
  nameEn: string | null;
  kind: OrganisationKind;
  parent: CodeName | null;
  areaCode: string | null;
}

export interface Programme {
  code: string;
  name: string;
  nameEn: string;
  thresholds: { fromYear: number; countyAndBelowBp: number; livelihoodBp: number }[];
}

export const PROGRESS_STAGES = [
  'reserve',
  'approved',
  'tendering',
  'started',
  'completed',
  'accepted',
  'audited',
  'evaluated',
] as const;
export const STAGES = [...PROGRESS_STAGES, 'suspended', 'cancelled'] as const;
export type Stage = (typeof STAGES)[number];
export const REASON_REQUIRED: readonly Stage[] = ['suspended', 'cancelled'];

export interface ProjectName {
  zh: string;
  en: string | null;
  ug: string | null;
}

export interface ProjectSummary {
  code: string;
  name: ProjectName;
  programme: string;
  donor: string;
  donorName: string;
  type: string;
  stage: Stage;
  budgetFen: number;
  year: number;
  published: boolean;
  updatedAt: string;
  version: number;
}

export const RESULT_METRICS = ['jobs', 'trained', 'beneficiaries', 'output-value-fen'] as const;
export type ResultMetric = (typeof RESULT_METRICS)[number];

export interface ProjectResult {
  metric: ResultMetric;
  planned: boolean;
  value: number;
  female: number | null;
  male: number | null;
  ethnicMinority: number | null;
  asOf: string | null;
  note: string | null;
}

export interface Project {
  code: string;
  name: ProjectName;
  programme: string;
  donor: string;
  donors: { org: string; name: string; shareBp: number }[];
  implementingOrg: string | null;
  type: string;
  livelihoodShareBp: number;
  livelihoodReason: string | null;
  fixedAsset: boolean;
  deliveryMode: 'turnkey' | 'cheque' | 'joint' | null;
  continuing: boolean;
  stage: Stage;
  stageBeforeSuspension: Stage | null;
  stageReason: string | null;
  nextStages: Stage[];
  budgetFen: number;
  year: number;
  approvalDate: string | null;
  stageDates: Partial<Record<Stage, { planned: string | null; actual: string | null }>>;
  locations: {
    area: { code: string; name: string; level: string };
    shareBp: number;
    classification: 'in-pair' | 'cross-pair';
    crossPair: boolean;
  }[];
  classifiedOn: string;
  results: ProjectResult[];
  documentCount: number;
  published: boolean;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ProjectType {
  code: string;
  name: string;
  nameEn: string;
  defaultLivelihoodBp: number;
  sort: number;
}

export const TRANSACTION_TYPES = ['commitment', 'arrival', 'disbursement', 'expenditure'] as const;
export type TransactionType = (typeof TRANSACTION_TYPES)[number];

export interface Transaction {
  id: number;
  project: string;
  type: TransactionType;
  planned: boolean;
  valueFen: number;
  date: string;
  year: number;
  provider: string | null;
  receiver: string | null;
  note: string | null;
  createdAt: string;
  createdBy: string;
}

export interface HistoryEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
  hash: string;
}

export type Basis = 'plan' | 'actual';

export interface Culprit {
  projectId: number;
  code: string;
  name: string;
  nameEn: string | null;
  offendingFen: number;
  fixesAlone: boolean;
}

export interface DonorCompliance {
  donor: Donor;
  totalFen: number;
  countyAndBelowFen: number;
  livelihoodFen: number;
  crossPairFen: number;
  countyAndBelowBp: number;
  livelihoodBp: number;
  countyAndBelowOk: boolean | null;
  livelihoodOk: boolean | null;
  marginFen: { countyAndBelow: number | null; livelihood: number | null };
  thresholds: { countyAndBelowBp: number; livelihoodBp: number } | null;
  culprits: { countyAndBelow: Culprit[]; livelihood: Culprit[] };
  /** How many projects pull each failing rule down; `culprits` lists the first 10 in the report. */
  culpritCount: { countyAndBelow: number; livelihood: number };
  plan: { id: number; status: string } | null;
}

export interface ComplianceList {
  items: DonorCompliance[];
  programme: string;
  year: number;
  basis: Basis;
}

export interface ComplianceProjectBreakdown {
  projectId: number;
  code: string;
  name: string;
  nameEn: string | null;
  amountFen: number;
  countyAndBelowFen: number;
  aboveCountyFen: number;
  unlocatedFen: number;
  livelihoodShareBp: number;
  livelihoodFen: number;
  crossPairFen: number;
  classifiedOn: string;
  locations: {
    areaCode: string;
    areaName: string;
    level: string;
    shareBp: number;
    fen: number;
    countyOrBelow: boolean;
    crossPair: boolean;
  }[];
}

export interface DonorComplianceDetail extends DonorCompliance {
  programme: string;
  year: number;
  basis: Basis;
  projects: ComplianceProjectBreakdown[];
}
