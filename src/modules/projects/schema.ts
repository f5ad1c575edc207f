/** Request and response shapes of projects, their stages, results, documents and types. */
import { z } from 'zod';
import { PROGRESS_STAGES, STAGES } from '../../domain/stages.js';
import {
  areaCode,
  areaNameUg,
  areaRef,
  bp,
  count,
  fen,
  idParam,
  isoDate,
  offset,
  orgCode,
  programmeCode,
  projectCode,
  searchTerm,
  shareBp,
  typeCode,
} from '../core/schemas.js';

export { projectCode, typeCode };

export const stage = z.enum(STAGES).meta({
  description:
    'reserve 储备, approved 立项, tendering 招标, started 开工, completed 完工, accepted 验收移交, ' +
    'audited 决算审计, evaluated 绩效评价; suspended 暂停, cancelled 取消',
});
export const progressStage = z.enum(PROGRESS_STAGES);
export const DELIVERY_MODES = ['turnkey', 'cheque', 'joint'] as const;
export const deliveryMode = z
  .enum(DELIVERY_MODES)
  .meta({ description: 'turnkey 交钥匙, cheque 交支票, joint 合作共建' });
export const RESULT_METRICS = ['jobs', 'trained', 'beneficiaries', 'output-value-fen'] as const;

const reasonText = z.string().trim().min(1).max(2000);

export const projectName = z.object({
  zh: z.string().trim().min(1).max(300),
  en: z.string().trim().max(300).nullable().optional(),
  ug: z.string().trim().max(300).nullable().optional().meta({ description: 'Uyghur' }),
});

export const donorShareInput = z.object({ org: orgCode, shareBp });
export const locationInput = z.object({
  area: areaCode.meta({ description: 'An area at any level' }),
  shareBp,
});
export const stageDateInput = z.object({
  planned: isoDate.nullable().optional(),
  actual: isoDate.nullable().optional(),
});

export const resultInput = z
  .object({
    metric: z.enum(RESULT_METRICS),
    planned: z.boolean().meta({ description: 'true for a target, false for an achieved figure' }),
    value: count,
    female: count.nullable().optional(),
    male: count.nullable().optional(),
    ethnicMinority: count.nullable().optional(),
    asOf: isoDate.nullable().optional(),
    note: z.string().trim().max(2000).nullable().optional(),
  })
  .superRefine((r, ctx) => {
    if ((r.female ?? 0) + (r.male ?? 0) > r.value) {
      ctx.addIssue({ code: 'custom', path: ['female'], message: 'result.genderExceeds' });
    }
    if ((r.ethnicMinority ?? 0) > r.value) {
      ctx.addIssue({ code: 'custom', path: ['ethnicMinority'], message: 'result.exceedsValue' });
    }
  });

const projectFields = {
  name: projectName,
  programme: programmeCode,
  donor: orgCode.optional().meta({
    description: 'The lead donor; alone it gets the whole share (10000)',
  }),
  donors: z
    .array(donorShareInput)
    .max(50)
    .optional()
    .meta({ description: 'Several donors with shares summing to 10000; the lead has the largest' }),
  implementingOrg: orgCode.nullable().optional(),
  type: typeCode.meta({ description: 'A code of GET /api/project-types' }),
  livelihoodShareBp: bp.optional().meta({
    description: 'Livelihood share; defaults from the type. Another value needs livelihoodReason',
  }),
  livelihoodReason: z.string().trim().max(2000).nullable().optional(),
  fixedAsset: z.boolean().optional(),
  deliveryMode: deliveryMode.nullable().optional(),
  continuing: z.boolean().optional().meta({ description: 'Continued from an earlier year' }),
  budgetFen: fen.meta({ description: 'Budget in integer fen (0.01 yuan)' }),
  year: z.number().int().min(1990).max(2100).optional().meta({
    description: 'Plan year; default the year of approvalDate, else this year',
  }),
  approvalDate: isoDate.nullable().optional(),
  stageDates: z
    .partialRecord(stage, stageDateInput)
    .optional()
    .meta({ description: 'Planned and actual date per stage, e.g. {"started": {"planned": …}}' }),
  locations: z.array(locationInput).max(500),
  published: z.boolean().optional(),
};

export const createProjectBody = z.object({
  code: projectCode,
  ...projectFields,
  stage: stage.default('reserve').meta({
    description: 'Any stage: existing projects are entered mid-way',
  }),
  stageBeforeSuspension: progressStage
    .nullable()
    .optional()
    .meta({ description: 'Required when created suspended' }),
  stageReason: reasonText
    .nullable()
    .optional()
    .meta({ description: 'Required when created suspended or cancelled' }),
  results: z.array(resultInput).max(500).optional(),
});

export const updateProjectBody = z.object({
  ...z.object(projectFields).partial().shape,
  budgetFen: fen.optional(),
  code: projectCode.optional().meta({ description: 'Ignored when equal; codes do not change' }),
  stage: stage.optional().meta({
    description:
      'Refused unless equal to the current stage: stages change through POST /api/projects/{code}/transitions',
  }),
  version: z.number().int().positive().optional().meta({
    description: 'The version edited (alternative to If-Match)',
  }),
});

export const transitionBody = z.object({
  to: stage,
  date: isoDate.optional().meta({ description: 'Actual date of the new stage; default today' }),
  reason: reasonText.optional().meta({ description: 'Required for suspended and cancelled' }),
});

export const resultsBody = z.array(resultInput).max(500);

export const projectCodeParams = z.object({ code: projectCode });
export const documentParams = z.object({ code: projectCode, id: idParam });

export const SORT_FIELDS = ['code', 'name', 'budgetFen', 'updatedAt', 'year'] as const;

export const nextCodeQuery = z.object({
  programme: programmeCode,
  donor: orgCode,
  year: z.coerce
    .number()
    .int()
    .min(1990)
    .max(2100)
    .optional()
    .meta({ description: 'Default: this year (UTC)' }),
});

export const nextCodeView = z.object({
  code: z.string().meta({ example: 'XJ-2026-BJ-0001' }),
  prefix: z.string().meta({ example: 'XJ-2026-BJ-' }),
});

export type NextCodeQuery = z.infer<typeof nextCodeQuery>;

export const projectListQuery = z.object({
  programme: programmeCode.optional(),
  donor: orgCode
    .optional()
    .meta({ description: 'Lead donor, including its organisations (330000 finds Hangzhou’s)' }),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  stage: stage.optional(),
  type: typeCode.optional(),
  area: areaCode.optional().meta({ description: 'Located in this area or below it' }),
  q: searchTerm.optional().meta({ description: 'Code, Chinese or English name' }),
  published: z.enum(['true', 'false']).optional(),
  sort: z
    .string()
    .regex(
      /^-?(code|name|budgetFen|updatedAt|year)(:(asc|desc))?$/,
      'code, name, budgetFen, updatedAt or year; "-budgetFen" or "budgetFen:desc" sorts down; ties by code in the same direction',
    )
    .default('code'),
  order: z.enum(['asc', 'desc']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset,
});

const nameView = z.object({ zh: z.string(), en: z.string().nullable(), ug: z.string().nullable() });
const stageDateView = z.object({ planned: z.string().nullable(), actual: z.string().nullable() });

export const resultView = z.object({
  metric: z.enum(RESULT_METRICS),
  planned: z.boolean(),
  value: z.number().int(),
  female: z.number().int().nullable(),
  male: z.number().int().nullable(),
  ethnicMinority: z.number().int().nullable(),
  asOf: z.string().nullable(),
  note: z.string().nullable(),
});

export const documentView = z.object({
  id: z.number().int(),
  filename: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string().meta({ description: 'Who: `user:NAME` or `system:JOB`' }),
  uploadedByName: z.string().nullable().meta({
    description: "The uploader's display name; null for the system (a generator, a job)",
  }),
  uploadedAt: z.string(),
});

export const projectView = z.object({
  code: z.string(),
  name: nameView,
  programme: z.string(),
  donor: z.string().meta({ description: 'The lead donor (largest share)' }),
  donors: z.array(
    z.object({
      org: z.string(),
      name: z.string(),
      nameEn: z.string().nullable().meta({ description: 'The donor’s English name, if any' }),
      shareBp: z.number().int(),
    }),
  ),
  implementingOrg: z.string().nullable(),
  implementingOrgName: z
    .object({ zh: z.string(), en: z.string().nullable() })
    .nullable()
    .meta({ description: 'The implementing organisation’s names, for display' }),
  type: z.string(),
  livelihoodShareBp: z.number().int(),
  livelihoodReason: z.string().nullable(),
  fixedAsset: z.boolean(),
  deliveryMode: deliveryMode.nullable(),
  continuing: z.boolean(),
  stage,
  stageBeforeSuspension: progressStage.nullable().meta({
    description: 'For a suspended or cancelled project: the progress stage it had reached',
  }),
  stageReason: z.string().nullable(),
  nextStages: z.array(stage).meta({ description: 'Where POST …/transitions may move it' }),
  budgetFen: z.number().int(),
  year: z.number().int(),
  approvalDate: z.string().nullable(),
  stageDates: z.partialRecord(stage, stageDateView),
  locations: z.array(
    z.object({
      area: z.object({
        code: z.string(),
        name: z.string(),
        nameEn: z.string().meta({ description: 'The English name (Hotan City)' }),
        nameUg: areaNameUg,
        level: z.string(),
      }),
      shareBp: z.number().int(),
      classification: z.enum(['in-pair', 'cross-pair']),
      crossPair: z.boolean(),
    }),
  ),
  classifiedOn: z.string().meta({
    description: 'The date locations were classed in-pair / cross-pair (approval date or today)',
  }),
  results: z.array(resultView),
  documentCount: z.number().int().meta({
    description:
      'Documents are listed, for signed-in callers, by GET /api/projects/{code}/documents',
  }),
  published: z.boolean(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  can: z
    .object({
      update: z.boolean().meta({
        description: 'PATCH the project, its results and documents, publish it',
      }),
      recordFunds: z.boolean().meta({ description: 'Record and reverse ledger entries' }),
      readHistory: z.boolean().meta({
        description: "Read the project's change history (GET /api/projects/{code}/history)",
      }),
      moveTo: z
        .array(stage)
        .meta({ description: 'The stages of `nextStages` the caller may move it to now' }),
    })
    .meta({ description: 'What the caller may do with this project, by the same policies' }),
});

export const projectSummary = z.object({
  code: z.string(),
  name: nameView,
  programme: z.string(),
  donor: z.string(),
  donorName: z.string(),
  donorNameEn: z.string().nullable().meta({ description: 'The lead donor’s English name, if any' }),
  type: z.string(),
  stage,
  budgetFen: z.number().int(),
  year: z.number().int(),
  published: z.boolean(),
  updatedAt: z.string(),
  version: z.number().int(),
  locations: z
    .array(areaRef)
    .meta({ description: 'The recipient areas, largest share first (the registry’s column)' }),
});

export const projectList = z.object({ items: z.array(projectSummary), total: z.number().int() });

export const resultList = z.object({ items: z.array(resultView), version: z.number().int() });

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export const uploadDocumentBody = z.object({
  filename: z.string().min(1).max(500),
  mediaType: z.string().min(1).max(200).meta({
    description:
      'PDF, PNG/JPEG/GIF/WebP/TIFF, Word/Excel/PowerPoint (old and OOXML), OpenDocument, zip, plain text or CSV',
  }),
  contentBase64: z
    .string()
    .max(Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'standard base64')
    .meta({ description: 'The file, base64-encoded; at most 10 MiB decoded' }),
});

export const documentList = z.object({ items: z.array(documentView) });

export const projectTypeView = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  defaultLivelihoodBp: z.number().int(),
  sort: z.number().int(),
});
export const projectTypeInput = z.object({
  code: typeCode,
  name: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().min(1).max(100),
  defaultLivelihoodBp: bp,
  sort: z.number().int().min(0).max(10000).optional(),
});
export const projectTypesBody = z.union([
  projectTypeInput,
  z.array(projectTypeInput).min(1).max(100),
]);
export const projectTypeList = z.object({ items: z.array(projectTypeView) });

export type CreateProjectInput = z.input<typeof createProjectBody>;
export type CreateProjectData = z.infer<typeof createProjectBody>;
export type UpdateProjectInput = z.infer<typeof updateProjectBody>;
export type TransitionInput = z.infer<typeof transitionBody>;
export type ResultInput = z.infer<typeof resultInput>;
export type ProjectListQuery = z.infer<typeof projectListQuery>;
export type ProjectView = z.infer<typeof projectView>;
export type ProjectSummary = z.infer<typeof projectSummary>;
export type DocumentView = z.infer<typeof documentView>;
export type UploadDocumentInput = z.infer<typeof uploadDocumentBody>;
export type ProjectTypeInput = z.infer<typeof projectTypeInput>;
export type ProjectTypeView = z.infer<typeof projectTypeView>;
