/** Early warnings (预警): types and React Query hooks for /api/warnings. */
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { ListResponse, Role } from './types';

export const WARNING_KINDS = [
  'not-started',
  'no-disbursement',
  'stage-overdue',
  'acceptance-pending',
] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

export const WARNING_STATUSES = ['open', 'acknowledged', 'resolved', 'dismissed'] as const;
export type WarningStatus = (typeof WARNING_STATUSES)[number];

/** A text in both languages, as the server words a warning. */
export interface BilingualText {
  zh: string;
  en: string;
}

export interface Warning {
  id: number;
  project: { code: string; name: string; nameEn: string | null };
  kind: WarningKind;
  /** `kind:project:stage:date`: one occurrence of a condition. */
  dedupeKey: string;
  /** The stage concerned, the date the condition is measured from, and the message. */
  detail: { stage: string; since: string; message: BilingualText };
  detectedAt: string;
  status: WarningStatus;
  owner: { id: number; username: string; displayName: string } | null;
  resolutionNote: string | null;
  resolvedAt: string | null;
  updatedAt: string;
  version: number;
}

/** GET /api/warnings filters; `owner` is a user id. */
export interface WarningQuery {
  status?: WarningStatus | undefined;
  kind?: WarningKind | undefined;
  donor?: string | undefined;
  owner?: number | undefined;
  project?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export interface ComputeResult {
  today: string;
  /** Conditions that hold today. */
  candidates: number;
  created: number;
  autoResolved: number;
  /** Conditions that hold but whose warning was resolved or dismissed (not reopened). */
  stillClosed: number;
}

export interface WarningSettings {
  noDisbursementMonths: number;
}

/** A user as GET /api/users lists them (coordinators and auditors may list users). */
export interface UserSummary {
  id: number;
  username: string;
  displayName: string;
  disabled: boolean;
  roles: { role: Role }[];
}

/** A change to one warning: any of status, owner and note, guarded by its version. */
export interface WarningChange {
  id: number;
  version: number;
  status?: WarningStatus;
  ownerUserId?: number | null;
  resolutionNote?: string | null;
}

export const warningKeys = {
  all: ['warnings'] as const,
  list: (query: WarningQuery) => ['warnings', 'list', query] as const,
  count: (query: WarningQuery) => ['warnings', 'count', query] as const,
  settings: ['warnings', 'settings'] as const,
  users: ['users'] as const,
};

/** The work queue: GET /api/warnings with filters and paging. */
export function useWarnings(query: WarningQuery, enabled = true) {
  return useQuery({
    queryKey: warningKeys.list(query),
    queryFn: ({ signal }) =>
      api<ListResponse<Warning>>('/api/warnings', { query: { ...query }, signal }),
    placeholderData: (previous) => previous,
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
          api<ListResponse<Warning>>('/api/warnings', { query: { ...q }, signal }),
        placeholderData: (previous: ListResponse<Warning> | undefined) => previous,
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
    mutationFn: (body: WarningSettings) =>
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
