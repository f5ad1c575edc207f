import { z } from 'zod';
import { TRANSACTION_TYPES } from '../../domain/ledger.js';
import { fen, idParam, isoDate, orgCode, projectCode, queryBoolean } from '../core/schemas.js';

export const transactionType = z.enum(TRANSACTION_TYPES).meta({
  description:
    'commitment (承诺/下达), arrival (funds reaching the recipient side, 到位), disbursement ' +
    '(paid out to the implementer, 拨付), expenditure (spent on the works, 支出)',
});

export const transactionView = z.object({
  id: z.number().int(),
  project: z.string().meta({ description: 'The project code' }),
  type: transactionType,
  planned: z.boolean().meta({ description: 'A planned (forecast) transaction; false: actual' }),
  valueFen: z.number().int(),
  date: z.string(),
  year: z.number().int().meta({ description: 'The calendar year of `date`' }),
  provider: z.string().nullable().meta({ description: 'Organisation the money comes from' }),
  receiver: z.string().nullable().meta({ description: 'Organisation the money goes to' }),
  note: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string().meta({ description: 'Who recorded it: `user:NAME` or `system:JOB`' }),
  createdByName: z.string().nullable().meta({
    description: "The recorder's display name; null for the system (a generator, a job)",
  }),
  reverses: z
    .number()
    .int()
    .nullable()
    .meta({ description: 'The entry this reversal cancels (its amount is the opposite)' }),
  reversedBy: z
    .number()
    .int()
    .nullable()
    .meta({ description: 'The reversal that cancels this entry, if any' }),
  can: z.object({
    reverse: z.boolean().meta({ description: 'The caller may reverse this entry now' }),
  }),
});

export const transactionList = z.object({
  items: z.array(transactionView),
  total: z.number().int(),
});

export const projectParams = z.object({ code: projectCode });
export const transactionParams = z.object({ code: projectCode, id: idParam });

export const createTransactionBody = z.object({
  type: transactionType,
  valueFen: fen.positive().meta({
    description:
      'Integer fen (0.01 yuan), more than 0 and at most 10^15; a correction is a reversal',
  }),
  date: isoDate,
  planned: z.boolean().meta({ description: 'true: planned (forecast); false: actual' }),
  provider: orgCode.nullable().optional(),
  receiver: orgCode.nullable().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
});

export const reversalBody = z.object({
  date: isoDate.meta({
    description: "The reversal's date: in the entry's year, not before the entry",
  }),
  reason: z.string().trim().min(1).max(2000).meta({ description: 'Why the entry is reversed' }),
});

export const transactionListQuery = z.object({
  type: transactionType.optional(),
  planned: queryBoolean.optional(),
  year: z.coerce.number().int().min(1949).max(2100).optional(),
});

export type TransactionView = z.infer<typeof transactionView>;
export type CreateTransactionInput = z.infer<typeof createTransactionBody>;
export type ReversalInput = z.infer<typeof reversalBody>;
export type TransactionListQuery = z.infer<typeof transactionListQuery>;
