/** Consumption-aid sales (消费帮扶, decision 0028) and the analytics endpoint (decision 0024). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { usePatchRecord } from './recordEdits';
import type { ApiBody, ApiResponse } from './schema';

export type SaleList = ApiResponse<'/api/consumption-sales', 'get'>;
export type Sale = SaleList['items'][number];
export type NewSale = ApiBody<'/api/consumption-sales', 'post'>;
export type SaleChange = ApiBody<'/api/consumption-sales/{id}', 'patch'>;
export type SaleSummary = ApiResponse<'/api/consumption-sales/summary', 'get'>;
export type SaleChannel = Sale['channel'];
export type ProductCategory = Sale['productCategory'];
export type AnalyticsQuery = ApiBody<'/api/analytics/query', 'post'>;
export type AnalyticsAnswer = ApiResponse<'/api/analytics/query', 'post'>;

export const SALE_CHANNELS: readonly SaleChannel[] = [
  'experience-hall',
  'online-platform',
  'canteen-purchase',
  'trade-fair',
  'other',
];
export const PRODUCT_CATEGORIES: readonly ProductCategory[] = [
  'dried-fruit',
  'fresh-fruit',
  'nuts',
  'grain-oil',
  'meat-dairy',
  'textile-apparel',
  'handicraft',
  'other',
];

type Query = Record<string, string | number | undefined>;

export function useSales(query: Query) {
  return useQuery({
    queryKey: ['consumption-sales', query],
    queryFn: ({ signal }) => api<SaleList>('/api/consumption-sales', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

function invalidateSales(client: ReturnType<typeof useQueryClient>) {
  return Promise.all([
    client.invalidateQueries({ queryKey: ['consumption-sales'] }),
    client.invalidateQueries({ queryKey: ['analytics'] }),
  ]);
}

export function useCreateSale() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewSale) => api<Sale>('/api/consumption-sales', { method: 'POST', body }),
    onSuccess: () => invalidateSales(client),
  });
}

/** PATCH /api/consumption-sales/{id} (If-Match: the version read; 409 when stale). */
export function useUpdateSale() {
  return usePatchRecord<Sale, SaleChange>(['consumption-sales']);
}

/** The filtered sales summed by channel, product category or month. */
export function useSalesSummary(query: Query & { by: SaleSummary['by'] }) {
  return useQuery({
    queryKey: ['consumption-sales', 'summary', query],
    queryFn: ({ signal }) => api<SaleSummary>('/api/consumption-sales/summary', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Many sales at once: all saved, or none (the refused rows named). */
export function useBulkSales() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (rows: NewSale[]) =>
      api<ApiResponse<'/api/consumption-sales/bulk', 'post'>>('/api/consumption-sales/bulk', {
        method: 'POST',
        body: { rows },
      }),
    onSuccess: () => invalidateSales(client),
  });
}

/** POST /api/analytics/query: measures by dimensions under filters, as the caller may see them. */
export function useAnalytics(body: AnalyticsQuery, enabled = true) {
  return useQuery({
    queryKey: ['analytics', body],
    queryFn: ({ signal }) =>
      api<AnalyticsAnswer>('/api/analytics/query', { method: 'POST', body, signal }),
    enabled,
  });
}
