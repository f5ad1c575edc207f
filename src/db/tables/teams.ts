/** Teams (组团式), their members, mentoring (传帮带) and its assessments, as Kysely types. */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = string;
type IsoDate = string;
type Id = Generated<number>;

export type TeamKind = 'medical' | 'education' | 'other';
export type TeamRole = 'leader' | 'member';
export type AssessmentGrade = 'excellent' | 'good' | 'pass' | 'fail';

/** A donor's group-style team taking over a host institution (a hospital, a school) in an area. */
export interface TeamsTable {
  id: Id;
  kind: TeamKind;
  name: string;
  donorCode: string;
  /** The host institution: a known organisation, or its name (at least one). */
  hostOrgCode: string | null;
  hostOrgName: string | null;
  areaCode: string;
  startsOn: IsoDate;
  endsOn: IsoDate | null;
  note: string | null;
  publishedAt: Timestamp | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  version: ColumnType<number, number | undefined, number>;
}

/** A person in a team over dates; at most one leader on any day. */
export interface TeamMembersTable {
  id: Id;
  teamId: number;
  personId: number;
  role: TeamRole;
  startsOn: IsoDate;
  endsOn: IsoDate | null;
}

/** A mentor (a person) and one local mentee (named, with an organisation) over dates. */
export interface MentoringsTable {
  id: Id;
  mentorPersonId: number;
  /** The mentor's donor, kept for the scope and the by-donor lists. */
  donorCode: string;
  areaCode: string;
  menteeName: string;
  menteeOrgCode: string | null;
  menteeOrgName: string | null;
  startsOn: IsoDate;
  endsOn: IsoDate | null;
  note: string | null;
  publishedAt: Timestamp | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  version: ColumnType<number, number | undefined, number>;
}

/** One yearly assessment of a mentoring. */
export interface MentoringAssessmentsTable {
  mentoringId: number;
  year: number;
  grade: AssessmentGrade;
  note: string | null;
}
