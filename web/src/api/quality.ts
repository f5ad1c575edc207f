/** Data-quality findings: the shapes of /api/quality (the server's, see schema.ts) and their hooks. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, api } from './client';
import { earlyStaleTime } from './hooks';
import type { ApiQuery, ApiResponse } from './schema';

export type QualityRule = ApiResponse<'/api/quality/rules', 'get'>['items'][number];
/** One page of programme-wide findings, with how many projects were checked and the counts. */
export type QualityList = ApiResponse<'/api/quality', 'get'>;
export type QualityListItem = QualityList['items'][number];
/** One project's findings and their counts. */
export type ProjectQuality = ApiResponse<'/api/projects/{code}/quality', 'get'>;
export type QualityFinding = ProjectQuality['findings'][number];
export type QualityCounts = ProjectQuality['counts'];
export type QualityQuery = ApiQuery<'/api/quality', 'get'>;

export const qualityKeys = {
  rules: ['quality', 'rules'] as const,
  list: (query: QualityQuery) => ['quality', 'list', query] as const,
  project: (code: string) => ['quality', 'project', code] as const,
};

/** The rule catalogue, most severe first. */
export function useQualityRules() {
  return useQuery({
    queryKey: qualityKeys.rules,
    queryFn: ({ signal }) =>
      api<ApiResponse<'/api/quality/rules', 'get'>>('/api/quality/rules', { signal }),
    staleTime: 60 * 60_000,
  });
}

/** Programme-wide findings: GET /api/quality with filters and paging. */
export function useQualityList(query: QualityQuery) {
  return useQuery({
    queryKey: qualityKeys.list(query),
    queryFn: ({ signal }) => api<QualityList>('/api/quality', { query: { ...query }, signal }),
    placeholderData: (previous) => previous,
  });
}

/** One project's findings (404 when the project is not visible). */
export function projectQualityQuery(code: string) {
  return queryOptions({
    queryKey: qualityKeys.project(code),
    queryFn: ({ signal }) =>
      api<ProjectQuality>(`/api/projects/${encodeURIComponent(code)}/quality`, { signal }),
    retry: (count, err) => !(err instanceof ApiError && err.status < 500) && count < 2,
  });
}

export function useProjectQuality(code: string) {
  return useQuery({ ...projectQualityQuery(code), staleTime: earlyStaleTime, enabled: !!code });
}
