/** The home page's figures (GET /api/summary) and an area's money (GET /api/areas/{code}/funds). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './client';
import { unlessEarly } from './hooks';
import type { ApiResponse } from './schema';

export type Summary = ApiResponse<'/api/summary', 'get'>;
export type SummaryRules = NonNullable<Summary['rules']>;
export type SummaryProgress = NonNullable<Summary['progress']>;
export type AreaFunds = ApiResponse<'/api/areas/{code}/funds', 'get'>;
export type AreaFundsRow = AreaFunds['funds'][number];

export const summaryKeys = {
  summary: (programme: string, year: number | undefined) =>
    ['summary', programme, year ?? null] as const,
  areaFunds: (code: string, programme: string) => ['area-funds', code, programme] as const,
};

/** The caller's figures for the programme and year (default: the latest year with money). */
export function summaryQuery(programme: string, year: number | undefined) {
  return queryOptions({
    queryKey: summaryKeys.summary(programme, year),
    queryFn: ({ signal }) =>
      api<Summary>('/api/summary', {
        query: year === undefined ? { programme } : { programme, year },
        signal,
      }),
  });
}

export function useSummary(programme: string, year: number | undefined, enabled = true) {
  return useQuery({
    ...summaryQuery(programme, year),
    placeholderData: (previous) => previous,
    refetchOnMount: (q) => unlessEarly(q),
    enabled,
  });
}

/** An area's projects, funds by donor and year, and the donors of its subtree. */
export function useAreaFunds(code: string | undefined, programme = 'xinjiang') {
  return useQuery({
    queryKey: summaryKeys.areaFunds(code ?? '', programme),
    queryFn: ({ signal }) =>
      api<AreaFunds>(`/api/areas/${encodeURIComponent(code ?? '')}/funds`, {
        query: { programme },
        signal,
      }),
    enabled: !!code,
  });
}
