/**
 * The database as Kysely sees it, in camelCase (the CamelCasePlugin maps to snake_case columns).
 * Dates are ISO `YYYY-MM-DD` strings, times ISO-8601 UTC strings, money integer fen. The tables'
 * types live in tables/, by part of the system.
 */

import type {
  CompaniesTable,
  CompanyCaseResponsesTable,
  CompanyCasesTable,
  CompanyCaseTimesTable,
  CompanyOfficersTable,
  ConsumptionSalesCategoriesTable,
  ConsumptionSalesChannelsTable,
  ConsumptionSalesTable,
  ConsumptionSalesTotalsTable,
} from './tables/companies.js';
import type {
  AnalyticsFactsTable,
  AnalyticsTotalsTable,
  AreaFundTotalsTable,
  AreaMoneyTable,
  AreaPartsTable,
  AreaProjectTotalsTable,
  CompliancePartsTable,
  ProjectFiguresTable,
  ProjectionStateTable,
  ProjectPlacesTable,
  ProjectSearchTable,
  QualityFindingsTable,
  ReferenceVersionTable,
} from './tables/derived.js';
import type {
  CurrencyRatesTable,
  IatiActivitiesTable,
  IatiTransactionsTable,
} from './tables/iati.js';
import type {
  IndicatorElementsTable,
  IndicatorFormulasTable,
  IndicatorSetItemsTable,
  IndicatorSetReportersTable,
  IndicatorSetsTable,
  IndicatorTargetsTable,
  IndicatorValuesTable,
} from './tables/indicators.js';
import type {
  PersonAccessLogTable,
  PersonnelBatchesTable,
  PersonnelKindsTable,
  PersonnelKindTermsTable,
  PersonsTable,
  PostingsTable,
} from './tables/people.js';
import type {
  FileBlobsTable,
  FundTransactionsTable,
  PlanItemsTable,
  PlansTable,
  ProjectDocumentsTable,
  ProjectDonorsTable,
  ProjectLocationsTable,
  ProjectResultsTable,
  ProjectStageDatesTable,
  ProjectsTable,
  ProjectTypesTable,
  WarningsTable,
} from './tables/projects.js';
import type {
  ApiTokensTable,
  AreasTable,
  HistoryHeadTable,
  HistoryTable,
  ImportJobsTable,
  JobsTable,
  LoginAttemptsTable,
  MetaTable,
  OrganisationsTable,
  PairingsTable,
  ProgrammesTable,
  ProgrammeThresholdsTable,
  RequestCountsTable,
  SessionsTable,
  UserRolesTable,
  UsersTable,
} from './tables/spine.js';
import type {
  MentoringAssessmentsTable,
  MentoringsTable,
  TeamMembersTable,
  TeamsTable,
} from './tables/teams.js';
import type {
  ExchangeActivitiesTable,
  ExchangeAreasTable,
  ExchangeOrganisersTable,
  TrainingParticipantsTable,
  TrainingProgrammesTable,
  TrainingSessionsTable,
  TrainingSessionTotalsTable,
} from './tables/training.js';

export type * from './tables/companies.js';
export type * from './tables/derived.js';
export type * from './tables/iati.js';
export type * from './tables/people.js';
export type * from './tables/projects.js';
export type * from './tables/spine.js';
export type * from './tables/teams.js';
export type * from './tables/training.js';

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
  requestCounts: RequestCountsTable;
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
  importJobs: ImportJobsTable;
  complianceParts: CompliancePartsTable;
  projectSearch: ProjectSearchTable;
  qualityFindings: QualityFindingsTable;
  projectionState: ProjectionStateTable;
  projectFigures: ProjectFiguresTable;
  projectPlaces: ProjectPlacesTable;
  areaParts: AreaPartsTable;
  areaMoney: AreaMoneyTable;
  areaFundTotals: AreaFundTotalsTable;
  areaProjectTotals: AreaProjectTotalsTable;
  analyticsFacts: AnalyticsFactsTable;
  analyticsTotals: AnalyticsTotalsTable;
  referenceVersion: ReferenceVersionTable;
  personnelKinds: PersonnelKindsTable;
  personnelKindTerms: PersonnelKindTermsTable;
  persons: PersonsTable;
  personnelBatches: PersonnelBatchesTable;
  postings: PostingsTable;
  teams: TeamsTable;
  teamMembers: TeamMembersTable;
  mentorings: MentoringsTable;
  mentoringAssessments: MentoringAssessmentsTable;
  personAccessLog: PersonAccessLogTable;
  companies: CompaniesTable;
  companyOfficers: CompanyOfficersTable;
  companyCases: CompanyCasesTable;
  companyCaseResponses: CompanyCaseResponsesTable;
  companyCaseTimes: CompanyCaseTimesTable;
  consumptionSales: ConsumptionSalesTable;
  consumptionSalesTotals: ConsumptionSalesTotalsTable;
  consumptionSalesChannels: ConsumptionSalesChannelsTable;
  consumptionSalesCategories: ConsumptionSalesCategoriesTable;
  trainingProgrammes: TrainingProgrammesTable;
  trainingSessions: TrainingSessionsTable;
  trainingSessionTotals: TrainingSessionTotalsTable;
  trainingParticipants: TrainingParticipantsTable;
  exchangeActivities: ExchangeActivitiesTable;
  exchangeOrganisers: ExchangeOrganisersTable;
  exchangeAreas: ExchangeAreasTable;
  indicatorElements: IndicatorElementsTable;
  indicatorFormulas: IndicatorFormulasTable;
  indicatorSets: IndicatorSetsTable;
  indicatorSetItems: IndicatorSetItemsTable;
  indicatorSetReporters: IndicatorSetReportersTable;
  indicatorValues: IndicatorValuesTable;
  indicatorTargets: IndicatorTargetsTable;
  iatiActivities: IatiActivitiesTable;
  iatiTransactions: IatiTransactionsTable;
  currencyRates: CurrencyRatesTable;
}
