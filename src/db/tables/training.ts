/** Training programmes, sessions and participants; exchange activities (decision 0027). */
import type { ColumnType, Generated } from 'kysely';
import type { ExchangeKind, TrainingPlace } from '../../domain/training.js';

type Timestamp = string;
type IsoDate = string;
type Id = Generated<number>;
type Version = ColumnType<number, number | undefined, number>;

export interface TrainingProgrammesTable {
  id: Id;
  code: string;
  programmeCode: string;
  name: string;
  nameEn: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  version: Version;
}

/** The sessions per programme, organiser, area, start month and publication (migration 0041). */
export interface TrainingSessionTotalsTable {
  programmeCode: string;
  organiserCode: string;
  areaCode: string;
  /** `YYYY-MM` of the sessions' start date. */
  month: string;
  /** 1 when the sessions summed have a publication time, 0 when not. */
  published: number;
  sessions: number | string;
  participants: number | string;
  personTimes: number | string;
  jobsFound: number | string;
}

export interface TrainingSessionsTable {
  id: Id;
  programmeCode: string;
  trainingProgrammeId: number | null;
  /** The donor organisation that organises the session. */
  organiserCode: string;
  /** The project that funds it, when one does. */
  projectId: number | null;
  areaCode: string;
  startDate: IsoDate;
  endDate: IsoDate;
  place: TrainingPlace;
  topic: string;
  /** Distinct people trained in this session. */
  participants: number;
  /** Person-times (人次): each person counted once per day or module attended. */
  personTimes: number;
  jobsFound: ColumnType<number, number | undefined, number>;
  certificates: ColumnType<number, number | undefined, number>;
  note: string | null;
  publishedAt: Timestamp | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  version: Version;
}

export interface TrainingParticipantsTable {
  id: Id;
  sessionId: number;
  name: string;
  organisation: string | null;
  /** The people module's person, when the participant is one. */
  personId: number | null;
}

export interface ExchangeActivitiesTable {
  id: Id;
  programmeCode: string;
  kind: ExchangeKind;
  title: string;
  startDate: IsoDate;
  endDate: IsoDate;
  place: string | null;
  /** Participants from Xinjiang (the recipient side). */
  participantsLocal: number;
  /** Participants from the donor side. */
  participantsDonor: number;
  note: string | null;
  publishedAt: Timestamp | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  version: Version;
}

export interface ExchangeOrganisersTable {
  activityId: number;
  orgCode: string;
}

export interface ExchangeAreasTable {
  activityId: number;
  areaCode: string;
}
