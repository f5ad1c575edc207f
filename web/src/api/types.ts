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
