/**
 * The indicator model's reporting (decision 0048) as the data-entry form and the completeness
 * scorecard use it: indicator sets, a reporting form (GET/PUT /api/indicators/form) and who has
 * reported (GET /api/indicators/completeness). Shapes come from the generated OpenAPI types.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { ApiBody, ApiQuery, ApiResponse } from './schema';

export type IndicatorSets = ApiResponse<'/api/indicators/sets', 'get'>;
export type IndicatorSet = IndicatorSets['items'][number];
export type ReportingForm = ApiResponse<'/api/indicators/form', 'get'>;
export type FormField = ReportingForm['fields'][number];
export type FormQuery = ApiQuery<'/api/indicators/form', 'get'>;
export type FormBody = ApiBody<'/api/indicators/form', 'put'>;
export type Completeness = ApiResponse<'/api/indicators/completeness', 'get'>;
export type ReportStatus = Completeness['reporters'][number]['status'];

export function useIndicatorSets() {
  return useQuery({
    queryKey: ['indicators', 'sets'],
    queryFn: ({ signal }) => api<IndicatorSets>('/api/indicators/sets', { signal }),
    staleTime: 60_000,
  });
}

/** The reporting form of a set for an area, period and optional donor (null: nothing asked). */
export function useReportingForm(query: FormQuery | null) {
  return useQuery({
    queryKey: ['indicators', 'form', query],
    queryFn: ({ signal }) =>
      api<ReportingForm>('/api/indicators/form', {
        query: query as Record<string, string>,
        signal,
      }),
    enabled: query !== null,
  });
}

/** Saves a form (all values or none); the analytics answers and completeness are asked again. */
export function useSaveForm() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: FormBody) =>
      api<ReportingForm>('/api/indicators/form', { method: 'PUT', body }),
    onSuccess: (saved, body) => {
      client.setQueryData(
        [
          'indicators',
          'form',
          {
            set: body.set,
            area: body.area,
            period: body.period,
            ...(body.donor ? { donor: body.donor } : {}),
          },
        ],
        saved,
      );
      void client.invalidateQueries({ queryKey: ['indicators'] });
      void client.invalidateQueries({ queryKey: ['analytics'] });
    },
  });
}

export function useCompleteness(set: string | undefined, period: string | undefined) {
  return useQuery({
    queryKey: ['indicators', 'completeness', set, period],
    queryFn: ({ signal }) =>
      api<Completeness>('/api/indicators/completeness', {
        query: { set, period },
        signal,
      }),
    enabled: !!set && !!period,
  });
}
