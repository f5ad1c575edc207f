/**
 * The fixed lists the screens need at run time (stage buttons, filters, tags, legends), in the
 * server's order. Each is typed by the generated union it lists: a member the server does not know
 * fails `satisfies`, and `ListsAll` fails the type check when the server has a member the list
 * lacks. test/unit/web-vocabulary.test.ts compares them with the server's own lists, order too.
 */
import type { ApiQuery, ApiResponse } from './schema.js';

type ProjectView = ApiResponse<'/api/projects/{code}', 'get'>;

export type Stage = ProjectView['stage'];
export type ProgressStage = NonNullable<ProjectView['stageBeforeSuspension']>;
export type ResultMetric = ProjectView['results'][number]['metric'];
export type DeliveryMode = NonNullable<ProjectView['deliveryMode']>;
export type TransactionType = ApiResponse<
  '/api/projects/{code}/transactions',
  'get'
>['items'][number]['type'];
export type PlanStatus = ApiResponse<'/api/plans/{id}', 'get'>['status'];
export type WarningKind = ApiResponse<'/api/warnings', 'get'>['items'][number]['kind'];
export type WarningStatus = ApiResponse<'/api/warnings', 'get'>['items'][number]['status'];
export type Severity = ApiResponse<'/api/quality/rules', 'get'>['items'][number]['severity'];
/** The kinds an organisation is created with and listed by (its view answers a plain string). */
export type OrganisationKind = NonNullable<ApiQuery<'/api/organisations', 'get'>['kind']>;
export type AreaLevel = ApiResponse<'/api/areas', 'get'>['items'][number]['level'];
export type Basis = ApiQuery<'/api/compliance/{donor}', 'get'>['basis'];
export type ComplianceSort = NonNullable<ApiQuery<'/api/compliance/{donor}', 'get'>['sort']>;

/**
 * `true` when `List` names every member of the union `U`; otherwise an object naming the missing
 * members, so that `true` cannot be assigned to it and the type check says what is missing.
 */
type ListsAll<U, List extends readonly U[]> = [Exclude<U, List[number]>] extends [never]
  ? true
  : { missing: Exclude<U, List[number]> };

/** The progress stages, in order: 储备 → … → 绩效评价. */
export const PROGRESS_STAGES = [
  'reserve',
  'approved',
  'tendering',
  'started',
  'completed',
  'accepted',
  'audited',
  'evaluated',
] as const satisfies readonly ProgressStage[];

/** Every stage: the progress stages, then suspended and cancelled. */
export const STAGES = [
  ...PROGRESS_STAGES,
  'suspended',
  'cancelled',
] as const satisfies readonly Stage[];

/** Moving to these stages needs a reason. */
export const REASON_REQUIRED: readonly Stage[] = ['suspended', 'cancelled'];

export const TRANSACTION_TYPES = [
  'commitment',
  'arrival',
  'disbursement',
  'expenditure',
] as const satisfies readonly TransactionType[];

export const RESULT_METRICS = [
  'jobs',
  'trained',
  'beneficiaries',
  'output-value-fen',
] as const satisfies readonly ResultMetric[];

export const DELIVERY_MODES = [
  'turnkey',
  'cheque',
  'joint',
] as const satisfies readonly DeliveryMode[];

export const PLAN_STATUSES = [
  'draft',
  'submitted',
  'approved',
  'returned',
] as const satisfies readonly PlanStatus[];

export const WARNING_KINDS = [
  'not-started',
  'no-disbursement',
  'stage-overdue',
  'acceptance-pending',
  'term-ending',
  'case-late',
  'report-late',
] as const satisfies readonly WarningKind[];

export const WARNING_STATUSES = [
  'open',
  'acknowledged',
  'resolved',
  'dismissed',
] as const satisfies readonly WarningStatus[];

/** Most severe first. */
export const SEVERITIES = ['critical', 'error', 'warning'] as const satisfies readonly Severity[];

export const ORGANISATION_KINDS = [
  'donor-province',
  'donor-city',
  'donor-district',
  'frontline-hq',
  'programme-office',
  'recipient-government',
  'hospital',
  'school',
  'company',
  'audit-office',
  'other',
] as const satisfies readonly OrganisationKind[];

/** From the top of the tree down. */
export const AREA_LEVELS = [
  'province',
  'prefecture',
  'county',
  'township',
  'village',
] as const satisfies readonly AreaLevel[];

export const BASES = ['plan', 'actual'] as const satisfies readonly Basis[];

/** How the compliance drill-down orders its projects: by code, or by each rule's shortfall. */
export const COMPLIANCE_SORTS = [
  'code',
  'county',
  'livelihood',
] as const satisfies readonly ComplianceSort[];

/** Fails the type check when the server has a member one of the lists lacks. */
const complete: [
  ListsAll<ProgressStage, typeof PROGRESS_STAGES>,
  ListsAll<Stage, typeof STAGES>,
  ListsAll<TransactionType, typeof TRANSACTION_TYPES>,
  ListsAll<ResultMetric, typeof RESULT_METRICS>,
  ListsAll<DeliveryMode, typeof DELIVERY_MODES>,
  ListsAll<PlanStatus, typeof PLAN_STATUSES>,
  ListsAll<WarningKind, typeof WARNING_KINDS>,
  ListsAll<WarningStatus, typeof WARNING_STATUSES>,
  ListsAll<Severity, typeof SEVERITIES>,
  ListsAll<OrganisationKind, typeof ORGANISATION_KINDS>,
  ListsAll<AreaLevel, typeof AREA_LEVELS>,
  ListsAll<Basis, typeof BASES>,
  ListsAll<ComplianceSort, typeof COMPLIANCE_SORTS>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true];
void complete;
