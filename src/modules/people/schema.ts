/** Request and response shapes of aid personnel (干部人才, decision 0025). */
import { z } from 'zod';
import { POSTING_MODES } from '../../domain/postings.js';
import {
  areaCode,
  areaNamed,
  idParam,
  isoDate,
  orgCode,
  paging,
  programmeCode,
} from '../core/schemas.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const kindCode = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,39}$/)
  .meta({ description: 'A personnel kind: cadre, teacher, doctor, technician, other …' });

export const personInput = z.object({
  nameZh: text(100).meta({ description: 'The name in Chinese' }),
  nameUg: text(200).nullable().optional().meta({ description: 'The name in Uyghur script' }),
  sex: z.enum(['female', 'male']),
  ethnicity: text(50).nullable().optional(),
  birthYear: z.number().int().min(1900).max(2100).nullable().optional(),
  homeOrg: orgCode.nullable().optional().meta({ description: 'A known home organisation' }),
  homeOrgName: text(200)
    .nullable()
    .optional()
    .meta({ description: 'The home organisation by name, when it is not a known one' }),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 -]{5,20}$/)
    .nullable()
    .optional(),
  idCardNumber: z
    .string()
    .trim()
    .max(30)
    .nullable()
    .optional()
    .meta({ description: '18 characters, GB 11643 check character verified' }),
});

export const createPersonBody = personInput.extend({
  donor: orgCode.meta({ description: 'The donor sending the person' }),
  published: z.boolean().default(false),
});
export type CreatePersonInput = z.infer<typeof createPersonBody>;

export const updatePersonBody = personInput.partial().extend({
  donor: orgCode.optional().meta({
    description:
      'Another donor (its editors and the programme office only), while the person has no posting',
  }),
});
export type UpdatePersonInput = z.infer<typeof updatePersonBody>;

export const personIdParams = z.object({ id: idParam });
export const postingIdParams = z.object({ id: idParam });

export const postingBody = z.object({
  programme: programmeCode.default('xinjiang'),
  batch: idParam.nullable().optional().meta({ description: 'The batch (id), if any' }),
  kind: kindCode,
  hostOrg: orgCode.nullable().optional(),
  hostOrgName: text(200).nullable().optional(),
  area: areaCode,
  role: text(200).meta({ example: '喀什地区工业和信息化局副局长' }),
  mode: z.enum(POSTING_MODES).default('long-term'),
  crossPair: z
    .boolean()
    .default(false)
    .meta({ description: 'Knowingly outside the donor’s pairing (打破对结)' }),
  termStart: isoDate,
  plannedEnd: isoDate
    .optional()
    .meta({ description: 'Defaults to the kind’s term for the programme (cadre 36 months …)' }),
});
export type PostingInput = z.infer<typeof postingBody>;

/** A posting's changes: any field the create accepts, none defaulted (absent = unchanged). */
export const updatePostingBody = z.object({
  programme: programmeCode.optional(),
  batch: idParam.nullable().optional().meta({ description: 'The batch (id), or null for none' }),
  kind: kindCode.optional(),
  hostOrg: orgCode.nullable().optional(),
  hostOrgName: text(200).nullable().optional(),
  area: areaCode.optional(),
  role: text(200).optional(),
  mode: z.enum(POSTING_MODES).optional(),
  crossPair: z.boolean().optional().meta({ description: 'Knowingly outside the donor’s pairing' }),
  termStart: isoDate.optional(),
  plannedEnd: isoDate.optional(),
});
export type UpdatePostingInput = z.infer<typeof updatePostingBody>;

export const endPostingBody = z.object({
  actualEnd: isoDate,
  reason: text(2000)
    .optional()
    .meta({ description: 'Required when ending before the planned end' }),
});
export type EndPostingInput = z.infer<typeof endPostingBody>;

export const batchBody = z.object({
  donor: orgCode,
  programme: programmeCode.default('xinjiang'),
  number: z.number().int().min(1).max(999),
  name: text(200).nullable().optional(),
  startsOn: isoDate.nullable().optional(),
});
export type BatchInput = z.infer<typeof batchBody>;

export const updateBatchBody = z.object({
  number: z.number().int().min(1).max(999).optional(),
  name: text(200).nullable().optional(),
  startsOn: isoDate.nullable().optional(),
});
export type UpdateBatchInput = z.infer<typeof updateBatchBody>;
export const batchIdParams = z.object({ id: idParam });

export const batchListQuery = z.object({
  donor: orgCode.optional(),
  programme: programmeCode.optional(),
});

const named = z.object({ code: z.string(), name: z.string(), nameEn: z.string() });

export const personalData = z
  .object({
    phone: z.string().nullable(),
    idCardNumber: z.string().nullable(),
    birthYear: z.number().int().nullable(),
    masked: z.boolean().meta({ description: 'True when shown masked to this caller' }),
  })
  .meta({
    description:
      'Unmasked only for the person’s own donor and the coordinator (each such read is logged)',
  });

export const batchView = z.object({
  id: z.number().int(),
  donor: named,
  programme: z.string(),
  number: z.number().int(),
  name: z.string().nullable(),
  startsOn: z.string().nullable(),
  version: z.number().int(),
});

export const postingView = z.object({
  id: z.number().int(),
  programme: z.string(),
  batch: z
    .object({ id: z.number().int(), number: z.number().int(), name: z.string().nullable() })
    .nullable(),
  kind: z.string(),
  hostOrg: z.object({ code: z.string().nullable(), name: z.string(), nameEn: z.string() }),
  area: areaNamed,
  role: z.string(),
  mode: z.enum(POSTING_MODES),
  crossPair: z.boolean(),
  termStart: z.string(),
  plannedEnd: z.string(),
  actualEnd: z.string().nullable(),
  endReason: z.string().nullable(),
  endsOn: z.string(),
  version: z.number().int(),
  can: z.object({ end: z.boolean(), update: z.boolean() }),
});

export const personView = z.object({
  id: z.number().int(),
  nameZh: z.string(),
  nameUg: z.string().nullable(),
  sex: z.enum(['female', 'male']),
  ethnicity: z.string().nullable(),
  homeOrg: z.object({
    code: z.string().nullable(),
    name: z.string().nullable(),
    nameEn: z.string().nullable(),
  }),
  donor: named,
  personal: personalData,
  published: z.boolean(),
  publishedAt: z.string().nullable(),
  postings: z.array(postingView),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  can: z
    .object({
      update: z.boolean(),
      publish: z.boolean(),
      addPosting: z.boolean(),
      personalData: z.boolean().meta({ description: 'Sees the personal data unmasked' }),
      readHistory: z.boolean().meta({ description: 'GET /api/people/persons/{id}/history' }),
    })
    .meta({ description: 'What the caller may do with this person now, by the same policies' }),
});
export type PersonView = z.infer<typeof personView>;

export const rosterQuery = z.object({
  area: areaCode.optional().meta({ description: 'The area and its whole subtree' }),
  donor: orgCode.optional().meta({ description: 'The donor and its sub-organisations' }),
  date: isoDate.optional().meta({ description: 'Serving on this day (default: today, UTC)' }),
  kind: kindCode.optional(),
  mode: z.enum(POSTING_MODES).optional(),
  ...paging(500, 50),
});
export type RosterQuery = z.infer<typeof rosterQuery>;

export const rosterItem = z.object({
  person: z.object({
    id: z.number().int(),
    nameZh: z.string(),
    nameUg: z.string().nullable(),
    sex: z.enum(['female', 'male']),
    donor: named,
    personal: personalData,
    published: z.boolean(),
  }),
  posting: postingView.omit({ can: true }),
});

export const rosterList = z.object({
  items: z.array(rosterItem),
  total: z.number().int(),
  date: z.string(),
});

export const termsEndingQuery = z.object({
  days: z.coerce.number().int().min(0).max(3660).default(90),
  area: areaCode.optional(),
  donor: orgCode.optional(),
  today: isoDate.optional().meta({ description: 'Counted from this day (default: today, UTC)' }),
  ...paging(500, 50),
});
export type TermsEndingQuery = z.infer<typeof termsEndingQuery>;

export const COUNT_DIMENSIONS = ['donor', 'kind', 'batch', 'area', 'year'] as const;

export const countsQuery = z.object({
  by: z.enum(COUNT_DIMENSIONS).meta({
    description:
      '`area` rolls up the area tree: to the children of `area` (the area itself for postings there), or without it to the prefectures',
  }),
  area: areaCode.optional(),
  donor: orgCode.optional(),
  date: isoDate.optional().meta({
    description:
      'Serving on this day (default today); `by=year` counts postings started per year instead',
  }),
});
export type CountsQuery = z.infer<typeof countsQuery>;

export const countsView = z.object({
  by: z.enum(COUNT_DIMENSIONS),
  date: z.string().nullable(),
  rows: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      nameEn: z.string(),
      longTerm: z.number().int(),
      flexible: z.number().int(),
    }),
  ),
});

export const accessLogQuery = z.object({
  person: idParam.optional(),
  beforeId: idParam.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const accessLogList = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      person: z.object({ id: z.number().int(), nameZh: z.string() }),
      actor: z.string(),
      purpose: z.string(),
      requestId: z.string().nullable(),
      at: z.string(),
    }),
  ),
});

export const kindList = z.array(
  z.object({
    code: z.string(),
    name: z.string(),
    nameEn: z.string(),
    defaultTermMonths: z.number().int(),
    terms: z.record(z.string(), z.number().int()).meta({
      description: 'Term in months by programme, where a programme sets its own',
    }),
  }),
);

export const personListQuery = z.object({
  donor: orgCode.optional().meta({ description: 'The donor and its sub-organisations' }),
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .meta({ description: 'Part of the name (Chinese or Uyghur script)' }),
  ...paging(500, 50),
});
export type PersonListQuery = z.infer<typeof personListQuery>;

export const personList = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      nameZh: z.string(),
      nameUg: z.string().nullable(),
      sex: z.enum(['female', 'male']),
      donor: named,
      personal: personalData,
      published: z.boolean(),
      postings: z.number().int().meta({ description: 'How many postings the person has had' }),
    }),
  ),
  total: z.number().int(),
});

export const batchPageQuery = z.object({
  ...paging(500, 200),
});
export type BatchPageQuery = z.infer<typeof batchPageQuery>;

export const batchPage = batchView.extend({
  can: z.object({ update: z.boolean() }),
  counts: z
    .object({
      people: z.number().int(),
      postings: z.number().int(),
      servingToday: z.number().int(),
      longTerm: z.number().int(),
      flexible: z.number().int(),
      byKind: z.array(
        z.object({ kind: z.string(), postings: z.number().int(), serving: z.number().int() }),
      ),
    })
    .meta({ description: 'Of the batch’s postings the caller may see' }),
  date: z.string().meta({ description: 'The day `servingToday` counts (today, UTC)' }),
  items: z.array(rosterItem),
  total: z.number().int(),
});
