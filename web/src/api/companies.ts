/** Companies brought in, their chief service officers and their cases (decision 0028). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from './client';
import { ifMatch, usePatchRecord } from './recordEdits';
import type { ApiBody, ApiResponse } from './schema';

export type CompanyList = ApiResponse<'/api/companies', 'get'>;
export type CompanySummary = CompanyList['items'][number];
export type Company = ApiResponse<'/api/companies/{id}', 'get'>;
export type Officer = Company['officers'][number];
export type NewCompany = ApiBody<'/api/companies', 'post'>;
export type CompanyChange = ApiBody<'/api/companies/{id}', 'patch'>;
export type NewOfficer = ApiBody<'/api/companies/{id}/officers', 'post'>;
export type NewCase = ApiBody<'/api/companies/{id}/cases', 'post'>;
export type CaseList = ApiResponse<'/api/company-cases', 'get'>;
export type CaseSummary = CaseList['items'][number];
export type CaseDetail = ApiResponse<'/api/company-cases/{id}', 'get'>;
export type CaseStatus = CaseSummary['status'];
export type CaseCategory = CaseSummary['category'];
export type CaseTimes = ApiResponse<'/api/company-cases/times', 'get'>;
export type NewResponse = ApiBody<'/api/company-cases/{id}/responses', 'post'>;
export type CaseMove = ApiBody<'/api/company-cases/{id}/transitions', 'post'>;

export const CASE_STATUSES: readonly CaseStatus[] = [
  'open',
  'in_progress',
  'resolved',
  'closed',
  'rejected',
];
export const CASE_CATEGORIES: readonly CaseCategory[] = [
  'land',
  'permits',
  'financing',
  'labour',
  'logistics',
  'utilities',
  'policy',
  'other',
];

type Query = Record<string, string | number | boolean | undefined>;
const notFoundOrRefused = (count: number, err: unknown) =>
  !(err instanceof ApiError && err.status < 500) && count < 2;

export function useCompanies(query: Query) {
  return useQuery({
    queryKey: ['companies', query],
    queryFn: ({ signal }) =>
      api<CompanyList>('/api/companies', {
        query: query as Record<string, string | number>,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useCompany(id: number) {
  return useQuery({
    queryKey: ['company', id],
    queryFn: ({ signal }) => api<Company>(`/api/companies/${id}`, { signal }),
    retry: notFoundOrRefused,
    enabled: Number.isInteger(id) && id > 0,
  });
}

function invalidateCompanies(client: ReturnType<typeof useQueryClient>) {
  return Promise.all([
    client.invalidateQueries({ queryKey: ['companies'] }),
    client.invalidateQueries({ queryKey: ['company'] }),
    client.invalidateQueries({ queryKey: ['company-cases'] }),
    client.invalidateQueries({ queryKey: ['company-case'] }),
    client.invalidateQueries({ queryKey: ['analytics'] }),
  ]);
}

export function useCreateCompany() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewCompany) => api<Company>('/api/companies', { method: 'POST', body }),
    onSuccess: () => invalidateCompanies(client),
  });
}

/** PATCH /api/companies/{id}: its details (If-Match: the version read; 409 when stale). */
export function useUpdateCompany() {
  return usePatchRecord<Company, CompanyChange>([
    'companies',
    'company',
    'company-cases',
    'company-case',
  ]);
}

/** A new chief service officer from a date (If-Match: the company's version read). */
export function useAssignOfficer(company: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ version, ...body }: NewOfficer & { version: number }) =>
      api<Company>(`/api/companies/${company}/officers`, {
        method: 'POST',
        headers: ifMatch(version),
        body,
      }),
    onSuccess: () => invalidateCompanies(client),
  });
}

export function useOpenCase(company: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewCase) =>
      api<CaseDetail>(`/api/companies/${company}/cases`, { method: 'POST', body }),
    onSuccess: () => invalidateCompanies(client),
  });
}

export function useCases(query: Query) {
  return useQuery({
    queryKey: ['company-cases', query],
    queryFn: ({ signal }) =>
      api<CaseList>('/api/company-cases', {
        query: Object.fromEntries(
          Object.entries(query).map(([k, v]) => [k, typeof v === 'boolean' ? String(v) : v]),
        ),
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: number | undefined) {
  return useQuery({
    queryKey: ['company-case', id],
    queryFn: ({ signal }) => api<CaseDetail>(`/api/company-cases/${id}`, { signal }),
    retry: notFoundOrRefused,
    enabled: id !== undefined,
  });
}

export function useCaseTimes(query: Query) {
  return useQuery({
    queryKey: ['company-cases', 'times', query],
    queryFn: ({ signal }) =>
      api<CaseTimes>('/api/company-cases/times', {
        query: query as Record<string, string>,
        signal,
      }),
  });
}

export function useRespond(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewResponse) =>
      api<CaseDetail>(`/api/company-cases/${id}/responses`, { method: 'POST', body }),
    onSuccess: () => invalidateCompanies(client),
  });
}

/** Moves a case (If-Match: a stale version is 409). */
export function useMoveCase(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ version, ...body }: CaseMove & { version: number }) =>
      api<CaseDetail>(`/api/company-cases/${id}/transitions`, {
        method: 'POST',
        headers: { 'If-Match': `"${version}"` },
        body,
      }),
    onSuccess: () => invalidateCompanies(client),
  });
}
