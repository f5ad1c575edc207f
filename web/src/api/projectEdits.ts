/**
 * Changing a project after it was created: its fields and publication (PATCH), its results (PUT,
 * the whole list), its documents (list, upload, delete). Every write sends the project's version
 * as `If-Match`; a stale one is 409 (the screens offer a reload).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { queryKeys } from './hooks';
import type { ApiBody, ApiResponse } from './schema';
import type { Project } from './types';

export type ProjectChange = ApiBody<'/api/projects/{code}', 'patch'>;
export type ResultInput = ApiBody<'/api/projects/{code}/results', 'put'>[number];
export type DocumentList = ApiResponse<'/api/projects/{code}/documents', 'get'>;
export type ProjectDocument = DocumentList['items'][number];
export type DocumentUpload = ApiBody<'/api/projects/{code}/documents', 'post'>;
export type OrganisationChoices = ApiResponse<'/api/organisations', 'get'>;

/** The largest document the server takes (10 MiB). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });
const projectPath = (code: string) => `/api/projects/${encodeURIComponent(code)}`;
const documentsKey = (code: string) => ['project-documents', code] as const;

/** After a change: the project, its lists and its history are fetched again. */
function useRefreshProject(code: string) {
  const client = useQueryClient();
  return (project?: Project) => {
    if (project) client.setQueryData(queryKeys.project(code), project);
    return Promise.all([
      project ? null : client.invalidateQueries({ queryKey: queryKeys.project(code) }),
      client.invalidateQueries({ queryKey: ['projects'] }),
      client.invalidateQueries({ queryKey: ['history'] }),
      client.invalidateQueries({ queryKey: documentsKey(code) }),
    ]);
  };
}

/** PATCH /api/projects/{code}: fields given replace the stored ones (also `published`). */
export function useUpdateProject(code: string) {
  const refresh = useRefreshProject(code);
  return useMutation({
    mutationFn: ({ version, change }: { version: number; change: ProjectChange }) =>
      api<Project>(projectPath(code), {
        method: 'PATCH',
        headers: ifMatch(version),
        body: change,
      }),
    onSuccess: (project) => refresh(project),
  });
}

/** PUT /api/projects/{code}/results: the whole edited list replaces the stored one. */
export function useReplaceResults(code: string) {
  const refresh = useRefreshProject(code);
  return useMutation({
    mutationFn: ({ version, results }: { version: number; results: ResultInput[] }) =>
      api<ApiResponse<'/api/projects/{code}/results', 'put'>>(`${projectPath(code)}/results`, {
        method: 'PUT',
        headers: ifMatch(version),
        body: results,
      }),
    onSuccess: () => refresh(),
  });
}

/** The documents of a project (signed-in callers who may see it). */
export function useDocuments(code: string, enabled: boolean) {
  return useQuery({
    queryKey: documentsKey(code),
    queryFn: ({ signal }) => api<DocumentList>(`${projectPath(code)}/documents`, { signal }),
    enabled,
  });
}

export function useUploadDocument(code: string) {
  const refresh = useRefreshProject(code);
  return useMutation({
    mutationFn: ({ version, upload }: { version: number; upload: DocumentUpload }) =>
      api<ProjectDocument>(`${projectPath(code)}/documents`, {
        method: 'POST',
        headers: ifMatch(version),
        body: upload,
      }),
    onSuccess: () => refresh(),
  });
}

export function useDeleteDocument(code: string) {
  const refresh = useRefreshProject(code);
  return useMutation({
    mutationFn: ({ version, id }: { version: number; id: number }) =>
      api<undefined>(`${projectPath(code)}/documents/${id}`, {
        method: 'DELETE',
        headers: ifMatch(version),
      }),
    onSuccess: () => refresh(),
  });
}

/** Where a document downloads from (an attachment; the session cookie authorises it). */
export function documentUrl(code: string, id: number): string {
  return `${projectPath(code)}/documents/${id}`;
}

/** Every organisation (donors, HQs, governments, hospitals …), for the implementing-org picker. */
export function useOrganisationChoices() {
  return useQuery({
    queryKey: ['organisations', 'all-choices'] as const,
    queryFn: ({ signal }) =>
      api<OrganisationChoices>('/api/organisations', { query: { limit: 1000 }, signal }),
    staleTime: 5 * 60_000,
  });
}
