import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from './client';
import type {
  AreaDetail,
  AreaSummary,
  ListResponse,
  Organisation,
  Pairing,
  Programme,
  Session,
  SessionUser,
} from './types';

export const queryKeys = {
  session: ['session'] as const,
  programmes: ['programmes'] as const,
  pairings: (programme: string, date?: string) => ['pairings', programme, date ?? null] as const,
  areas: (query: Record<string, string>) => ['areas', query] as const,
  area: (code: string, date: string) => ['area', code, date] as const,
  organisations: (kind: string | undefined) => ['organisations', kind ?? null] as const,
};

/** The signed-in user, or null when anonymous (the API answers 401). */
export function useSession() {
  return useQuery({
    queryKey: queryKeys.session,
    queryFn: async ({ signal }): Promise<SessionUser | null> => {
      try {
        return (await api<Session>('/api/session', { signal })).user;
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
    staleTime: 60_000,
  });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) =>
      api<Session>('/api/session', { method: 'POST', body }),
    onSuccess: (session) => client.setQueryData(queryKeys.session, session.user),
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/api/session', { method: 'DELETE' }),
    onSettled: () => {
      client.setQueryData(queryKeys.session, null);
      return client.invalidateQueries();
    },
  });
}

export function useProgrammes() {
  return useQuery({
    queryKey: queryKeys.programmes,
    queryFn: ({ signal }) => api<{ items: Programme[] }>('/api/programmes', { signal }),
    staleTime: 5 * 60_000,
  });
}

export function usePairings(programme: string, date?: string) {
  return useQuery({
    queryKey: queryKeys.pairings(programme, date),
    queryFn: ({ signal }) =>
      api<ListResponse<Pairing>>('/api/pairings', { query: { programme, date }, signal }),
    staleTime: 60_000,
  });
}

/** GET /api/areas with parent / q / level / within filters. */
export function useAreas(query: Record<string, string>, enabled = true) {
  return useQuery({
    queryKey: queryKeys.areas(query),
    queryFn: ({ signal }) => api<ListResponse<AreaSummary>>('/api/areas', { query, signal }),
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function useArea(code: string, date: string) {
  return useQuery({
    queryKey: queryKeys.area(code, date),
    queryFn: ({ signal }) =>
      api<AreaDetail>(`/api/areas/${encodeURIComponent(code)}`, { query: { date }, signal }),
    retry: (count, err) => !(err instanceof ApiError && err.status === 404) && count < 2,
  });
}

export function useOrganisations(kind: string | undefined) {
  return useQuery({
    queryKey: queryKeys.organisations(kind),
    queryFn: ({ signal }) =>
      api<ListResponse<Organisation>>('/api/organisations', { query: { kind }, signal }),
    staleTime: 60_000,
  });
}
