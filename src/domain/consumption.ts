/** Consumption aid (消费帮扶, 疆品南下): the channels and product categories of a sale. */

export const SALE_CHANNELS = [
  'experience-hall',
  'online-platform',
  'canteen-purchase',
  'trade-fair',
  'other',
] as const;
export type SaleChannel = (typeof SALE_CHANNELS)[number];

export const PRODUCT_CATEGORIES = [
  'dried-fruit',
  'fresh-fruit',
  'nuts',
  'grain-oil',
  'meat-dairy',
  'textile-apparel',
  'handicraft',
  'other',
] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

/** A month written `YYYY-MM` (2000-01 to 2099-12). */
export const MONTH_PATTERN = /^20\d\d-(0[1-9]|1[0-2])$/;

/** The month of a date, `YYYY-MM`. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}
