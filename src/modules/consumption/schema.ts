import { z } from 'zod';
import { MONTH_PATTERN, PRODUCT_CATEGORIES, SALE_CHANNELS } from '../../domain/consumption.js';
import {
  areaCode,
  areaNamed,
  fen,
  idParam,
  orgCode,
  paging,
  programmeCode,
} from '../core/schemas.js';

const month = z
  .string()
  .regex(MONTH_PATTERN, 'validation.format')
  .meta({ description: 'A month, YYYY-MM', example: '2026-10' });

export const saleInput = z.object({
  programme: programmeCode.default('xinjiang'),
  donor: orgCode.meta({ description: 'The donor whose channel sold the products' }),
  area: areaCode.meta({ description: 'The recipient area the products come from' }),
  month,
  channel: z.enum(SALE_CHANNELS),
  productCategory: z.enum(PRODUCT_CATEGORIES),
  product: z.string().trim().max(200).nullable().optional(),
  amountFen: fen.meta({ description: 'Sales in integer fen; never negative' }),
  quantity: z
    .number()
    .int('validation.integer')
    .min(0, 'validation.notNegative')
    .max(Number.MAX_SAFE_INTEGER)
    .meta({ description: 'Quantity in `unit`, a whole number; never negative' }),
  unit: z.string().trim().min(1).max(20).meta({ example: '吨' }),
  note: z.string().trim().max(2000).nullable().optional(),
  published: z.boolean().default(false),
});

export const bulkSalesBody = z.object({
  rows: z.array(saleInput).min(1).max(5000),
});

// `published` without its create default: a change that does not name it keeps the sale's
// publication (with the default, every PATCH without it withdrew the sale).
export const updateSaleBody = saleInput
  .omit({ programme: true, published: true })
  .partial()
  .extend({ published: z.boolean().optional() });

export const saleIdParams = z.object({ id: idParam });

export const saleListQuery = z.object({
  donor: orgCode.optional(),
  area: areaCode.optional(),
  from: month.optional(),
  to: month.optional(),
  channel: z.enum(SALE_CHANNELS).optional(),
  productCategory: z.enum(PRODUCT_CATEGORIES).optional(),
  ...paging(500, 50),
});

export const saleSummaryQuery = saleListQuery
  .omit({ limit: true, offset: true })
  .extend({ by: z.enum(['channel', 'productCategory', 'month']).default('channel') });

const named = z.object({ code: z.string(), name: z.string(), nameEn: z.string() });

export const saleView = z.object({
  id: z.number().int(),
  programme: z.string(),
  donor: named,
  area: areaNamed,
  month: z.string(),
  channel: z.enum(SALE_CHANNELS),
  productCategory: z.enum(PRODUCT_CATEGORIES),
  product: z.string().nullable(),
  amountFen: z.number().int(),
  quantity: z.number().int(),
  unit: z.string(),
  note: z.string().nullable(),
  publishedAt: z.string().nullable(),
  version: z.number().int(),
  can: z.object({
    update: z.boolean(),
    readHistory: z.boolean().meta({ description: 'GET /api/consumption-sales/{id}/history' }),
  }),
});

export const saleList = z.object({
  items: z.array(saleView),
  total: z.number().int(),
  amountFen: z.number().int().meta({ description: 'The filtered sales summed' }),
});

export const bulkResult = z.object({ created: z.number().int(), ids: z.array(z.number().int()) });

export const saleSummary = z.object({
  by: z.enum(['channel', 'productCategory', 'month']),
  rows: z.array(z.object({ key: z.string(), amountFen: z.number().int(), rows: z.number().int() })),
  amountFen: z.number().int(),
});

export type SaleInput = z.infer<typeof saleInput>;
export type UpdateSaleInput = z.infer<typeof updateSaleBody>;
export type SaleListQuery = z.infer<typeof saleListQuery>;
export type SaleSummaryQuery = z.infer<typeof saleSummaryQuery>;
export type SaleView = z.infer<typeof saleView>;
