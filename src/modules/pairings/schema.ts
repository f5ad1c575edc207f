import { z } from 'zod';
import {
  areaCode,
  areaNameUg,
  areaRef,
  idParam,
  isoDate,
  orgCode,
  programmeCode,
  queryBoolean,
} from '../core/schemas.js';

export const confidence = z.enum(['H', 'M', 'L']).meta({
  description: 'H: an official report or two sources agree; M: one source; L: unconfirmed',
});

/** A donor paired with an area on a date (see `donorsOfArea`). */
export const pairedDonor = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  via: areaRef,
  pairingId: z.number().int(),
  programme: z.string(),
  sub: z.boolean(),
});
export type PairedDonorView = z.infer<typeof pairedDonor>;

export const pairingView = z.object({
  id: z.number().int(),
  programme: z.string(),
  donor: z.object({ code: z.string(), name: z.string(), nameEn: z.string() }),
  recipient: z
    .object({
      code: z.string(),
      name: z.string(),
      nameEn: z.string().meta({ description: 'The English name (Hotan Prefecture)' }),
      nameUg: areaNameUg,
      namePinyin: z.string(),
      level: z.string(),
      kind: z.string().nullable(),
      xpccDivision: z.string().nullable(),
    })
    .nullable()
    .meta({ description: 'The recipient area; null for an organisation ↔ organisation pairing' }),
  recipientOrg: z
    .object({ code: z.string(), name: z.string() })
    .nullable()
    .meta({ description: 'The recipient organisation (以院包科); null for an area pairing' }),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  confidence: z.string().nullable(),
  note: z.string().nullable(),
  noteEn: z
    .string()
    .nullable()
    .meta({ description: 'The note in English; null where there is none (show `note`)' }),
  parentId: z.number().int().nullable().meta({ description: 'Set for a sub-pairing' }),
  version: z.number().int(),
});

export const pairingList = z.object({ items: z.array(pairingView), total: z.number().int() });

export const pairingListQuery = z.object({
  programme: programmeCode.optional(),
  donor: orgCode.optional().meta({ description: 'Pairings of this donor organisation' }),
  area: areaCode.optional().meta({ description: 'Pairings of this area and of its ancestors' }),
  date: isoDate.optional().meta({ description: 'Only pairings valid on this date' }),
  includeSub: queryBoolean
    .default(false)
    .meta({ description: 'Include sub-pairings (default: the national list only)' }),
});

export const pairingIdParams = z.object({ id: idParam });

export const createPairingBody = z.object({
  programme: programmeCode
    .optional()
    .meta({ description: 'Required for a top-level pairing; a sub-pairing takes its parent’s' }),
  donorCode: orgCode,
  recipientAreaCode: areaCode.optional(),
  recipientOrgCode: orgCode
    .optional()
    .meta({ description: 'For an organisation ↔ organisation pairing, instead of an area' }),
  parentId: z.number().int().positive().optional().meta({ description: 'Makes a sub-pairing' }),
  validFrom: isoDate,
  validTo: isoDate.nullable().optional(),
  confidence: confidence.nullable().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
});

export const updatePairingBody = z
  .object({
    validTo: isoDate.nullable().meta({ description: 'Set to end the pairing; null reopens it' }),
    confidence: confidence.nullable(),
    note: z.string().trim().max(2000).nullable(),
  })
  .partial();

export const classifyQuery = z.object({
  donor: orgCode.meta({ description: 'The organisation doing the work (a donor, HQ, city …)' }),
  area: areaCode.meta({ description: 'Where the work is located' }),
  date: isoDate.optional().meta({ description: 'When the work happened; default today (UTC)' }),
  programme: programmeCode.optional(),
});

export const classification = z.object({
  classification: z.enum(['in-pair', 'cross-pair']),
  pairedDonors: z.array(pairedDonor),
});

export type PairingView = z.infer<typeof pairingView>;
export type PairingListQuery = z.infer<typeof pairingListQuery>;
export type CreatePairingInput = z.infer<typeof createPairingBody>;
export type UpdatePairingInput = z.infer<typeof updatePairingBody>;
export type Classification = z.infer<typeof classification>;
