/**
 * Changing a posting and a batch after they were created, and a batch's page (its postings,
 * people and counts). Changes send the version read as If-Match (a posting: its own, decision 0071); a 409
 * means someone else changed it first (isVersionConflict). Afterwards the people screens' queries
 * are read again.
 */
import { useQuery } from '@tanstack/react-query';
import { ApiError, api } from './client';
import type { Person } from './people';
import { usePatchRecord } from './recordEdits';
import type { ApiBody, ApiResponse } from './schema';

export type PostingChanges = ApiBody<'/api/people/postings/{id}', 'patch'>;
export type BatchChanges = ApiBody<'/api/people/batches/{id}', 'patch'>;
export type BatchPage = ApiResponse<'/api/people/batches/{id}', 'get'>;
export type BatchItem = BatchPage['items'][number];

/** PATCH a posting; If-Match: the posting's own version (not its person's). */
export function usePatchPosting() {
  return usePatchRecord<Person, PostingChanges>(['people', 'teams', 'mentorings']);
}

/** PATCH a batch; If-Match: the batch's version. */
export function usePatchBatch() {
  return usePatchRecord<BatchPage, BatchChanges>(['people']);
}

/** One batch with its postings (those the caller may see) and counts. */
/** One batch with a page of its postings (the server pages them: a batch may hold thousands). */
export function useBatch(id: number, page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: ['people', 'batch', id, page.limit, page.offset] as const,
    queryFn: ({ signal }) =>
      api<BatchPage>(`/api/people/batches/${id}`, {
        query: { limit: page.limit, offset: page.offset },
        signal,
      }),
    placeholderData: (prev) => (prev?.id === id ? prev : undefined),
    retry: (count, err) => !(err instanceof ApiError && err.status === 404) && count < 2,
    enabled: Number.isInteger(id) && id > 0,
  });
}
