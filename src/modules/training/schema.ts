/** Request and response shapes of training and exchange (decision 0027). */
import { z } from 'zod';
import { EXCHANGE_KINDS, TRAINING_PLACES } from '../../domain/training.js';
import {
  areaCode,
  areaNamed,
  count,
  idParam,
  isoDate,
  orgCode,
  paging,
  programmeCode,
  projectCode,
} from '../core/schemas.js';

const trainingProgrammeCode = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,39}$/, 'validation.programmeCode')
  .meta({ example: 'tianshan' });
const text = (max: number) => z.string().trim().min(1).max(max);
const note = z.string().trim().max(2000).nullable();
const named = z.object({ code: z.string(), name: z.string(), nameEn: z.string() });

// Training programmes.
export const createTrainingProgrammeBody = z.object({
  code: trainingProgrammeCode,
  programme: programmeCode.default('xinjiang'),
  name: text(200),
  nameEn: text(200),
});
export const updateTrainingProgrammeBody = z.object({
  name: text(200).optional(),
  nameEn: text(200).optional(),
});
export const trainingProgrammeParams = z.object({ code: trainingProgrammeCode });
export const trainingProgrammeView = z.object({
  code: z.string(),
  programme: z.string(),
  name: z.string(),
  nameEn: z.string(),
  version: z.number().int(),
  totals: z
    .object({
      sessions: z.number().int(),
      participants: z.number().int(),
      personTimes: z.number().int(),
    })
    .meta({ description: 'Its sessions the caller may see, counted' }),
  can: z.object({ update: z.boolean() }),
});
export const trainingProgrammeList = z.object({ items: z.array(trainingProgrammeView) });

// Sessions.
const participantInput = z.object({
  name: text(100),
  organisation: z.string().trim().max(200).nullable().optional(),
  personId: z.number().int().positive().nullable().optional().meta({
    description: "The people module's person, when the participant is one",
  }),
});
const sessionFields = {
  trainingProgramme: trainingProgrammeCode.nullable().optional(),
  project: projectCode.nullable().optional().meta({ description: 'The funding project, if any' }),
  area: areaCode,
  startDate: isoDate,
  endDate: isoDate,
  place: z.enum(TRAINING_PLACES).meta({ description: 'In Xinjiang, or in the donor province' }),
  topic: text(300),
  participants: count.meta({ description: 'Distinct people trained in this session' }),
  personTimes: count.meta({ description: 'Person-times (人次), at least the participants' }),
  jobsFound: count.default(0).meta({ description: 'Participants who found a job afterwards' }),
  certificates: count.default(0),
  note: note.optional(),
  participantList: z.array(participantInput).max(5000).optional().meta({
    description: 'Participants known by name (at most `participants` of them)',
  }),
  published: z.boolean().optional(),
};
export const createSessionBody = z.object({
  programme: programmeCode.default('xinjiang'),
  organiser: orgCode.meta({ description: 'The organising donor organisation' }),
  ...sessionFields,
});
export const updateSessionBody = z.object({
  trainingProgramme: sessionFields.trainingProgramme,
  project: sessionFields.project,
  area: areaCode.optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  place: sessionFields.place.optional(),
  topic: text(300).optional(),
  participants: count.optional(),
  personTimes: count.optional(),
  jobsFound: count.optional(),
  certificates: count.optional(),
  note: note.optional(),
  participantList: sessionFields.participantList,
  published: z.boolean().optional(),
});
export const sessionParams = z.object({ id: idParam });
const recordCan = z
  .object({ update: z.boolean(), readHistory: z.boolean() })
  .meta({ description: 'What the caller may do with this record now, by the same policies' });
export const sessionView = z.object({
  id: z.number().int(),
  programme: z.string(),
  trainingProgramme: z
    .object({ code: z.string(), name: z.string(), nameEn: z.string() })
    .nullable(),
  organiser: named,
  project: z.string().nullable(),
  area: areaNamed,
  startDate: z.string(),
  endDate: z.string(),
  place: z.enum(TRAINING_PLACES),
  topic: z.string(),
  participants: z.number().int(),
  personTimes: z.number().int(),
  jobsFound: z.number().int(),
  certificates: z.number().int(),
  note: z.string().nullable(),
  participantList: z.array(
    z.object({
      name: z.string(),
      organisation: z.string().nullable(),
      personId: z.number().int().nullable(),
    }),
  ),
  published: z.boolean(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  can: recordCan,
});
const periodQuery = {
  donor: orgCode.optional().meta({ description: 'An organiser and its sub-organisations' }),
  area: areaCode.optional().meta({ description: 'An area and its whole subtree' }),
  from: isoDate.optional().meta({ description: 'Starting on or after' }),
  to: isoDate.optional().meta({ description: 'Starting on or before' }),
  programme: programmeCode.optional(),
};
export const sessionListQuery = z.object({
  ...periodQuery,
  trainingProgramme: trainingProgrammeCode.optional(),
  ...paging(200, 50),
});
export const sessionList = z.object({
  items: z.array(sessionView.omit({ participantList: true })),
  total: z.number().int(),
});
export const byDonorQuery = sessionListQuery.omit({ limit: true, offset: true });
export const byDonorView = z.object({
  rows: z.array(
    z.object({
      donor: named.meta({ description: 'The donor province or city (top of the organiser tree)' }),
      sessions: z.number().int(),
      participants: z.number().int(),
      personTimes: z.number().int(),
      jobsFound: z.number().int(),
    }),
  ),
});

// Exchange activities.
const exchangeFields = {
  kind: z.enum(EXCHANGE_KINDS),
  title: text(300),
  startDate: isoDate,
  endDate: isoDate,
  place: z.string().trim().max(300).nullable().optional(),
  organisers: z.array(orgCode).min(1).max(20).meta({
    description: 'The organising donors; several for a cross-pair activity',
  }),
  areas: z.array(areaCode).min(1).max(100),
  participantsLocal: count.meta({ description: 'Participants from Xinjiang' }),
  participantsDonor: count.meta({ description: 'Participants from the donor side' }),
  note: note.optional(),
  published: z.boolean().optional(),
};
export const createExchangeBody = z.object({
  programme: programmeCode.default('xinjiang'),
  ...exchangeFields,
});
export const updateExchangeBody = z.object(exchangeFields).partial();
export const exchangeView = z.object({
  id: z.number().int(),
  programme: z.string(),
  kind: z.enum(EXCHANGE_KINDS),
  title: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  place: z.string().nullable(),
  organisers: z.array(named),
  areas: z.array(areaNamed),
  participantsLocal: z.number().int(),
  participantsDonor: z.number().int(),
  note: z.string().nullable(),
  published: z.boolean(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  can: recordCan,
});
export const exchangeListQuery = z.object({
  ...periodQuery,
  kind: z.enum(EXCHANGE_KINDS).optional(),
  ...paging(200, 50),
});
export const exchangeList = z.object({ items: z.array(exchangeView), total: z.number().int() });

export type CreateTrainingProgrammeInput = z.infer<typeof createTrainingProgrammeBody>;
export type UpdateTrainingProgrammeInput = z.infer<typeof updateTrainingProgrammeBody>;
export type CreateSessionInput = z.infer<typeof createSessionBody>;
export type UpdateSessionInput = z.infer<typeof updateSessionBody>;
export type SessionView = z.infer<typeof sessionView>;
export type SessionListQuery = z.infer<typeof sessionListQuery>;
export type CreateExchangeInput = z.infer<typeof createExchangeBody>;
export type UpdateExchangeInput = z.infer<typeof updateExchangeBody>;
export type ExchangeView = z.infer<typeof exchangeView>;
export type ExchangeListQuery = z.infer<typeof exchangeListQuery>;
