/**
 * The shapes the screens read, named after the routes that answer them (see schema.ts). Nothing
 * here is written by hand: each is the server's own schema, through the generated types.
 */
import type { ApiBody, ApiResponse, ServerProblem } from './schema.js';

/** The signed-in caller and what they may do: `can` answers every policy action. */
export type Session = ApiResponse<'/api/session', 'get'>;
export type SessionUser = Session['user'];
export type Role = SessionUser['roles'][number]['role'];
/** `{ "projects.write": true, … }`: whether the caller may ever perform each action. */
export type Capabilities = Session['can'];
export type Capability = keyof Capabilities;

/**
 * What the web knows of a failed request: the server's problem document, or the few fields made
 * up for a network failure or an answer that is not one.
 */
export type Problem = Partial<ServerProblem>;

export type Pairing = ApiResponse<'/api/pairings', 'get'>['items'][number];
/** A donor as the pairings, plans and compliance name one. */
export type Donor = Pairing['donor'];

export type AreaSummary = ApiResponse<'/api/areas', 'get'>['items'][number];
export type AreaDetail = ApiResponse<'/api/areas/{code}', 'get'>;
export type AreaDonor = AreaDetail['donors'][number];

export type Organisation = ApiResponse<'/api/organisations', 'get'>['items'][number];
export type Programme = ApiResponse<'/api/programmes', 'get'>['items'][number];
export type ProjectType = ApiResponse<'/api/project-types', 'get'>['items'][number];

export type ProjectList = ApiResponse<'/api/projects', 'get'>;
export type ProjectSummary = ProjectList['items'][number];
/** One project, with what the caller may do with it (`can`). */
export type Project = ApiResponse<'/api/projects/{code}', 'get'>;
export type ProjectResult = Project['results'][number];
export type NewProject = ApiBody<'/api/projects', 'post'>;
export type Transition = ApiBody<'/api/projects/{code}/transitions', 'post'>;

export type TransactionList = ApiResponse<'/api/projects/{code}/transactions', 'get'>;
export type Transaction = TransactionList['items'][number];
export type NewTransaction = ApiBody<'/api/projects/{code}/transactions', 'post'>;

export type Reversal = ApiBody<'/api/projects/{code}/transactions/{id}/reversal', 'post'>;

/** A project's own change history (people by name, actions and fields as codes to translate). */
export type ProjectHistory = ApiResponse<'/api/projects/{code}/history', 'get'>;
export type ProjectHistoryEntry = ProjectHistory['items'][number];

export type ComplianceList = ApiResponse<'/api/compliance', 'get'>;
export type DonorCompliance = ComplianceList['items'][number];
export type Culprit = DonorCompliance['culprits']['countyAndBelow'][number];
/** One donor's rules with one page of its projects broken down (the drill-down). */
export type DonorComplianceDetail = ApiResponse<'/api/compliance/{donor}', 'get'>;
export type ComplianceProjectBreakdown = DonorComplianceDetail['projects'][number];
