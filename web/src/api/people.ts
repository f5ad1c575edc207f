/**
 * Aid personnel (干部人才), teams (组团式), mentoring (传帮带) and institution pairings (结对):
 * the queries and writes the people screens use (decisions 0025, 0026).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from './client';
import type { ApiBody, ApiQuery, ApiResponse } from './schema';

export type Roster = ApiResponse<'/api/people/roster', 'get'>;
export type RosterItem = Roster['items'][number];
export type RosterQuery = ApiQuery<'/api/people/roster', 'get'>;
export type PersonList = ApiResponse<'/api/people/persons', 'get'>;
export type PersonListItem = PersonList['items'][number];
export type PersonListQuery = ApiQuery<'/api/people/persons', 'get'>;
export type Person = ApiResponse<'/api/people/persons/{id}', 'get'>;
export type Posting = Person['postings'][number];
export type NewPerson = ApiBody<'/api/people/persons', 'post'>;
export type NewPosting = ApiBody<'/api/people/persons/{id}/postings', 'post'>;
export type PersonnelKind = ApiResponse<'/api/people/kinds', 'get'>[number];
export type Batch = ApiResponse<'/api/people/batches', 'get'>[number];
export type TeamList = ApiResponse<'/api/teams', 'get'>;
export type Team = TeamList['items'][number];
export type TeamQuery = ApiQuery<'/api/teams', 'get'>;
export type MentoringList = ApiResponse<'/api/mentorings', 'get'>;
export type Mentoring = MentoringList['items'][number];
export type MentoringQuery = ApiQuery<'/api/mentorings', 'get'>;
export type InstitutionPairingList = ApiResponse<'/api/institution-pairings', 'get'>;
export type InstitutionPairing = InstitutionPairingList['items'][number];
export type InstitutionPairingQuery = ApiQuery<'/api/institution-pairings', 'get'>;

export const peopleKeys = {
  all: ['people'] as const,
  roster: (q: object) => ['people', 'roster', q] as const,
  termsEnding: (q: object) => ['people', 'terms-ending', q] as const,
  persons: (q: object) => ['people', 'persons', q] as const,
  person: (id: number) => ['people', 'person', id] as const,
  kinds: ['people', 'kinds'] as const,
  batches: (q: object) => ['people', 'batches', q] as const,
  teams: (q: object) => ['teams', q] as const,
  mentorings: (q: object) => ['mentorings', q] as const,
  institutionPairings: (q: object) => ['institution-pairings', q] as const,
};

type Query = Record<string, string | number | undefined | null>;

const noRetryOn404 = (count: number, err: unknown) =>
  !(err instanceof ApiError && (err.status === 404 || err.status === 422)) && count < 2;

export function useRoster(q: RosterQuery, enabled = true) {
  return useQuery({
    queryKey: peopleKeys.roster(q),
    queryFn: ({ signal }) => api<Roster>('/api/people/roster', { query: q as Query, signal }),
    placeholderData: (prev) => prev,
    retry: noRetryOn404,
    enabled,
  });
}

export function useTermsEnding(q: ApiQuery<'/api/people/terms-ending', 'get'>, enabled = true) {
  return useQuery({
    queryKey: peopleKeys.termsEnding(q),
    queryFn: ({ signal }) => api<Roster>('/api/people/terms-ending', { query: q as Query, signal }),
    enabled,
  });
}

export function usePersons(q: PersonListQuery, enabled = true) {
  return useQuery({
    queryKey: peopleKeys.persons(q),
    queryFn: ({ signal }) => api<PersonList>('/api/people/persons', { query: q as Query, signal }),
    placeholderData: (prev) => prev,
    retry: noRetryOn404,
    enabled,
  });
}

export function usePerson(id: number) {
  return useQuery({
    queryKey: peopleKeys.person(id),
    queryFn: ({ signal }) => api<Person>(`/api/people/persons/${id}`, { signal }),
    retry: noRetryOn404,
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function usePersonnelKinds() {
  return useQuery({
    queryKey: peopleKeys.kinds,
    queryFn: ({ signal }) =>
      api<ApiResponse<'/api/people/kinds', 'get'>>('/api/people/kinds', { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useBatches(donor: string | undefined) {
  return useQuery({
    queryKey: peopleKeys.batches({ donor }),
    queryFn: ({ signal }) =>
      api<ApiResponse<'/api/people/batches', 'get'>>('/api/people/batches', {
        query: { donor },
        signal,
      }),
    enabled: !!donor,
  });
}

export function useTeams(q: TeamQuery, enabled = true) {
  return useQuery({
    queryKey: peopleKeys.teams(q),
    queryFn: ({ signal }) => api<TeamList>('/api/teams', { query: q as Query, signal }),
    placeholderData: (prev) => prev,
    retry: noRetryOn404,
    enabled,
  });
}

export function useMentorings(q: MentoringQuery, enabled = true) {
  return useQuery({
    queryKey: peopleKeys.mentorings(q),
    queryFn: ({ signal }) => api<MentoringList>('/api/mentorings', { query: q as Query, signal }),
    placeholderData: (prev) => prev,
    retry: noRetryOn404,
    enabled,
  });
}

export function useInstitutionPairings(q: InstitutionPairingQuery) {
  return useQuery({
    queryKey: peopleKeys.institutionPairings(q),
    queryFn: ({ signal }) =>
      api<InstitutionPairingList>('/api/institution-pairings', { query: q as Query, signal }),
    placeholderData: (prev) => prev,
    retry: noRetryOn404,
  });
}

export function useCreatePerson() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewPerson) => api<Person>('/api/people/persons', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}

export function useAddPosting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; version: number; body: NewPosting }) =>
      api<Person>(`/api/people/persons/${v.id}/postings`, {
        method: 'POST',
        body: v.body,
        headers: { 'If-Match': `"${v.version}"` },
      }),
    onSuccess: (person) => {
      client.setQueryData(peopleKeys.person(person.id), person);
      return client.invalidateQueries({ queryKey: peopleKeys.all });
    },
  });
}

export function usePublishPerson() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; version: number }) =>
      api<Person>(`/api/people/persons/${v.id}/publish`, {
        method: 'POST',
        headers: { 'If-Match': `"${v.version}"` },
      }),
    onSuccess: (person) => {
      client.setQueryData(peopleKeys.person(person.id), person);
      return client.invalidateQueries({ queryKey: peopleKeys.all });
    },
  });
}

export type PersonChanges = ApiBody<'/api/people/persons/{id}', 'patch'>;
export type EndPostingBody = ApiBody<'/api/people/postings/{id}/end', 'post'>;

/** True when a call failed because the record changed since it was read (409 on `version`). */
export function isVersionConflict(err: unknown): boolean {
  if (!(err instanceof ApiError) || err.status !== 409) return false;
  if (err.code?.startsWith('version.')) return true;
  return (err.problem.errors ?? []).some(
    (e) => e.field === 'version' || e.code?.startsWith('version.') === true,
  );
}

export function useUpdatePerson() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; version: number; body: PersonChanges }) =>
      api<Person>(`/api/people/persons/${v.id}`, {
        method: 'PATCH',
        body: v.body,
        headers: { 'If-Match': `"${v.version}"` },
      }),
    onSuccess: (person) => {
      client.setQueryData(peopleKeys.person(person.id), person);
      return client.invalidateQueries({ queryKey: peopleKeys.all });
    },
  });
}

export function useEndPosting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { postingId: number; version: number; body: EndPostingBody }) =>
      api<Person>(`/api/people/postings/${v.postingId}/end`, {
        method: 'POST',
        body: v.body,
        headers: { 'If-Match': `"${v.version}"` },
      }),
    onSuccess: (person) => {
      client.setQueryData(peopleKeys.person(person.id), person);
      return client.invalidateQueries({ queryKey: peopleKeys.all });
    },
  });
}

export type NewBatch = ApiBody<'/api/people/batches', 'post'>;

export function useCreateBatch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewBatch) => api<Batch>('/api/people/batches', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['people', 'batches'] }),
  });
}
