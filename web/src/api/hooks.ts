import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from './client';
import type {
  AreaDetail,
  AreaSummary,
  Basis,
  ComplianceList,
  DonorComplianceDetail,
  HistoryEntry,
  ListResponse,
  Organisation,
  Pairing,
  Programme,
  Project,
  ProjectSummary,
  ProjectType,
  Session,
  SessionUser,
  Stage,
  Transaction,
} from './types';

export const queryKeys = {
  session: ['session'] as const,
  programmes: ['programmes'] as const,
  pairings: (programme: string, date?: string) => ['pairings', programme, date ?? null] as const,
  areas: (query: Record<string, string>) => ['areas', query] as const,
  area: (code: string, date: string) => ['area', code, date] as const,
  organisations: (kind: string | undefined) => ['organisations', kind ?? null] as const,
  projects: (query: Record<string, string | number | undefined>) => ['projects', query] as const,
  project: (code: string) => ['project', code] as const,
  projectTypes: ['project-types'] as const,
  transactions: (code: string) => ['transactions', code] as const,
  history: (type: string, id: string) => ['history', type, id] as const,
  compliance: (programme: string, year: number, basis: Basis) =>
    ['compliance', programme, year, basis] as const,
  complianceDonor: (donor: string, programme: string, year: number, basis: Basis) =>
    ['compliance', 'donor', donor, programme, year, basis] as const,
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

/** GET /api/projects: filters, server-side sort and pagination. */
export function useProjects(query: Record<string, string | number | undefined>) {
  return useQuery({
    queryKey: queryKeys.projects(query),
    queryFn: ({ signal }) => api<ListResponse<ProjectSummary>>('/api/projects', { query, signal }),
    placeholderData: (previous) => previous,
  });
}

export function useProject(code: string) {
  return useQuery({
    queryKey: queryKeys.project(code),
    queryFn: ({ signal }) => api<Project>(`/api/projects/${encodeURIComponent(code)}`, { signal }),
    retry: (count, err) => !(err instanceof ApiError && err.status < 500) && count < 2,
  });
}

export function useProjectTypes() {
  return useQuery({
    queryKey: queryKeys.projectTypes,
    queryFn: ({ signal }) => api<{ items: ProjectType[] }>('/api/project-types', { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useCreateProject() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api<Project>('/api/projects', { method: 'POST', body }),
    onSuccess: (project) => {
      client.setQueryData(queryKeys.project(project.code), project);
      return client.invalidateQueries({ queryKey: ['projects'] });
    },
  });
}

/** Moves a project to another stage, guarded by its version (If-Match): stale is 409. */
export function useTransition(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { to: Stage; date?: string; reason?: string; version: number }) =>
      api<Project>(`/api/projects/${encodeURIComponent(code)}/transitions`, {
        method: 'POST',
        headers: { 'If-Match': `"${input.version}"` },
        body: {
          to: input.to,
          ...(input.date ? { date: input.date } : {}),
          ...(input.reason ? { reason: input.reason } : {}),
        },
      }),
    onSuccess: (project) => {
      client.setQueryData(queryKeys.project(code), project);
      return Promise.all([
        client.invalidateQueries({ queryKey: ['projects'] }),
        client.invalidateQueries({ queryKey: ['history'] }),
      ]);
    },
  });
}

export function useTransactions(code: string) {
  return useQuery({
    queryKey: queryKeys.transactions(code),
    queryFn: ({ signal }) =>
      api<ListResponse<Transaction>>(`/api/projects/${encodeURIComponent(code)}/transactions`, {
        signal,
      }),
  });
}

export function useCreateTransaction(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: {
      type: string;
      valueFen: number;
      date: string;
      planned: boolean;
      note?: string | null;
    }) =>
      api<Transaction>(`/api/projects/${encodeURIComponent(code)}/transactions`, {
        method: 'POST',
        body,
      }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.transactions(code) }),
        client.invalidateQueries({ queryKey: ['compliance'] }),
        client.invalidateQueries({ queryKey: ['history'] }),
      ]),
  });
}

export function useHistory(entityType: string, entityId: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.history(entityType, entityId),
    queryFn: ({ signal }) =>
      api<{ items: HistoryEntry[] }>('/api/history', {
        query: { entityType, entityId },
        signal,
      }),
    enabled,
  });
}

export function useCompliance(programme: string, year: number, basis: Basis, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.compliance(programme, year, basis),
    queryFn: ({ signal }) =>
      api<ComplianceList>('/api/compliance', { query: { programme, year, basis }, signal }),
    enabled,
  });
}

export function useComplianceDonor(
  donor: string | undefined,
  programme: string,
  year: number,
  basis: Basis,
) {
  return useQuery({
    queryKey: queryKeys.complianceDonor(donor ?? '', programme, year, basis),
    queryFn: ({ signal }) =>
      api<DonorComplianceDetail>(`/api/compliance/${encodeURIComponent(donor ?? '')}`, {
        query: { programme, year, basis },
        signal,
      }),
    enabled: !!donor,
  });
}
