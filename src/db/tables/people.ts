/** Aid personnel (干部人才) as Kysely types: kinds, persons, batches, postings, the access log. */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = string;
type IsoDate = string;
type Id = Generated<number>;

export type PersonnelKindCode = 'cadre' | 'teacher' | 'doctor' | 'technician' | 'other';

/** A kind of personnel (configurable; the five above at the start) with its default term. */
export interface PersonnelKindsTable {
  code: string;
  name: string;
  nameEn: string;
  defaultTermMonths: number;
  sort: ColumnType<number, number | undefined, number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** A programme's own term for a kind, where it differs from the kind's default. */
export interface PersonnelKindTermsTable {
  programmeCode: string;
  kindCode: string;
  termMonths: number;
}

export interface PersonsTable {
  id: Id;
  nameZh: string;
  /** The name in Uyghur script, where the person has one. */
  nameUg: string | null;
  sex: 'female' | 'male';
  ethnicity: string | null;
  /** Personal data: unmasked only for the person's donor and the coordinator. */
  birthYear: number | null;
  homeOrgCode: string | null;
  homeOrgName: string | null;
  /** Personal data. */
  phone: string | null;
  /** Personal data; GB 11643 check digit verified. Unique where given. */
  idCardNumber: string | null;
  /** The donor that sends the person (organisation code; its path gives the org scope). */
  donorCode: string;
  publishedAt: Timestamp | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  version: ColumnType<number, number | undefined, number>;
}

/** A batch (批次): numbered per donor and programme (Shanghai's 11th is not Guangdong's). */
export interface PersonnelBatchesTable {
  id: Id;
  donorCode: string;
  programmeCode: string;
  number: number;
  name: string | null;
  startsOn: IsoDate | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  version: ColumnType<number, number | undefined, number>;
}

/**
 * One person's service in one host organisation and area over a term. `endsOn` is
 * `actualEnd ?? plannedEnd` (a CHECK keeps it so): serving on a date d is
 * `termStart <= d and endsOn >= d`.
 */
export interface PostingsTable {
  id: Id;
  personId: number;
  /** The person's donor, kept here for the by-donor roster's index. */
  donorCode: string;
  programmeCode: string;
  batchId: number | null;
  kindCode: string;
  hostOrgCode: string | null;
  hostOrgName: string | null;
  areaCode: string;
  role: string;
  /** Long-term, or flexible (柔性: short postings, counted separately). */
  mode: 'long-term' | 'flexible';
  /** 1 when the posting is knowingly outside the donor's pairing (打破对结). */
  crossPair: ColumnType<number, number | undefined, number>;
  termStart: IsoDate;
  plannedEnd: IsoDate;
  actualEnd: IsoDate | null;
  /** Why the term ended before its planned end (required then). */
  endReason: string | null;
  endsOn: IsoDate;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  version: ColumnType<number, number | undefined, number>;
}

/** One read of a person's unmasked personal data. */
export interface PersonAccessLogTable {
  id: Id;
  personId: number;
  /** The actor's label (`user:…`, `system:…`). */
  actor: string;
  userId: number | null;
  /** Where it was read: `person`, `roster`, `history` … */
  purpose: string;
  requestId: string | null;
  at: Timestamp;
}
