/** Data-quality findings: types and React Query hooks for /api/quality. */
import { useQuery } from '@tanstack/react-query';
import { ApiError, api } from './client';
import type { BilingualText } from './warnings';

export const SEVERITIES = ['critical', 'error', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface QualityRule {
  id: string;
  severity: Severity;
  description: BilingualText;
}

export interface QualityFinding {
  rule: string;
  severity: Severity;
  /** The field at fault, e.g. `locations`, `stageDates.started.actual`. */
  field: string;
  message: BilingualText;
}

export interface QualityCounts {
  bySeverity: Record<Severity, number>;
  byRule: Record<string, number>;
}

export interface QualityListItem extends QualityFinding {
  project: { code: string; name: string; nameEn: string | null; leadDonor: string };
}

export interface QualityList {
  items: QualityListItem[];
  /** Findings matching every filter. */
  total: number;
  /** Projects checked (visible and matching the project filters). */
  projects: number;
  /** Per severity and rule, before the severity and rule filters. */
  counts: QualityCounts;
}

export interface ProjectQuality {
  project: string;
  findings: QualityFinding[];
  counts: QualityCounts;
}

export interface QualityQuery {
  programme?: string | undefined;
  year?: number | undefined;
  donor?: string | undefined;
  severity?: Severity | undefined;
  rule?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export const qualityKeys = {
  rules: ['quality', 'rules'] as const,
  list: (query: QualityQuery) => ['quality', 'list', query] as const,
  project: (code: string) => ['quality', 'project', code] as const,
};

/** The rule catalogue, most severe first. */
export function useQualityRules() {
  return useQuery({
    queryKey: qualityKeys.rules,
    queryFn: ({ signal }) => api<{ items: QualityRule[] }>('/api/quality/rules', { signal }),
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
export function useProjectQuality(code: string) {
  return useQuery({
    queryKey: qualityKeys.project(code),
    queryFn: ({ signal }) =>
      api<ProjectQuality>(`/api/projects/${encodeURIComponent(code)}/quality`, { signal }),
    retry: (count, err) => !(err instanceof ApiError && err.status < 500) && count < 2,
    enabled: !!code,
  });
}
