/**
 * The public pages' figures (decision 0055): GET /api/public/…, no sign-in, published projects
 * only. The CSV and IATI downloads are plain links (`publicCsvUrl`, `publicIatiUrl`).
 */
import { useQuery } from '@tanstack/react-query';
import { api, apiUrl } from './client';
import type { ApiResponse } from './schema';

export type PublicPage = ApiResponse<'/api/public/overview', 'get'>;
export type PublicDonorPage = ApiResponse<'/api/public/donors/{code}', 'get'>;
export type PublicAreaPage = ApiResponse<'/api/public/areas/{code}', 'get'>;
export type PublicMap = ApiResponse<'/api/public/map', 'get'>;
export type PublicRules = ApiResponse<'/api/public/rules', 'get'>;
export type PublicRuleRow = PublicRules['donors'][number];
export type PublicFigureRow = PublicPage['byYear'][number];
export type PublicMapMeasure = PublicMap['measure'];

export const PUBLIC_PROGRAMME = 'xinjiang';
export const PUBLIC_MAP_MEASURES: readonly PublicMapMeasure[] = [
  'disbursed_fen',
  'committed_fen',
  'spent_fen',
  'projects',
];

export function usePublicOverview() {
  return useQuery({
    queryKey: ['public', 'overview'],
    queryFn: ({ signal }) =>
      api<PublicPage>('/api/public/overview', { query: { programme: PUBLIC_PROGRAMME }, signal }),
  });
}

export function usePublicDonor(code: string) {
  return useQuery({
    queryKey: ['public', 'donor', code],
    queryFn: ({ signal }) =>
      api<PublicDonorPage>(`/api/public/donors/${encodeURIComponent(code)}`, {
        query: { programme: PUBLIC_PROGRAMME },
        signal,
      }),
  });
}

export function usePublicArea(code: string) {
  return useQuery({
    queryKey: ['public', 'area', code],
    queryFn: ({ signal }) =>
      api<PublicAreaPage>(`/api/public/areas/${encodeURIComponent(code)}`, {
        query: { programme: PUBLIC_PROGRAMME },
        signal,
      }),
  });
}

export function usePublicMap(measure: PublicMapMeasure, year: number | null) {
  return useQuery({
    queryKey: ['public', 'map', measure, year],
    queryFn: ({ signal }) =>
      api<PublicMap>('/api/public/map', {
        query: { programme: PUBLIC_PROGRAMME, measure, year },
        signal,
      }),
  });
}

/** The two 80% rules on published projects (decision 0068), for `year` or the latest. */
export function usePublicRules(year: number | null) {
  return useQuery({
    queryKey: ['public', 'rules', year],
    queryFn: ({ signal }) =>
      api<PublicRules>('/api/public/rules', {
        query: { programme: PUBLIC_PROGRAMME, year },
        signal,
      }),
  });
}

/** The CSV of a public page's figures (`path` below /api/public, e.g. `overview`). */
export function publicCsvUrl(
  path: string,
  lang: 'zh' | 'en',
  query: Record<string, string | number | null> = {},
) {
  return apiUrl(`/api/public/${path}/csv`, { programme: PUBLIC_PROGRAMME, lang, ...query });
}

export const publicIatiUrl = (file: 'iati' | 'iati-organisations' = 'iati') =>
  apiUrl(`/api/public/${file}`, { programme: PUBLIC_PROGRAMME });
