/** Early warnings (预警): the shapes of /api/warnings (the server's, see schema.ts) and their hooks. */
import {
  queryOptions,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from './client';
import { earlyStaleTime } from './hooks';
import type { ApiBody, ApiQuery, ApiResponse } from './schema';
import { WARNING_STATUSES, type WarningStatus } from './vocabulary';

export type WarningList = ApiResponse<'/api/warnings', 'get'>;
/** A warning, with what the caller may do with it (`can.work`, `can.assign`). */
export type Warning = WarningList['items'][number];
/** A text in both languages, as the server words a warning or a finding. */
export type BilingualText = Warning['detail']['message'];
/** GET /api/warnings filters and paging; `owner` is a user id. */
export type WarningQuery = ApiQuery<'/api/warnings', 'get'>;
export type ComputeResult = ApiResponse<'/api/warnings/compute', 'post'>;
export type WarningSettings = ApiResponse<'/api/warnings/settings', 'get'>;
/** A user as GET /api/users lists them (for those who may list users). */
export type UserSummary = ApiResponse<'/api/users', 'get'>['items'][number];
/** A change to one warning: any of status, owner and note, guarded by its version. */
export type WarningChange = ApiBody<'/api/warnings/{id}', 'patch'> & {
  id: number;
  version: number;
};

export const warningKeys = {
  all: ['warnings'] as const,
  list: (query: WarningQuery) => ['warnings', 'list', query] as const,
  count: (query: WarningQuery) => ['warnings', 'count', query] as const,
  settings: ['warnings', 'settings'] as const,
  users: ['users'] as const,
};

/** The work queue: GET /api/warnings with filters and paging. */
export function warningsQuery(query: WarningQuery) {
  return queryOptions({
    queryKey: warningKeys.list(query),
    queryFn: ({ signal }) => api<WarningList>('/api/warnings', { query: { ...query }, signal }),
  });
}

export function useWarnings(query: WarningQuery, enabled = true) {
  return useQuery({
    ...warningsQuery(query),
    placeholderData: (previous) => previous,
    staleTime: earlyStaleTime,
    enabled,
  });
}

/** How many warnings each status has under the other filters (one small request per status). */
export function useWarningStatusCounts(query: Omit<WarningQuery, 'status'>, enabled = true) {
  const results = useQueries({
    queries: WARNING_STATUSES.map((status) => {
      const q: WarningQuery = { ...query, status, limit: 1, offset: 0 };
      return {
        queryKey: warningKeys.count(q),
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          api<WarningList>('/api/warnings', { query: { ...q }, signal }),
        placeholderData: (previous: WarningList | undefined) => previous,
        enabled,
      };
    }),
  });
  const counts: Partial<Record<WarningStatus, number>> = {};
  WARNING_STATUSES.forEach((status, i) => {
    const total = results[i]?.data?.total;
    if (total !== undefined) counts[status] = total;
  });
  return counts;
}

/** PATCH /api/warnings/:id with If-Match: a stale version is 409. */
export function useUpdateWarning() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, ...body }: WarningChange) =>
      api<Warning>(`/api/warnings/${id}`, {
        method: 'PATCH',
        headers: { 'If-Match': `"${version}"` },
        body,
      }),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: warningKeys.all }),
        client.invalidateQueries({ queryKey: ['history'] }),
      ]),
  });
}

export type BulkWarningChange = ApiBody<'/api/warnings/bulk', 'post'>;

/** POST /api/warnings/bulk: all or nothing; a refusal names the item (`errors[0]`). */
export function useBulkWarnings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: BulkWarningChange) =>
      api<{ items: Warning[] }>('/api/warnings/bulk', { method: 'POST', body }),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: warningKeys.all }),
        client.invalidateQueries({ queryKey: ['history'] }),
      ]),
  });
}

/** POST /api/warnings/compute (the programme office): detect now; `today` defaults to the server's. */
export function useComputeWarnings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (today?: string) =>
      api<ComputeResult>('/api/warnings/compute', {
        method: 'POST',
        body: today ? { today } : {},
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: warningKeys.all }),
  });
}

export function useWarningSettings(enabled = true) {
  return useQuery({
    queryKey: warningKeys.settings,
    queryFn: ({ signal }) => api<WarningSettings>('/api/warnings/settings', { signal }),
    enabled,
  });
}

export function useSaveWarningSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'/api/warnings/settings', 'put'>) =>
      api<WarningSettings>('/api/warnings/settings', { method: 'PUT', body }),
    onSuccess: (settings) => client.setQueryData(warningKeys.settings, settings),
  });
}

/** GET /api/users: only for those who may list users (coordinators and auditors). */
export function useUsers(enabled = true) {
  return useQuery({
    queryKey: warningKeys.users,
    queryFn: ({ signal }) => api<{ items: UserSummary[] }>('/api/users', { signal }),
    staleTime: 60_000,
    enabled,
  });
}
