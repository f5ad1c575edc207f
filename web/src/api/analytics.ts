/**
 * The analytics endpoint (decision 0024) as the analysis screens use it: the measures the server
 * knows (GET /api/analytics/measures) and measures by dimensions under filters
 * (POST /api/analytics/query). Shapes come from the generated OpenAPI types.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { ApiBody, ApiResponse } from './schema';

export type AnalyticsBody = ApiBody<'/api/analytics/query', 'post'>;
export type AnalyticsRows = ApiResponse<'/api/analytics/query', 'post'>['rows'];
export type AnalyticsRow = AnalyticsRows[number];
export type MeasureInfo = ApiResponse<'/api/analytics/measures', 'get'>['items'][number];

/** The measures the server knows, with their units, labels and dimensions (rarely changes). */
export function useMeasures(enabled = true) {
  return useQuery({
    queryKey: ['analytics', 'measures'],
    queryFn: ({ signal }) =>
      api<ApiResponse<'/api/analytics/measures', 'get'>>('/api/analytics/measures', { signal }),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/**
 * One analytics query. `refetchMs` polls (the big screen); the previous answer stays on screen
 * while a changed query loads, so a pivot does not blink.
 */
export function useAnalyticsRows(
  body: AnalyticsBody | null,
  { refetchMs }: { refetchMs?: number } = {},
) {
  return useQuery({
    queryKey: ['analytics', 'query', body],
    queryFn: ({ signal }) =>
      api<ApiResponse<'/api/analytics/query', 'post'>>('/api/analytics/query', {
        method: 'POST',
        body,
        signal,
      }),
    enabled: body !== null,
    placeholderData: keepPreviousData,
    ...(refetchMs ? { refetchInterval: refetchMs, refetchIntervalInBackground: true } : {}),
  });
}
