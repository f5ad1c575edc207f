import { z } from 'zod';
import { areaCode, areaRef, idParam, isoDate, orgCode } from '../core/schemas.js';
import { donorRecordQuery } from '../teams/schema.js';

export const GRADES = ['excellent', 'good', 'pass', 'fail'] as const;
export const grade = z
  .enum(GRADES)
  .meta({ description: 'excellent (优秀), good (良好), pass (合格), fail (不合格)' });

export const assessmentView = z.object({
  year: z.number().int(),
  grade,
  note: z.string().nullable(),
});

export const mentoringView = z.object({
  id: z.number().int(),
  mentor: z.object({ id: z.number().int(), name: z.string() }),
  donor: z.object({ code: z.string(), name: z.string(), nameEn: z.string() }),
  area: areaRef,
  mentee: z.object({
    name: z.string(),
    org: z.object({ code: z.string().nullable(), name: z.string(), nameEn: z.string() }),
  }),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  note: z.string().nullable(),
  publishedAt: z.string().nullable(),
  assessments: z.array(assessmentView),
  version: z.number().int(),
  can: z.object({ write: z.boolean(), readHistory: z.boolean() }),
});

export const mentoringList = z.object({
  items: z.array(mentoringView),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export const mentoringListQuery = donorRecordQuery.extend({
  mentor: z.coerce.number().int().positive().optional().meta({ description: "A person's mentees" }),
});

export const mentoringIdParams = z.object({ id: idParam });
export const assessmentParams = z.object({
  id: idParam,
  year: z.coerce.number().int().min(1990).max(2100),
});

const menteeName = z.string().trim().min(1).max(100);
const orgName = z.string().trim().min(1).max(200);

export const createMentoringBody = z.object({
  mentorPersonId: z.number().int().positive(),
  areaCode,
  menteeName,
  menteeOrgCode: orgCode.optional(),
  menteeOrgName: orgName.optional(),
  startsOn: isoDate,
  endsOn: isoDate.nullable().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
  published: z.boolean().default(false),
});

export const updateMentoringBody = z
  .object({
    menteeName,
    menteeOrgName: orgName.nullable(),
    startsOn: isoDate,
    endsOn: isoDate.nullable(),
    note: z.string().trim().max(2000).nullable(),
    published: z.boolean(),
  })
  .partial();

export const assessmentBody = z.object({
  grade,
  note: z.string().trim().max(2000).nullable().optional(),
});

export type MentoringView = z.infer<typeof mentoringView>;
export type MentoringListQuery = z.infer<typeof mentoringListQuery>;
export type CreateMentoringInput = z.infer<typeof createMentoringBody>;
export type UpdateMentoringInput = z.infer<typeof updateMentoringBody>;
export type AssessmentInput = z.infer<typeof assessmentBody>;
