import { z } from 'zod';
import { CASE_CATEGORIES, CASE_STATUSES } from '../../domain/company-cases.js';
import {
  areaCode,
  areaNamed,
  count,
  fen,
  idParam,
  isoDate,
  offset,
  orgCode,
  paging,
  programmeCode,
  queryBoolean,
  searchTerm,
} from '../core/schemas.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const instant = z.iso.datetime({ offset: true }).meta({ example: '2026-11-30T02:00:00Z' });

const figures = {
  investmentPlannedFen: fen.meta({ description: 'Investment planned, integer fen' }),
  investmentArrivedFen: fen.meta({ description: 'Investment arrived (到位), integer fen' }),
  jobsPlanned: count,
  jobsActual: count,
  localHires: count.meta({ description: 'Of the actual jobs, those held by local people' }),
};

export const createCompanyBody = z.object({
  name: text(200),
  creditCode: z
    .string()
    .trim()
    .max(40)
    .meta({ description: 'Unified social credit code (GB 32100, check character verified)' }),
  industry: text(100),
  programme: programmeCode.default('xinjiang'),
  donor: orgCode.meta({ description: 'The donor that brought the company in' }),
  area: areaCode.meta({ description: 'Where the company is located' }),
  signedOn: isoDate.meta({ description: 'Signed or registered: the date measures count it on' }),
  ...figures,
  note: z.string().trim().max(2000).nullable().optional(),
  published: z.boolean().default(false),
});

export const updateCompanyBody = createCompanyBody
  .omit({ programme: true, published: true })
  .partial()
  .extend({ published: z.boolean().optional() });

export const companyIdParams = z.object({ id: idParam });

export const companyListQuery = z.object({
  q: searchTerm.optional(),
  donor: orgCode.optional(),
  area: areaCode.optional(),
  industry: z.string().trim().max(100).optional(),
  ...paging(500, 50),
});

export const assignOfficerBody = z.object({
  name: text(100),
  contact: z.string().trim().max(100).nullable().optional(),
  organisation: z.string().trim().max(200).nullable().optional(),
  startOn: isoDate,
});

const officerView = z.object({
  id: z.number().int(),
  name: z.string(),
  contact: z.string().nullable(),
  organisation: z.string().nullable(),
  startOn: z.string(),
  endOn: z.string().nullable(),
});

const named = z.object({ code: z.string(), name: z.string(), nameEn: z.string() });

export const companyView = z.object({
  id: z.number().int(),
  name: z.string(),
  creditCode: z.string(),
  industry: z.string(),
  programme: z.string(),
  donor: named,
  area: areaNamed,
  signedOn: z.string(),
  investmentPlannedFen: z.number().int(),
  investmentArrivedFen: z.number().int(),
  jobsPlanned: z.number().int(),
  jobsActual: z.number().int(),
  localHires: z.number().int(),
  note: z.string().nullable(),
  publishedAt: z.string().nullable(),
  officer: officerView.nullable().meta({ description: 'The chief service officer serving now' }),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  can: z.object({
    update: z.boolean(),
    assignOfficer: z.boolean(),
    openCase: z.boolean(),
    history: z.boolean(),
  }),
});

export const companyDetail = companyView.extend({
  officers: z.array(officerView).meta({ description: 'Every officer, newest first' }),
  cases: z.object({
    total: z.number().int(),
    open: z.number().int().meta({ description: 'Open or in progress' }),
    late: z.number().int().meta({ description: 'Open with no response after the deadline' }),
  }),
});

export const companyList = z.object({ items: z.array(companyView), total: z.number().int() });

// Cases.

export const openCaseBody = z.object({
  category: z.enum(CASE_CATEGORIES),
  description: text(4000),
  openedAt: instant.optional().meta({ description: 'When the company asked (default: now)' }),
});

export const caseIdParams = z.object({ id: idParam });

export const caseListQuery = z.object({
  status: z.enum(CASE_STATUSES).optional(),
  company: z.coerce.number().int().positive().optional(),
  donor: orgCode.optional(),
  area: areaCode.optional(),
  late: queryBoolean.optional().meta({ description: 'Only cases late for a first response' }),
  ...paging(500, 50),
});

export const respondBody = z.object({
  text: text(4000),
  responder: text(100).meta({ description: 'Who responded (the officer, a department …)' }),
  respondedAt: instant.optional().meta({ description: 'When (default: now)' }),
});

export const moveCaseBody = z.object({
  to: z.enum(CASE_STATUSES),
  reason: z.string().trim().max(2000).optional().meta({ description: 'Required to reject' }),
});

const responseView = z.object({
  id: z.number().int(),
  respondedAt: z.string(),
  text: z.string(),
  responder: z.string(),
  createdBy: z.string(),
});

export const caseView = z.object({
  id: z.number().int(),
  company: z.object({ id: z.number().int(), name: z.string() }),
  donor: named,
  area: areaNamed,
  officer: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  category: z.enum(CASE_CATEGORIES),
  description: z.string(),
  status: z.enum(CASE_STATUSES),
  rejectionReason: z.string().nullable(),
  openedAt: z.string(),
  firstResponseAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  responseWorkingDays: z
    .number()
    .int()
    .nullable()
    .meta({ description: 'Working days (Mon–Fri, China) from opening to the first response' }),
  resolutionWorkingDays: z.number().int().nullable(),
  late: z.boolean().meta({ description: 'No response after the deadline in working days' }),
  version: z.number().int(),
  can: z.object({
    respond: z.boolean(),
    moveTo: z.array(z.enum(CASE_STATUSES)).meta({
      description: 'The statuses the caller may move the case to now',
    }),
  }),
});

export const caseDetail = caseView.extend({ responses: z.array(responseView) });

export const caseList = z.object({
  items: z.array(caseView),
  total: z.number().int(),
  deadlineWorkingDays: z.number().int(),
});

export const caseTimesQuery = z.object({
  by: z.enum(['officer', 'donor', 'area']).default('officer'),
  donor: orgCode.optional(),
  area: areaCode.optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(50)
    .meta({ description: 'groups per page, most cases first (decision 0042)' }),
  offset,
});

export const caseTimes = z.object({
  by: z.enum(['officer', 'donor', 'area']),
  total: z.number().int().meta({
    description: 'groups in all (officers, donors or areas with a case); rows is one page',
  }),
  rows: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      nameEn: z
        .string()
        .meta({ description: 'English name of a donor or area; empty for an officer' }),
      cases: z.number().int(),
      responded: z.number().int(),
      avgResponseWorkingDays: z.number().nullable(),
      resolved: z.number().int(),
      avgResolutionWorkingDays: z.number().nullable(),
      late: z.number().int(),
    }),
  ),
});

export const caseSettings = z.object({
  responseWorkingDays: z.number().int().min(1).max(60),
});

export type CreateCompanyInput = z.infer<typeof createCompanyBody>;
export type UpdateCompanyInput = z.infer<typeof updateCompanyBody>;
export type CompanyListQuery = z.infer<typeof companyListQuery>;
export type AssignOfficerInput = z.infer<typeof assignOfficerBody>;
export type CompanyView = z.infer<typeof companyView>;
export type CompanyDetail = z.infer<typeof companyDetail>;
export type OpenCaseInput = z.infer<typeof openCaseBody>;
export type CaseListQuery = z.infer<typeof caseListQuery>;
export type RespondInput = z.infer<typeof respondBody>;
export type MoveCaseInput = z.infer<typeof moveCaseBody>;
export type CaseView = z.infer<typeof caseView>;
export type CaseDetail = z.infer<typeof caseDetail>;
export type CaseTimesQuery = z.infer<typeof caseTimesQuery>;
