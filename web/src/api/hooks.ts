import {
  hashKey,
  type Query,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { ApiError, api } from './client';
import type { ApiQuery, ApiResponse } from './schema';
import type {
  AreaDetail,
  Capability,
  ComplianceList,
  DonorComplianceDetail,
  NewProject,
  NewTransaction,
  Project,
  ProjectHistory,
  ProjectList,
  Reversal,
  Session,
  Transaction,
  TransactionList,
  Transition,
} from './types';
import type { Basis, ComplianceSort, OrganisationKind } from './vocabulary';

/** The drill-down's page and order of projects (GET /api/compliance/{donor}). */
export type ComplianceDonorQuery = Pick<
  ApiQuery<'/api/compliance/{donor}', 'get'>,
  'programme' | 'year' | 'basis'
> & { sort: ComplianceSort; limit: number; offset: number };

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
  compliance: (programme: string, year: number | undefined, basis: Basis) =>
    ['compliance', programme, year ?? null, basis] as const,
  complianceDonor: (donor: string, query: ComplianceDonorQuery) =>
    ['compliance', 'donor', donor, query] as const,
};

/** The session's query, also prefetched at start-up (main.tsx): null when signed out. */
export const sessionQuery = {
  queryKey: queryKeys.session,
  queryFn: async ({ signal }: { signal: AbortSignal }): Promise<Session | null> => {
    try {
      return await api<Session>('/api/session', { signal });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return null;
      throw err;
    }
  },
  staleTime: 60_000,
};

/**
 * The session: the signed-in user and what they may do (`can`), or null when anonymous (the API
 * answers 401). Screens ask what the caller may do through {@link useCan}, never from roles.
 */
export function useSession() {
  return useQuery(sessionQuery);
}

/**
 * Whether the caller may ever perform an action, as the session's `can` answers it (false while
 * the session loads and when anonymous). A record's own `can` answers for that record.
 */
export function useCan(): (action: Capability) => boolean {
  const session = useSession();
  return (action) => session.data?.can[action] === true;
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) =>
      api<ApiResponse<'/api/session', 'post'>>('/api/session', { method: 'POST', body }),
    onSuccess: (session) => client.setQueryData<Session | null>(queryKeys.session, session),
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

/*
 * The queries a screen makes on its first render, as options shared by its hooks and by the
 * route's `data` (routes.tsx), which main.tsx starts together with the screen's chunk so that
 * the answers are on their way before the screen's code has run (decision 0075).
 */

/** Queries started at start-up whose first screen has not yet shown them. */
const early = new Set<string>();

/** Marks a query as asked for at start-up, before its screen's code has arrived (see above). */
export function markEarly(queryKey: readonly unknown[]): void {
  early.add(hashKey(queryKey));
}

/**
 * `refetchOnMount` for a query without a stale time: the screen's first mount uses the answer
 * asked for at start-up instead of asking again a few hundred milliseconds later. (TanStack
 * calls this more than once per mount, during render and on subscribing, so it does not consume
 * the mark: the start-up answer counts as fresh while it is the only one and under 5 s old.)
 */
export function unlessEarly(query: Pick<Query, 'queryHash' | 'state'>): boolean {
  if (!early.has(query.queryHash)) return true;
  const { dataUpdateCount, dataUpdatedAt } = query.state;
  if (dataUpdateCount <= 1 && Date.now() - dataUpdatedAt < 5_000) return false;
  early.delete(query.queryHash);
  return true;
}

/**
 * `staleTime` for a query without one that its screen may first render disabled (waiting for
 * the session) or that several observers mount: the start-up answer counts as fresh under the
 * same terms as `unlessEarly`, whether the query is mounted or enabled later (TanStack asks
 * `refetchOnMount` only on mounting; enabling a query checks its staleness).
 */
export function earlyStaleTime(query: Pick<Query, 'queryHash' | 'state'>): number {
  return unlessEarly(query) ? 0 : 5_000;
}

export const programmesQuery = queryOptions({
  queryKey: queryKeys.programmes,
  queryFn: ({ signal }) =>
    api<ApiResponse<'/api/programmes', 'get'>>('/api/programmes', { signal }),
  staleTime: 5 * 60_000,
});

/** How many children of an area one request lists (the area picker's tree). */
export const AREA_CHILDREN_LIMIT = '1000';

export function areasQuery(query: Record<string, string>) {
  return queryOptions({
    queryKey: queryKeys.areas(query),
    queryFn: ({ signal }) => api<ApiResponse<'/api/areas', 'get'>>('/api/areas', { query, signal }),
    staleTime: 5 * 60_000,
  });
}

export function organisationsQuery(kind: OrganisationKind | undefined) {
  return queryOptions({
    queryKey: queryKeys.organisations(kind),
    queryFn: ({ signal }) =>
      api<ApiResponse<'/api/organisations', 'get'>>('/api/organisations', {
        query: { kind },
        signal,
      }),
    staleTime: 60_000,
  });
}

export function projectsQuery(query: Record<string, string | number | undefined>) {
  return queryOptions({
    queryKey: queryKeys.projects(query),
    queryFn: ({ signal }) => api<ProjectList>('/api/projects', { query, signal }),
  });
}

export const projectTypesQuery = queryOptions({
  queryKey: queryKeys.projectTypes,
  queryFn: ({ signal }) =>
    api<ApiResponse<'/api/project-types', 'get'>>('/api/project-types', { signal }),
  staleTime: 5 * 60_000,
});

export function useProgrammes() {
  return useQuery(programmesQuery);
}

export function pairingsQuery(programme: string, date?: string) {
  return queryOptions({
    queryKey: queryKeys.pairings(programme, date),
    queryFn: ({ signal }) =>
      api<ApiResponse<'/api/pairings', 'get'>>('/api/pairings', {
        query: { programme, date },
        signal,
      }),
    staleTime: 60_000,
  });
}

export function usePairings(programme: string, date?: string) {
  return useQuery(pairingsQuery(programme, date));
}

/** GET /api/areas with parent / q / level / within filters. */
export function useAreas(query: Record<string, string>, enabled = true) {
  return useQuery({ ...areasQuery(query), enabled });
}

export function useArea(code: string, date: string) {
  return useQuery({
    queryKey: queryKeys.area(code, date),
    queryFn: ({ signal }) =>
      api<AreaDetail>(`/api/areas/${encodeURIComponent(code)}`, { query: { date }, signal }),
    retry: (count, err) => !(err instanceof ApiError && err.status === 404) && count < 2,
  });
}

export function useOrganisations(kind: OrganisationKind | undefined) {
  return useQuery(organisationsQuery(kind));
}

/** GET /api/projects: filters, server-side sort and pagination. */
export function useProjects(query: Record<string, string | number | undefined>) {
  return useQuery({
    ...projectsQuery(query),
    placeholderData: (previous) => previous,
    refetchOnMount: (q) => unlessEarly(q),
  });
}

/** One project (GET /api/projects/{code}); 404 when it is not visible to the caller. */
export function projectQuery(code: string) {
  return queryOptions({
    queryKey: queryKeys.project(code),
    queryFn: ({ signal }) => api<Project>(`/api/projects/${encodeURIComponent(code)}`, { signal }),
    retry: (count, err) => !(err instanceof ApiError && err.status < 500) && count < 2,
  });
}

export function useProject(code: string) {
  return useQuery({ ...projectQuery(code), staleTime: earlyStaleTime });
}

export function useProjectTypes() {
  return useQuery(projectTypesQuery);
}

export function useCreateProject() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewProject) => api<Project>('/api/projects', { method: 'POST', body }),
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
    mutationFn: ({ version, ...body }: Transition & { version: number }) =>
      api<Project>(`/api/projects/${encodeURIComponent(code)}/transitions`, {
        method: 'POST',
        headers: { 'If-Match': `"${version}"` },
        body,
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
      api<TransactionList>(`/api/projects/${encodeURIComponent(code)}/transactions`, { signal }),
  });
}

export function useCreateTransaction(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewTransaction) =>
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

/** Reverses a ledger entry (the opposite entry; the ledger is append-only). */
export function useReverseTransaction(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: Reversal & { id: number }) =>
      api<Transaction>(`/api/projects/${encodeURIComponent(code)}/transactions/${id}/reversal`, {
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

/** A project's own change history, newest first, a page at a time (older pages by `beforeId`). */
export function useProjectHistory(code: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: queryKeys.history('project', code),
    queryFn: ({ signal, pageParam }) =>
      api<ProjectHistory>(`/api/projects/${encodeURIComponent(code)}/history`, {
        query: { beforeId: pageParam, limit: 50 },
        signal,
      }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => (last.more ? last.items.at(-1)?.id : undefined),
    enabled,
  });
}

/** The report for a year, or (year undefined) for the latest year with money on the basis. */
/** The two rules per donor (GET /api/compliance); without a year, the latest with money. */
export function complianceQuery(programme: string, year: number | undefined, basis: Basis) {
  return queryOptions({
    queryKey: queryKeys.compliance(programme, year, basis),
    queryFn: ({ signal }) =>
      api<ComplianceList>('/api/compliance', {
        query: year === undefined ? { programme, basis } : { programme, year, basis },
        signal,
      }),
  });
}

export function useCompliance(
  programme: string,
  year: number | undefined,
  basis: Basis,
  enabled: boolean,
) {
  return useQuery({
    ...complianceQuery(programme, year, basis),
    staleTime: earlyStaleTime,
    enabled,
  });
}

/**
 * One donor's rules and one page of its projects; while the next page loads the previous one
 * stays shown (for the same donor only).
 */
export function useComplianceDonor(donor: string | undefined, query: ComplianceDonorQuery) {
  return useQuery({
    queryKey: queryKeys.complianceDonor(donor ?? '', query),
    queryFn: ({ signal }) =>
      api<DonorComplianceDetail>(`/api/compliance/${encodeURIComponent(donor ?? '')}`, {
        query,
        signal,
      }),
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === donor ? previous : undefined,
    enabled: !!donor,
  });
}
