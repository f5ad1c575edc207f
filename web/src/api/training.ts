/** Training programmes and sessions, exchange activities (decision 0027): reads and writes. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from './client';
import { usePatchRecord } from './recordEdits';
import type { ApiBody, ApiResponse } from './schema';

export type TrainingProgramme = ApiResponse<'/api/training/programmes', 'get'>['items'][number];
export type SessionList = ApiResponse<'/api/training/sessions', 'get'>;
export type SessionSummary = SessionList['items'][number];
export type ByDonor = ApiResponse<'/api/training/by-donor', 'get'>;
export type NewSession = ApiBody<'/api/training/sessions', 'post'>;
export type NewTrainingProgramme = ApiBody<'/api/training/programmes', 'post'>;
export type ExchangeList = ApiResponse<'/api/exchanges', 'get'>;
export type Exchange = ExchangeList['items'][number];
export type NewExchange = ApiBody<'/api/exchanges', 'post'>;
export type TrainingProgrammeChange = ApiBody<'/api/training/programmes/{code}', 'patch'>;
export type SessionChange = ApiBody<'/api/training/sessions/{id}', 'patch'>;
export type ExchangeChange = ApiBody<'/api/exchanges/{id}', 'patch'>;

type Query = Record<string, string | number | undefined>;

export function useTrainingProgrammes(enabled = true) {
  return useQuery({
    queryKey: ['training-programmes'],
    queryFn: ({ signal }) =>
      api<ApiResponse<'/api/training/programmes', 'get'>>('/api/training/programmes', { signal }),
    enabled,
  });
}

export function useTrainingProgramme(code: string) {
  return useQuery({
    queryKey: ['training-programmes', code],
    queryFn: ({ signal }) =>
      api<TrainingProgramme>(`/api/training/programmes/${encodeURIComponent(code)}`, { signal }),
    retry: (count, err) => !(err instanceof ApiError && err.status < 500) && count < 2,
  });
}

export function useTrainingSessions(query: Query, enabled = true) {
  return useQuery({
    queryKey: ['training-sessions', query],
    queryFn: ({ signal }) => api<SessionList>('/api/training/sessions', { query, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useTrainingByDonor(query: Query, enabled = true) {
  return useQuery({
    queryKey: ['training-by-donor', query],
    queryFn: ({ signal }) => api<ByDonor>('/api/training/by-donor', { query, signal }),
    enabled,
  });
}

/** After a training write: every list, count and measure that may show it. */
function invalidateTraining(client: ReturnType<typeof useQueryClient>) {
  return Promise.all([
    client.invalidateQueries({ queryKey: ['training-sessions'] }),
    client.invalidateQueries({ queryKey: ['training-programmes'] }),
    client.invalidateQueries({ queryKey: ['training-by-donor'] }),
    client.invalidateQueries({ queryKey: ['exchanges'] }),
    client.invalidateQueries({ queryKey: ['analytics'] }),
  ]);
}

export function useCreateSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewSession) =>
      api<SessionSummary>('/api/training/sessions', { method: 'POST', body }),
    onSuccess: () => invalidateTraining(client),
  });
}

export function useCreateTrainingProgramme() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewTrainingProgramme) =>
      api<TrainingProgramme>('/api/training/programmes', { method: 'POST', body }),
    onSuccess: () => invalidateTraining(client),
  });
}

export function useExchanges(query: Query) {
  return useQuery({
    queryKey: ['exchanges', query],
    queryFn: ({ signal }) => api<ExchangeList>('/api/exchanges', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateExchange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewExchange) => api<Exchange>('/api/exchanges', { method: 'POST', body }),
    onSuccess: () => invalidateTraining(client),
  });
}

const TRAINING_KEYS = [
  'training-sessions',
  'training-programmes',
  'training-by-donor',
  'exchanges',
];

/** PATCH /api/training/sessions/{id} (If-Match: the version read; 409 when stale). */
export function useUpdateSession() {
  return usePatchRecord<SessionSummary, SessionChange>(TRAINING_KEYS);
}

/** PATCH /api/exchanges/{id} (If-Match: the version read; 409 when stale). */
export function useUpdateExchange() {
  return usePatchRecord<Exchange, ExchangeChange>(TRAINING_KEYS);
}

/** PATCH /api/training/programmes/{code}: its names (If-Match: the version read; 409 when stale). */
export function useUpdateTrainingProgramme() {
  return usePatchRecord<TrainingProgramme, TrainingProgrammeChange>(TRAINING_KEYS);
}
