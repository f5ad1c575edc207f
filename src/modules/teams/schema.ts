import { z } from 'zod';
import { areaCode, areaRef, idParam, isoDate, orgCode, paging } from '../core/schemas.js';

export const TEAM_KINDS = ['medical', 'education', 'other'] as const;
export const TEAM_ROLES = ['leader', 'member'] as const;

export const teamKind = z
  .enum(TEAM_KINDS)
  .meta({ description: 'medical (医疗组团), education (教育组团) or other' });
export const teamRole = z.enum(TEAM_ROLES);

const orgRef = z.object({ code: z.string(), name: z.string(), nameEn: z.string() });
const hostRef = z.object({
  code: z.string().nullable(),
  name: z.string(),
  nameEn: z
    .string()
    .meta({ description: 'English name of a listed organisation; empty otherwise' }),
});
const personRef = z.object({ id: z.number().int(), name: z.string() });

export const teamMemberView = z.object({
  id: z.number().int(),
  person: personRef,
  role: teamRole,
  startsOn: z.string(),
  endsOn: z.string().nullable(),
});

export const teamView = z.object({
  id: z.number().int(),
  kind: teamKind,
  name: z.string(),
  donor: orgRef,
  host: hostRef.meta({ description: 'The hospital or school the team takes over' }),
  area: areaRef,
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  note: z.string().nullable(),
  publishedAt: z.string().nullable(),
  leader: personRef.nullable().meta({
    description: "The leader on the team's last day or today, whichever is earlier",
  }),
  members: z.array(teamMemberView).meta({ description: 'Leader and members over time' }),
  version: z.number().int(),
  can: z.object({ write: z.boolean(), readHistory: z.boolean() }),
});

export const teamList = z.object({
  items: z.array(teamView),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

/** The list filters shared by the issue-9 lists: donor and area subtrees, a period. */
export const donorRecordQuery = z.object({
  donor: orgCode.optional().meta({ description: "This donor's records, its organisations' too" }),
  area: areaCode.optional().meta({ description: 'Records in this area or below it' }),
  from: isoDate.optional().meta({ description: 'Records active on or after this day' }),
  to: isoDate.optional().meta({ description: 'Records active on or before this day' }),
  ...paging(200, 50),
});

export const teamListQuery = donorRecordQuery.extend({
  kind: teamKind.optional(),
  person: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .meta({ description: 'Teams this person has been a member or leader of' }),
});

export const teamIdParams = z.object({ id: idParam });
export const teamMemberParams = z.object({ id: idParam, memberId: idParam });

export const createTeamBody = z.object({
  kind: teamKind,
  name: z.string().trim().min(1).max(200),
  donorCode: orgCode,
  hostOrgCode: orgCode.optional(),
  hostOrgName: z.string().trim().min(1).max(200).optional(),
  areaCode,
  startsOn: isoDate,
  endsOn: isoDate.nullable().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
  published: z.boolean().default(false),
});

export const updateTeamBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    hostOrgName: z.string().trim().min(1).max(200).nullable(),
    endsOn: isoDate.nullable(),
    note: z.string().trim().max(2000).nullable(),
    published: z.boolean(),
  })
  .partial();

export const addMemberBody = z.object({
  personId: z.number().int().positive(),
  role: teamRole.default('member'),
  startsOn: isoDate,
  endsOn: isoDate.nullable().optional(),
});

export const updateMemberBody = z
  .object({ role: teamRole, startsOn: isoDate, endsOn: isoDate.nullable() })
  .partial();

export type TeamView = z.infer<typeof teamView>;
export type TeamListQuery = z.infer<typeof teamListQuery>;
export type CreateTeamInput = z.infer<typeof createTeamBody>;
export type UpdateTeamInput = z.infer<typeof updateTeamBody>;
export type AddMemberInput = z.infer<typeof addMemberBody>;
export type UpdateMemberInput = z.infer<typeof updateMemberBody>;
export type DonorRecordQuery = z.infer<typeof donorRecordQuery>;
