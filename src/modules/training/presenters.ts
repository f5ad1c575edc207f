/** Rows to the API's shapes, each with the record's `can` from the same policies. */

import type { Actor } from '../../domain/access.js';
import { uyghurAreaName } from '../../domain/area-names-ug.js';
import { can } from '../access/authorize.js';
import type { TrainingScope } from './policy.js';
import type { SessionRow } from './repository.js';
import type { ExchangeView, SessionView } from './schema.js';

interface ParticipantRow {
  name: string;
  organisation: string | null;
  personId: number | null;
}

function recordCan(actor: Actor, scope: TrainingScope) {
  return {
    update: can(actor, 'training.write', scope),
    readHistory: can(actor, 'training.readHistory', scope),
  };
}

export function presentSession(
  r: SessionRow,
  participants: readonly ParticipantRow[],
  actor: Actor,
  scope: TrainingScope,
): SessionView {
  return {
    id: r.id,
    programme: r.programmeCode,
    trainingProgramme:
      r.tpCode === null || r.tpName === null || r.tpNameEn === null
        ? null
        : { code: r.tpCode, name: r.tpName, nameEn: r.tpNameEn },
    organiser: { code: r.organiserCode, name: r.organiserName, nameEn: r.organiserNameEn },
    project: r.projectCode,
    area: {
      code: r.areaCode,
      name: r.areaName,
      nameEn: r.areaNameEn,
      nameUg: uyghurAreaName(r.areaCode),
    },
    startDate: r.startDate,
    endDate: r.endDate,
    place: r.place,
    topic: r.topic,
    participants: r.participants,
    personTimes: r.personTimes,
    jobsFound: r.jobsFound,
    certificates: r.certificates,
    note: r.note,
    participantList: participants.map((p) => ({
      name: p.name,
      organisation: p.organisation,
      personId: p.personId,
    })),
    published: r.publishedAt !== null,
    publishedAt: r.publishedAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    version: r.version,
    can: recordCan(actor, scope),
  };
}

/** What the change history keeps of a session. */
export function sessionSnapshot(r: SessionRow, participants: readonly ParticipantRow[]) {
  return {
    id: r.id,
    programmeCode: r.programmeCode,
    trainingProgramme: r.tpCode,
    organiserCode: r.organiserCode,
    project: r.projectCode,
    areaCode: r.areaCode,
    startDate: r.startDate,
    endDate: r.endDate,
    place: r.place,
    topic: r.topic,
    participants: r.participants,
    personTimes: r.personTimes,
    jobsFound: r.jobsFound,
    certificates: r.certificates,
    note: r.note,
    participantList: participants.map((p) => ({
      name: p.name,
      organisation: p.organisation,
      personId: p.personId,
    })),
    publishedAt: r.publishedAt,
    version: r.version,
  };
}

export interface ExchangeRow {
  id: number;
  programmeCode: string;
  kind: ExchangeView['kind'];
  title: string;
  startDate: string;
  endDate: string;
  place: string | null;
  participantsLocal: number;
  participantsDonor: number;
  note: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export function presentExchange(
  r: ExchangeRow,
  organisers: ExchangeView['organisers'],
  areas: ExchangeView['areas'],
  actor: Actor,
  scope: TrainingScope,
): ExchangeView {
  return {
    id: r.id,
    programme: r.programmeCode,
    kind: r.kind,
    title: r.title,
    startDate: r.startDate,
    endDate: r.endDate,
    place: r.place,
    organisers,
    areas,
    participantsLocal: r.participantsLocal,
    participantsDonor: r.participantsDonor,
    note: r.note,
    published: r.publishedAt !== null,
    publishedAt: r.publishedAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    version: r.version,
    can: recordCan(actor, scope),
  };
}

/** What the change history keeps of an exchange activity. */
export function exchangeSnapshot(r: ExchangeRow, organisers: string[], areas: string[]) {
  const { createdAt: _c, updatedAt: _u, ...rest } = r;
  return { ...rest, organisers, areas };
}
